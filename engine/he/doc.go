// Package he is Veil's homomorphic-encryption engine: owners compute
// sufficient statistics of their own rows, add their share of the
// differential-privacy noise (package suffstat), encrypt the vector straight
// to the buyer's CKKS public key (package mhe, Lattigo v6), and the
// encrypted vectors are summed under secure aggregation (package secagg)
// modulo each RNS prime of the ciphertexts, so that nobody, the aggregator
// and the buyer included, ever sees one owner's ciphertext: only their sum,
// which the buyer alone decrypts.
//
// This package is the adapter between those libraries and the job machinery
// (engine.Engine, registered as "he"): one round per job; the participants
// are the job's connected owners; the secure-aggregation session is the job
// (its ID binds the on-chain job number, the buyer and the spec); an owner
// releases its unmasking shares only with its receipt in hand; every owner
// recomputes the sum from the aggregator's opening and confirms the payload
// it computed. An owner loads only the columns the task reads
// (engine.ColumnReader); the lead does not resume after a restart
// (engine.Resumer: one secure aggregation per job). docs/he-tasks.md
// describes the protocol step by step and argues its security attack by
// attack.
//
// The job path, as local verbs:
//
//	all         suffstat.NewLayout(task, metadata, terms)   -> Layout
//	owner       Layout.EncodeContribution(rows, noise)      -> Contribution (fixed-point grid, discrete Gaussian share)
//	owner       mhe.EncryptOnGrid(buyer key, Contribution)  -> ciphertexts; mhe.Params.Residues -> secure-aggregation input
//	everyone    secagg (Client / Server), one segment per prime of each polynomial
//	everyone    mhe.Params.OutputFromResidues(sum)          -> the payload's ciphertexts
//	buyer       mhe.BuyerSecretKey.Decrypt, Layout.Decode   -> Statistics
//
// The multiparty-key protocols of package mhe (a collective key, key
// switching) are not used by jobs.
//
// # Threat model of a job
//
// The adversary is a coalition of the aggregator, the buyer and up to c
// owners (the spec's privacy.colluders), with up to d further owners
// dropping out (privacy.dropouts); n = len(datasets), and the plan refuses
// jobs secure aggregation cannot run (n ≥ 2, c ≤ n-2, n-d ≥ t with the
// threshold t = max(⌊(n+c)/2⌋+1, n-d) > (n+c)/2).
//
// Whatever inputs the dishonest owners send, the coalition learns about an
// honest owner's rows nothing beyond the job's (ε, δ)-DP output:
//
//   - The aggregator sees each owner's ciphertexts only masked (pairwise
//     and self masks, uniform modulo each prime), and their sum over the
//     survivor set U3, which the consistency check fixes for every honest
//     owner (t > (n+c)/2 signatures). It holds no key.
//   - The buyer can decrypt anything encrypted to its key, but sees only
//     that sum; whatever public key it publishes (even one whose secret is
//     zero) the sum depends on the honest inputs only through their total.
//   - Owners hold no long-term secret: there is no key to recover through
//     a malformed input (TestAttackMalformedInputRevealsNothing) and no
//     cached key across jobs to replay a ciphertext under
//     (TestAttackCrossJobReplayGainsNothing); every job has fresh masks and
//     fresh noise, and an owner contributes to a job's aggregation once.
//   - The sum carries the noise of at least n-d-c honest survivors, each
//     an exact discrete Gaussian share on the fixed-point grid sized so
//     that they alone carry the calibrated variance: the output is
//     (ε, δ)-DP for replace-one neighbours. Row counts are public and
//     released exactly.
//
// What a dishonest owner can do: spoil the result (any well-formed input is
// summed: garbage, a scaled copy of an earlier job's output, a value
// outside the bounds), abort by misbehaving in secure aggregation, or drop
// out. It cannot read other owners' data, and a spoiled result still
// settles and is paid: owners' confirmations prove delivery and the
// secure-aggregation transcript, not the honesty of each input (no
// zero-knowledge proof of well-formed encryption is used).
//
// What a dishonest aggregator can do: drop owners (up to the threshold),
// abort, add a value of its choice to the masked sum before the masks come
// off (it commits to the masked sum in the consistency check, so the value
// is fixed blind, like a dishonest owner's input). It cannot show different
// survivor sets or masked sums to different honest owners, unmask a single
// input, or make an owner confirm a sum other than the one the consistency
// check fixed: each owner recomputes the sum from the opening.
//
// What a dishonest buyer can do: choose any public key (it only harms its
// own result), and collude with the above.
//
// Timing and failures: an owner's statistics and noise are computed before
// the round starts; values are clipped by public bounds (a non-numeric or
// missing value counts as the midpoint), so no value of the rows can make
// an owner fail, wait or send another message. Every object from a peer is
// decoded by a strict, canonical codec before use, and panics inside
// Lattigo are recovered into errors. docs/he-parameters.md gives the
// parameters.
package he
