// Package psi computes the size of the intersection of several datasets'
// identifier sets, with differential privacy, between exactly two compute
// nodes of different operators, without either node or any owner learning
// another owner's identifiers.
//
// The protocol:
//
//  1. Each node draws a fresh key share k_i for the job; the OPRF key is
//     k = k_1 + k_2 (RFC 9497's OPRF, mode 0, ristretto255-SHA512, whose
//     evaluation k·H(x) is linear in k). The counter also draws an
//     ElGamal key (q, Q = q·G). Each publishes K_i = k_i·G (and Q).
//  2. Each owner deduplicates its identifiers by a public rule (first
//     occurrence kept, later ones and missing ones replaced by random
//     padding), so it queries exactly its committed row count, blinds every
//     input (B = r·H(x), circl's oprf client), and sends the same blinded
//     batch to both nodes. Each node returns k_i·B with a batched DLEQ proof
//     (circl's zk/dleq, RFC 9497 transcript) that it used the key behind
//     K_i. The owner checks both proofs, adds the two evaluations and
//     finalizes: F_k(x) = H(x, k·H(x)), exactly RFC 9497's output under k.
//  3. The owner maps each output to a group element T = H'(F_k(x)), encrypts
//     it to the counter (ElGamal under Q), shuffles, and sends the list to
//     the mixer.
//  4. The mixer adds D matching dummies (the same fresh random element,
//     encrypted, in every list) and 2μ − D non-matching ones per list, with
//     D = clamp(μ + Z, 0, 2μ), Z a discrete Gaussian of the full σ, and
//     shuffles each list. Every list is then its owner's row count plus 2μ.
//  5. The counter decrypts, counts the elements present in every list
//     (c + D), adds its own discrete Gaussian of the full σ, and releases
//     c + D + Z' sealed to the buyer, who subtracts μ.
//
// # Threat model
//
// Privacy needs one honest node. The mixer sees blinded elements (uniform
// whatever the identifier) and ciphertexts under the counter's key. The
// counter sees blinded elements and, after decryption, pseudorandom tags
// F-derived under the joint key, which it cannot evaluate on any identifier
// without the mixer; it learns c + D, which is (ε, δ)-DP through the
// mixer's noise. The buyer colluding with the counter learns c + D; with
// the mixer, c + Z'; each is (ε, δ)-DP (Release). An owner learns nothing
// about others: it sees only its own evaluations.
//
// What collusion still gives: a node colluding with an owner can query the
// OPRF through that owner, at most its committed row count of identifiers,
// and (the counter) test each against the other lists: a dictionary attack
// on low-entropy identifiers within that owner's query budget. Keys are
// fresh per job, so queries do not carry over between jobs.
//
// Not protected: the integrity of the count against a dishonest node (the
// mixer can add any number of dummies, the counter can release anything);
// the owners' row counts (public anyway); availability.
package psi
