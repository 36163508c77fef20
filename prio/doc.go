// Package prio is validated aggregation between exactly two compute nodes,
// over circl's Prio3 (draft-irtf-cfrg-vdaf-14: Count, Sum, SumVec,
// Histogram, with their fully linear proofs). Owners secret-share a
// measurement and a proof that it is valid between a leader and a helper;
// the two nodes check the proof on their shares, add up the valid ones and
// release only aggregate shares, which a collector (the buyer) adds.
//
// On top of Prio3's range circuits a Block may declare sum constraints
// (groups of entries that must add up to a public total, checked by opening
// shares of their difference, which is zero for an honest owner). With them
// a SumVec proves exact bounds that are not powers of two: a value a in
// [0, M] is sent as the pair (a, M − a), both in [0, 2^k), summing to M; a
// histogram of R rows is a vector of counts summing to R.
//
// The package is network-free, in the style of the repository's other
// protocols: an owner calls Scheme.Shard and sends one message to each
// node; each node runs an Aggregator (Receive every owner, exchange
// PrepMessage, then Openings, with the other node) and ends with an
// AggregateShare, to which it adds its own noise; the collector calls
// Unshard. Every message from a peer is decoded with exact sizes before
// use, and every decoder is fuzzed.
//
// # Threat model
//
// Privacy: an owner's measurement is hidden from either node alone, even a
// malicious one and even with the collector: each node's share is uniformly
// distributed whatever the measurement (additive sharing over the field),
// the proof is zero knowledge, the joint-randomness parts are hashes under
// blinds the node does not hold, and the constraint openings of an honest
// owner are the negation of the node's own value. What a node releases is an
// aggregate share; the caller adds differential-privacy noise to it, with
// the full σ at each node, since only one of them is assumed honest.
//
// Validity: an owner whose shares do not recombine to a valid measurement
// (out of range, malformed, inconsistent between the nodes) is rejected by
// both nodes, named, and left out of the aggregate; a pair of shares that
// does recombine to a valid measurement counts as that measurement,
// whatever the owner meant. This needs both nodes honest: either node can
// make an honest owner's proof fail, or, knowing the verification key,
// help a malicious owner pass an invalid one.
//
// Not protected: which owners took part, were rejected or dropped out (the
// aggregate's count is public); availability (either node can stop); a
// node that lies about its aggregate share (integrity needs both honest).
package prio
