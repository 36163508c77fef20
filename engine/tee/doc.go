// Package tee is the `tee` engine: the buyer's WebAssembly analysis runs
// per row in an attested enclave on the lead compute node, and only the
// release plan's differentially private releases leave it (docs/tee.md).
//
// The steps, on the engine seam: every owner's run is an engine.Verifier
// that checks the lead's attestation (attest.Policy: signature chain to the
// vendor's or the `sim` roots, pinned measurement, report data binding the
// transport's fresh challenge and the enclave's ephemeral key) before any
// message of the job moves; its round then seals its rows (the task's
// columns) to the attested enclave key and sends them. The lead, an
// engine.Prover answering with its platform's report, opens the rows inside
// the enclave, runs the module in the sandbox under the plan (package
// enclave), publishes at the plan's fixed time, and returns a result bundle
// carrying a report that binds the releases, the module and the task to the
// buyer; owners check that report and confirm the bundle's hash, and the
// buyer's Finalize checks it again.
//
// Threat model: the lead's operator sees ciphertexts, sizes and timing, all
// fixed by the plan; the hardware keeps the enclave's memory from it, except
// through side channels (page-level access patterns) that SEV-SNP and TDX do
// not hide, which is why the buyer may not run the lead (docs/tee.md §5).
// The buyer's module is hostile and sees one row at a time (package
// sandbox). Owners trust the measured image, not the operator.
//
// Deviation from issue 12's design, forced by the seam: engines receive the
// owner's decrypted table, not its dataset key, so an owner seals its rows
// to the enclave key instead of wrapping its dataset key for the enclave to
// open the sealed blob (enclave.OpenDataset and attest.WrapDataKey exist for
// a seam that gives engines the key).
package tee
