//go:build wasip1

// Command wasm is the groupstats analysis as a Wasm module.
package main

import (
	"github.com/veil-market/veil/sandbox/examples/groupstats"
	"github.com/veil-market/veil/sandbox/guest"
)

//go:wasmexport group
func group(nin, nout int32) {
	guest.Output([]float64{groupstats.Group(guest.Row(nin))}, nout)
}

//go:wasmexport sums_by_group
func sumsByGroup(nin, nout int32) {
	out := make([]float64, nout)
	groupstats.SumsByGroup(guest.Row(nin), out)
	guest.Output(out, nout)
}

//go:wasmexport value
func value(nin, nout int32) {
	guest.Output([]float64{groupstats.Value(guest.Row(nin))}, nout)
}

func main() {}
