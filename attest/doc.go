// Package attest checks the attestation of a `tee` enclave before an owner
// releases its data key to it, and again when the buyer opens the result.
//
// It keeps verification apart from validation, as go-sev-guest does:
// Verify checks only that the evidence is a report signed by a key that a
// trusted root certifies (AMD's ARK → ASK → VCEK for SEV-SNP; the test roots
// of go-sev-guest's fake signer for `sim`), and returns what the report
// says. Policy.Validate then decides whether what it says is acceptable:
// the launch measurement is one the owner pinned (computed from the
// project's reproducible image — never taken from the node's claim), the
// report data binds this job, every owner's fresh nonce and the enclave's
// ephemeral public key (ReportData), the TCB is at least the policy's, the
// guest policy forbids debugging and migration agents, and a `sim` report
// is accepted only where the policy allows it (the devnet, chain id 1337,
// or an owner's explicit choice).
//
// Threat model: the node operator controls the host, the hypervisor, the
// network and the evidence it forwards, and may replay old evidence or
// evidence from another job, a debug VM or another image. It does not
// control the AMD secure processor's keys. Replay is stopped by the owners'
// nonces and the job id in the report data; key substitution by binding the
// enclave key; image substitution by the pinned measurement. What SEV-SNP
// does not stop — side channels such as page-level access patterns, which
// an operator colluding with the buyer can observe — is in docs/tee.md.
package attest
