//go:build wasip1

// Command wasm is the logreg analysis as a Wasm module.
package main

import (
	"github.com/veil-market/veil/sandbox/examples/logreg"
	"github.com/veil-market/veil/sandbox/guest"
)

var (
	cfg   logreg.Config
	theta []float64
)

// veil_prepare recomputes the model from the releases so far; it is kept
// for every row of the next release.
//
//go:wasmexport veil_prepare
func prepare(nargs, nreleased int32) {
	b := guest.Buffer()
	cfg = logreg.ParseArgs(append([]float64(nil), b[:nargs]...))
	theta = cfg.Replay(append([]float64(nil), b[nargs:nargs+nreleased]...))
}

//go:wasmexport grad
func grad(nin, nout int32) {
	out := make([]float64, nout)
	cfg.Grad(theta, guest.Row(nin), out)
	guest.Output(out, nout)
}

func main() {}
