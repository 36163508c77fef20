package sandbox

import (
	"context"
	"os"
	"testing"
	"time"
)

// BenchmarkRow is one per-row call of the groupstats example's cheapest
// function, with the snapshot restored before it: copy-on-write restore,
// whole-memory copy, and no restore at all (what the call alone costs;
// never how the sandbox runs).
func BenchmarkRow(b *testing.B) {
	wasm, err := os.ReadFile("examples/groupstats.wasm")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	m, err := Load(ctx, wasm, Limits{MemoryPages: 1024, CallTimeout: 2 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close(ctx)
	for _, mode := range []string{"cow", "copy", "no-restore"} {
		b.Run(mode, func(b *testing.B) {
			in, err := m.NewInstance(ctx, 64, nil)
			if err != nil {
				b.Fatal(err)
			}
			in.copyOnly = mode == "copy"
			if err := in.Prepare(ctx, nil); err != nil {
				b.Fatal(err)
			}
			row, out := []float64{1, 2}, make([]float64, 1)
			f := in.mod.ExportedFunction("group")
			for b.Loop() {
				if mode == "no-restore" {
					in.write(row)
					in.call(ctx, f, 2, 1)
					continue
				}
				if !in.Call(ctx, "group", row, out) {
					b.Fatal("call failed")
				}
			}
		})
	}
}

// BenchmarkRebuild is what a call that timed out, exited or grew its memory
// costs the host afterwards: a fresh instance restored from the snapshot
// (enclave.RebuildAllowance must cover it).
func BenchmarkRebuild(b *testing.B) {
	wasm, err := os.ReadFile("examples/logreg.wasm")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	m, err := Load(ctx, wasm, Limits{MemoryPages: 1024, CallTimeout: 2 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close(ctx)
	in, err := m.NewInstance(ctx, 64, nil)
	if err != nil {
		b.Fatal(err)
	}
	if err := in.Prepare(ctx, nil); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		in.mod.Close(ctx)
		if err := in.restore(ctx, in.pass, true); err != nil {
			b.Fatal(err)
		}
	}
}
