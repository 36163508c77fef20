// Package wire carries Veil's job traffic between nodes: gRPC over TLS 1.3 with
// mutual authentication, where a peer is accepted only if its certificate key is
// the key that the on-chain registry holds for its address and that address is a
// participant of the job it talks about: an owner, or a compute node taking part
// (compute peers have a channel each way; an owner reaches the helpers through
// Helpers). Engines never see the network: they get an engine.Link (owner side:
// an OwnerRound of the owner's Uplink) or an engine.Hub (compute side: a
// ComputeRound of the node's Job) of one job and round, and exchange named
// messages of bounded size; large messages are streamed in chunks. A compute node can be
// made to prove what it runs before any message of the job moves (attest.go).
//
// Threat model: peers are authenticated, not trusted. Every frame is decoded by a
// strict parser (size, range and field checks before any allocation), bound to a
// job, round and step, and every message an owner sends is signed with its node
// key over (job, round, step, dataset digest, SHA-256 of the payload), so a
// message replayed from another job or round, or sent under another owner's name,
// is refused and its sender named. A buyer, who is not in the registry, proves who
// it is with a signature from its account key. docs/wire.md has the format, the
// limits and what the transport does not protect.
package wire
