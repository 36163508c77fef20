//go:build wasip1

// Command hostile is a module that tries every way out of the sandbox the
// tests know of. Each export is a per-row function; see sandbox_test.go.
package main

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"time"
	"unsafe"

	"github.com/veil-market/veil/sandbox/guest"
)

var (
	calls   int
	lastRow float64
	hoard   [][]byte
)

func out(nout int32, v ...float64) { guest.Output(v, nout) }

// print writes the row to stdout, stderr and a file.
//
//go:wasmexport print
func print(nin, nout int32) {
	row := guest.Row(nin)
	fmt.Println("row:", row)
	fmt.Fprintln(os.Stderr, "row:", row)
	os.WriteFile("/tmp/leak", []byte(fmt.Sprint(row)), 0o644)
	out(nout, 0)
}

// exit ends the process with the row's value as its code.
//
//go:wasmexport exit
func exit(nin, nout int32) { os.Exit(int(guest.Row(nin)[0])) }

// panicky panics with the row in the message when the value is odd.
//
//go:wasmexport panicky
func panicky(nin, nout int32) {
	row := guest.Row(nin)
	if int(row[0])%2 == 1 {
		panic(fmt.Sprint("row ", row))
	}
	out(nout, 1)
}

// spin loops for a time that grows with the value, forever above 100.
//
//go:wasmexport spin
func spin(nin, nout int32) {
	v := guest.Row(nin)[0]
	x := 0.0
	for i := 0; v > 100 || float64(i) < v*1000; i++ {
		x += math.Sqrt(float64(i))
	}
	out(nout, x*0)
}

// alloc allocates value MiB and keeps it.
//
//go:wasmexport alloc
func alloc(nin, nout int32) {
	v := guest.Row(nin)[0]
	b := make([]byte, int(v)<<20)
	for i := range b {
		b[i] = 1
	}
	hoard = append(hoard, b)
	out(nout, float64(len(hoard)))
}

// stateful returns how many calls it has seen and the previous row's value.
//
//go:wasmexport stateful
func stateful(nin, nout int32) {
	calls++
	prev := lastRow
	lastRow = guest.Row(nin)[0]
	out(nout, float64(calls), prev)
}

// huge returns values far beyond any bound, and NaN for negative rows.
//
//go:wasmexport huge
func huge(nin, nout int32) {
	v := guest.Row(nin)[0]
	if v < 0 {
		out(nout, math.NaN(), math.Inf(1))
		return
	}
	out(nout, v*1e300, -v*1e300)
}

// ambient reads the clock, randomness and a file.
//
//go:wasmexport ambient
func ambient(nin, nout int32) {
	var r [8]byte
	rand.Read(r[:])
	_, err := os.ReadFile("/etc/hostname")
	out(nout, float64(time.Now().UnixNano()), float64(binary.LittleEndian.Uint64(r[:])), boolf(err == nil))
}

// sleep sleeps for a millisecond.
//
//go:wasmexport sleep
func sleep(nin, nout int32) {
	time.Sleep(time.Millisecond)
	out(nout, 1)
}

// overwrite writes far past its output (the host reads only nout numbers).
//
//go:wasmexport overwrite
func overwrite(nin, nout int32) {
	b := guest.Buffer()
	for i := range b {
		b[i] = guest.Row(nin)[0]
	}
}

// scribble writes a byte derived from the row at 4096 addresses spread over
// the whole of linear memory, whatever they hold (the Go runtime's own
// state included).
//
//go:wasmexport scribble
func scribble(nin, nout int32) {
	row := guest.Row(nin)
	v, size := uint32(row[0]), uint32(row[1]) // the test passes the memory's size
	x := v*2654435761 + 1
	for i := 0; i < 4096; i++ {
		x = x*1664525 + 1013904223
		addr := uintptr(x % size)
		*(*byte)(unsafe.Pointer(addr)) = byte(v)
	}
	out(nout, 1)
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func main() {}
