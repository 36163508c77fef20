// Package all registers every engine Veil ships; commands import it for its
// side effect. Adding an engine is one line here, its row in
// conformance_test.go and its page in docs/engines.md.
package all

import (
	_ "github.com/veil-market/veil/engine/fl"  // federated learning with secure aggregation and DP
	_ "github.com/veil-market/veil/engine/he"  // multiparty homomorphic encryption (CKKS) for statistics and regression
	_ "github.com/veil-market/veil/engine/mpc" // two compute nodes: Prio3-validated statistics and private set intersection
	_ "github.com/veil-market/veil/engine/tee" // a buyer's Wasm analysis in an attested enclave, DP releases only
)
