// Package chain talks to the Veil Marketplace contract (v2, docs/fair-exchange.md)
// on any EVM chain: the generated bindings (marketplace_gen.go), a typed client
// (Market) over a narrow Backend interface, one transaction Sender per account
// that manages nonces and fees, decoding of the contract's custom errors into
// plain words, a job's packed Terms (kept by the contract only as a hash, read
// back from the JobSubmitted event and passed along by every call), the whole
// Job as the chain knows it, the EIP-712 receipts the aggregator signs and the
// payload receipts an owner signs, and the pinned configuration of the embedded
// dev chain.
//
// Threat model: the chain is trusted for ordering and for executing the contract
// as written; the RPC endpoint is trusted for the answers it gives (use a node you
// run, or wait for confirmations). Private keys never leave the process; no
// secret appears in an error.
package chain
