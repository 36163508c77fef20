// Package node is the Veil daemon (`veil node`): it keeps its registry entry in
// line with what it serves, follows the chain, decides under its owner's policy
// which jobs to take part in, runs the engines' protocols over authenticated
// links (as an owner over its own sealed data, or as a compute node in the
// role the engine's plan gives it: the lead, a helper, or idle), delivers
// results sealed to the buyer, confirms, attests and redeems on-chain, and
// keeps every job's state in an embedded database (nothing secret: secrets
// are in the home's vault) so that a restart resumes or cleanly abandons what
// was in progress.
//
// Threat model: peers are authenticated by the keys the chain registry holds and
// are otherwise untrusted; the chain is trusted at the home's confirmation depth.
// An owner never contributes twice to the same round (it records the attempt
// before sending), never signs two different things for the same step, and never
// sends round r+1 before holding the aggregator's receipt for round r.
package node
