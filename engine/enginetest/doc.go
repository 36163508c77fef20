// Package enginetest holds what tests of engines and of the job machinery
// share: Run, the conformance suite every registered engine must pass
// (docs/engines.md); Drive, which runs one job the way the node's loops do,
// over a Network: MemNet (in memory, with a tamper hook and the transcript an
// observer sees) or Loopback (the real transport on 127.0.0.1); a fake
// attestation platform (FakePlatform); and test engines: Toy (each owner
// sends its row count, the lead adds them up) and Pair (Toy over two compute
// parties, the helper attested), registered by tests under names of their own.
//
// Run drives an engine the way the daemons in node/ do, in one process: N
// owners and the plan's compute nodes, each with its own Ed25519 node key,
// Ethereum address and view of the job, an in-memory node registry, a
// wire.Server per compute node on 127.0.0.1 and wire links, so every message
// crosses real gRPC with mutual TLS (and the attestation handshake). Keys,
// job ids and engine randomness (engine.Env.Rand) are seeded: a run is
// reproducible up to goroutine scheduling. Its sub-tests:
//
//   - happy: every owner honest. The job completes, every owner's payload
//     equals the lead's byte for byte (owners confirm its hash on-chain),
//     every helper computes its step, and the buyer's decoded result passes
//     Fixture.Check on all the tables.
//   - dropouts: up to Fixture.MaxDropouts owners disconnect after round 1, or
//     in round 1 instead of sending; the job completes for the others and the
//     result covers exactly their tables. One owner more, and the lead fails
//     with an error (never a panic, never a result).
//   - malformed: one owner replaces one message to the lead (each step it
//     sends, at its first and last occurrence) with random bytes, half of it,
//     nothing, one byte more, or more than Plan.MaxMessage. The lead either
//     excludes it, naming it in its log, and the result is right without its
//     data, or fails with an error naming it. (With Fixture.Covered, a result
//     that still holds the owner's data is accepted when the result says so:
//     secure aggregation cannot take back an input once the survivors are
//     fixed.)
//   - impostor: an owner sends another owner's message for the same step. As
//     a frame with the victim's transport signature, the transport must refuse
//     it naming the sender; re-signed over the impostor's own connection, only
//     an engine that signs its messages can tell (Fixture.SignsMessages).
//   - replay: an owner sends in a new job the message it sent in the happy
//     path's job, as the old frame, relabelled with the old signature (both
//     refused by the transport), or as a payload over its new connection
//     (refused by an engine whose messages are bound to the job).
//
// What the suite does not cover: colluding owners, a dishonest lead, helper
// or buyer, timing, messages owners send to helpers, and privacy itself (that
// the compute nodes learn nothing more); each engine's own tests must.
package enginetest
