// Package sandbox runs a buyer's WebAssembly analysis one row at a time,
// with no state carried from one row to the next and no way out but the
// numbers the host reads back.
//
// It promises, for a module it accepted (Load):
//
//   - No state across rows. Before every row the instance is put back to the
//     snapshot taken before the first row of the current release: all of
//     linear memory, every mutable global (the module is rewritten so that
//     the host can reach them), and the memory's size (an instance whose
//     memory grew is replaced by a fresh one restored from the snapshot).
//     Tables and data/element segments cannot change: a module with
//     table.set/grow/fill/copy/init, elem.drop or data.drop is refused, as
//     are imported memories, tables and globals.
//   - No channel out. The only imports are WASI stubs that answer from
//     constants: no file system, no network, no environment or arguments,
//     a clock that always reads the same time (FixedTime; a module that
//     sleeps never wakes, and times out), "random" bytes that are always
//     zero, writes to any descriptor accepted and discarded, polls that
//     return at once. None of them keeps state. Any other import is refused
//     at Load, as is a WASI import of a type the host does not offer.
//   - Bounded resources. Linear memory is preallocated to the spec's limit
//     and cannot grow past it; each call has a wall-clock limit, enforced by
//     wazero's WithCloseOnContextDone: the compiled code checks for
//     cancellation at function entries and loop back-edges, so the limit
//     bounds the time a call runs (to within one such check) but not the
//     CPU it costs meanwhile, and a call into a host function returns first.
//     There is no instruction metering (wazero has none).
//   - A failed call — trap, timeout, exit, out of memory — is reported as
//     false and the row counts as the release's zero contribution; the
//     failure's kind and code are dropped.
//
// Threat model: the module is written by the buyer to extract rows. What it
// computes on one row is its business; the release mechanisms (package
// release) bound what that computation can reveal. This package must keep
// the module from seeing two rows in one state and from sending anything
// anywhere. Timing is not hidden here: a call takes as long as the module
// makes it (up to the limit); the enclave publishes at a fixed time so that
// the duration is not observable.
package sandbox
