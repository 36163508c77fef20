// Package examples holds the example `tee` modules, built from the Go
// source beside them (build-modules.sh), for tools that ship them (the
// demo).
package examples

import _ "embed"

// Groupstats is groupstats.wasm: counts, sums and histograms by group.
//
//go:embed groupstats.wasm
var Groupstats []byte
