//go:build wasip1

// Package guest is the module side of the sandbox's interface, for
// analyses written in Go and built with GOOS=wasip1 GOARCH=wasm
// -buildmode=c-shared. Importing it exports veil_buffer; the analysis
// exports its per-row functions with //go:wasmexport and reads its row from
// (and writes its output to) Buffer().
package guest

import "unsafe"

var buf []float64

//go:wasmexport veil_buffer
func veilBuffer(n int32) unsafe.Pointer {
	buf = make([]float64, n)
	return unsafe.Pointer(&buf[0])
}

// Buffer is the buffer the host writes rows and releases into and reads
// outputs from.
func Buffer() []float64 { return buf }

// Row returns the first nin numbers of the buffer (the row) as a copy, so
// that outputs may be written while it is read.
func Row(nin int32) []float64 { return append([]float64(nil), buf[:nin]...) }

// Output writes v as the call's output (at most nout numbers are read back).
func Output(v []float64, nout int32) {
	n := copy(buf[:nout], v)
	clear(buf[n:nout])
}
