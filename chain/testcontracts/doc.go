// Package testcontracts holds bindings of contracts that exist only to measure and
// attack the Marketplace: an OpenZeppelin ERC-20 used as the gas yardstick in
// benchmarks, and a receiver that tries to re-enter withdraw().
package testcontracts
