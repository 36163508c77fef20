// Package catalog is the market as its public record tells it: views of
// datasets, jobs and nodes built from the chain (what `veil dataset list`,
// `dataset show` and `job status` print, and what `veil web` serves), and an
// Index that follows the Marketplace's events block by block, as a daemon
// follows the chain, and keeps those views cached between blocks.
//
// Threat model: every string that reaches the chain is written by someone the
// reader does not trust (titles, descriptions and column names by owners,
// decline and abort reasons by participants, endpoints by nodes, URIs, specs
// by buyers). Views carry such text only after internal/display escaped every
// control, format and invalid character, so a terminal or a page shows it
// literally; truncation is left to whoever lays the text out. The chain and
// its RPC endpoint are trusted as package chain trusts them; a metadata
// document that does not match its on-chain hash is ignored.
package catalog
