// Package enclave is what runs inside the attested confidential VM for a
// `tee` job: it loads the buyer's module into the sandbox, makes the release
// plan's releases over every owner's rows, and publishes them at a time fixed
// by the plan.
//
// It promises that what leaves — the payload (its bytes and size) and the
// moment it is published — depends on the rows only through the plan's
// differentially private release values: the payload has a fixed-size
// binary form whose length is a function of the plan, every release is
// present in the plan's order (a release that cannot be computed carries
// its default, flagged), and publication waits until start + PublishAfter,
// a public function of the plan, the row count and the limits, which
// covers the slowest run the limits allow (every call timing out and the
// instance rebuilt after it). A host slower than the constants assumed
// publishes late and says so (Result.Late); nothing else depends on time.
//
// Threat model: the module is the buyer's and hostile (package sandbox);
// the host code here, the image it runs in and the hardware are trusted
// (their measurement is what owners check, package attest). Whoever runs
// the VM sees its network traffic and timing, not its memory; side channels
// of the CPU are out of scope (docs/tee.md).
package enclave
