// Package chain talks to the Veil Marketplace contract on any EVM chain: the
// generated bindings (marketplace_gen.go), a typed client (Market) over a narrow
// Backend interface, one transaction Sender per account that manages nonces and
// fees, decoding of the contract's custom errors into plain words, the EIP-712
// receipts the aggregator signs, and the pinned chain configuration of the
// embedded dev chain.
//
// Threat model: the chain is trusted for ordering and for executing the contract
// as written; the RPC endpoint is trusted for the answers it gives (use a node you
// run, or wait for confirmations). Private keys never leave the process; no
// secret appears in an error.
package chain
