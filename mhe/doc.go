// Package mhe is Veil's multiparty CKKS library (Lattigo v6): parameter
// sets, buyer key pairs, exact fixed-point encryption to a buyer, the
// residue layout secure aggregation sums ciphertexts in, and the
// multiparty-key protocols (a committee's collective key and key switching
// to a buyer). Every object has one canonical binary encoding bound to its
// parameter set (codec.go), and every decoder refuses anything else.
//
// What a job uses (package engine/he), as local verbs:
//
//	buyer       GenBuyerKeys(params)                   -> BuyerSecretKey, BuyerPublicKey (in the spec, by hash)
//	owner       ParseBuyerPublicKey(params, b, digest) -> the key, checked against the spec's hash
//	owner       EncryptOnGrid(key, grids, terms...)    -> ciphertexts; Params.Residues -> secure-aggregation input
//	everyone    Params.OutputFromResidues(sum)         -> BuyerCiphertexts (the summed ciphertexts)
//	buyer       BuyerSecretKey.Decrypt                 -> the sum of the owners' vectors
//
// The multiparty-key protocols, as Lattigo's verbs on signed shares
// (NewCommittee, NewSecretShare, GenCKGShare, CombineCKG, EncryptInput,
// AggregateInputs, CheckAndAggregate, GenPCKSShare, AggregatePCKS, with
// smudging noise sized by SmudgingStd), are kept, tested, for tasks that
// need a key no single party holds (scoring a buyer's secret model); jobs
// do not use them since issue 9. They are secure against honest-but-curious
// parties only: a malformed ciphertext from one party can make a key switch
// reveal the collective secret, so no peer's unchecked ciphertext may ever
// meet a key switch. Every share is signed (Ed25519, a domain tag per
// message kind) over its committee, job and context, so it cannot be
// replayed elsewhere.
//
// Threat model of the job path: a ciphertext encrypted to the buyer hides
// its values from everyone without the buyer's secret key (RLWE at 128-bit
// security for DefaultParams; InsecureTestParams are for tests only). The
// buyer can decrypt any ciphertext it sees, so the caller must make sure the
// buyer sees only sums (engine/he masks each owner's ciphertexts with secure
// aggregation). Decryption is exact on the grid: a value V·2^-f is the
// integer V·2^(120-f) and the encryption noise of up to 1024 honest inputs
// stays far below the grid step. Encryption time does not depend on the
// values. Panics inside Lattigo are recovered into errors (ErrInternal).
// docs/he-parameters.md gives the parameters and their security.
package mhe
