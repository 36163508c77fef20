// Package he is the network-free core of Veil's multiparty homomorphic
// encryption engine: CKKS (Lattigo v6) keys held in shares by the owners of
// a job, encrypted sufficient statistics summed by an aggregator, and the sum
// key-switched to the buyer alone, with differential privacy noise added in
// distributed form before anything is encrypted.
//
// Engine (registered as "he") wires these steps into the job machinery:
// one round per job, the committee being the job's accepted owners, the
// collective key cached per committee in the node's store (sealed to the
// node key) and reused while every member holds the same one, commitments
// before every key-generation share and input, the owner's receipt before
// its key-switch share, and a payload every owner recomputes and confirms.
// docs/he-tasks.md describes the wired protocol step by step.
//
// The protocol steps are local verbs in Lattigo's style:
//
//	key setup, once per committee (owners whose datasets a job pools):
//	  owner       NewSecretShare, SaveSecretShare, GenCKGShare  -> Signed
//	  everyone    CombineCKG(all signed shares)                 -> CollectiveKey
//	a job:
//	  all         NewPlan(task, metadata, privacy)              -> Plan
//	  owner       Plan.EncodeContribution, EncryptInput         -> Signed input
//	  aggregator  AggregateInputs                               -> Aggregate (its hash)
//	  owner       CheckAndAggregate, GenPCKSShare               -> Signed share
//	  everyone    AggregatePCKS(all signed shares)              -> Output (its hash)
//	  buyer       BuyerSecretKey.Decrypt, Plan.Decode           -> Result
//
// What it promises, and against whom:
//
//   - Inputs are encrypted under a collective key whose secret is the sum of
//     the committee members' shares: decryption needs every member (N-of-N).
//     The aggregator sees only ciphertexts and signatures.
//
//   - An owner releases a key-switch share only for the aggregate it
//     recomputed itself from inputs signed by at least n-d distinct members
//     (itself included) for this committee and job, and only for the
//     aggregate hash the aggregator claimed. So a malicious aggregator cannot
//     get a single input, a difference of inputs, or an input of another job
//     decrypted. Shares are signed and bound to job, aggregate and buyer key;
//     a missing, forged or tampered message is refused with an error naming
//     the owner (OwnerError).
//
//   - The key switch (PCKS) adds smudging noise sized so that the buyer
//     learns the aggregate's encryption noise, which depends on the owners'
//     secrets, only up to statistical distance 2^-64 per key switch (see
//     SmudgingLogBound). The output decrypts under the buyer's key only.
//
//   - Every released figure carries Gaussian DP noise calibrated to public
//     clipping bounds under replace-one neighbours; each owner adds its share
//     (dp.ShareVariance) so that the n-d-c honest survivors alone carry the
//     full variance. Row counts are public and released exactly.
//
//   - Every object from a peer is decoded by a strict, canonical codec
//     (parameters, kind, count, length, coefficients reduced) before use, and
//     panics inside Lattigo are recovered into errors.
//
//   - The engine makes every owner commit (signed SHA-256) to its
//     key-generation share and to its input before any is revealed, so an
//     owner in league with the aggregator cannot choose a rogue share that
//     cancels the others' (a key only it can open) or an input that cancels
//     an honest owner's input and noise share.
//
// What it does not protect against: owners that deviate from encryption or
// key generation (huge noise, malformed keys) could weaken the smudging
// argument or the result's accuracy, since ciphertext well-formedness is not
// proven in zero knowledge; N-of-N means one absent member blocks the key
// switch, so the engine tolerates no dropout after acceptance.
// docs/he-parameters.md and docs/he-tasks.md give parameters and tasks.
package he
