package sandbox

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veil-market/veil/release"
)

var _ release.Caller = (*Instance)(nil)

var testLimits = Limits{MemoryPages: 512, CallTimeout: time.Second} // 32 MiB

var hostileModule = sync.OnceValues(func() (*Module, error) {
	wasm, err := os.ReadFile("testdata/hostile.wasm")
	if err != nil {
		return nil, err
	}
	return Load(context.Background(), wasm, testLimits)
})

// hostile returns a fresh instance of the hostile module (compiled once).
func hostile(t testing.TB) *Instance {
	t.Helper()
	m, err := hostileModule()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	in, err := m.NewInstance(ctx, 64, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := in.Prepare(ctx, nil); err != nil {
		t.Fatal(err)
	}
	return in
}

type call struct {
	fn   string
	row  float64
	ok   bool
	want []float64 // nil: not checked
}

func run(t *testing.T, in *Instance, calls []call) {
	t.Helper()
	for i, c := range calls {
		out := make([]float64, max(1, len(c.want)))
		ok := in.Call(context.Background(), c.fn, []float64{c.row}, out)
		if ok != c.ok {
			t.Fatalf("call %d %s(%v): ok = %v, want %v", i, c.fn, c.row, ok, c.ok)
		}
		for j, w := range c.want {
			if !(out[j] == w || (math.IsNaN(w) && math.IsNaN(out[j]))) {
				t.Fatalf("call %d %s(%v): out = %v, want %v", i, c.fn, c.row, out, c.want)
			}
		}
	}
}

// TestNoStateAcrossRows: a module counting its calls and remembering the
// previous row sees, on every row, a first call and no previous row —
// also after a trap, a timeout, an exit or a grown memory in between.
func TestNoStateAcrossRows(t *testing.T) {
	in := hostile(t)
	fresh := []float64{1, 0}
	run(t, in, []call{
		{"stateful", 5, true, fresh}, {"stateful", 7, true, fresh},
		{"panicky", 3, false, nil}, {"stateful", 9, true, fresh},
		{"spin", 1000, false, nil}, {"stateful", 11, true, fresh},
		{"exit", 4, false, nil}, {"stateful", 13, true, fresh},
		{"alloc", 2, true, []float64{1}}, {"alloc", 2, true, []float64{1}}, {"stateful", 15, true, fresh},
		{"overwrite", 42, true, nil}, {"stateful", 17, true, fresh},
	})
}

// TestFailuresAreSilent: prints go nowhere, traps and exits (whatever their
// code) and timeouts only turn the call into false, and the clock, the
// randomness and the file system answer the same constants on every row
// (a module that sleeps never wakes: the clock stands still).
func TestFailuresAreSilent(t *testing.T) {
	os.Remove("/tmp/leak")
	in := hostile(t)
	run(t, in, []call{
		{"print", 1, true, []float64{0}},
		{"exit", 0, false, nil}, {"exit", 1, false, nil}, {"exit", 77, false, nil},
		{"panicky", 2, true, []float64{1}}, {"panicky", 1, false, nil},
		{"spin", 1, true, []float64{0}}, {"spin", 101, false, nil},
		{"alloc", 64, false, nil}, // beyond the 32 MiB limit
		{"huge", 2, true, []float64{2e300, -2e300}},
		{"huge", -1, true, []float64{math.NaN(), math.Inf(1)}},
		{"ambient", 1, true, []float64{FixedTime, 0, 0}}, {"ambient", 2, true, []float64{FixedTime, 0, 0}},
		{"sleep", 1, false, nil},
		{"missing", 1, false, nil},
	})
	if _, err := os.Stat("/tmp/leak"); err == nil {
		t.Fatal("the module wrote a file")
	}
}

// TestTimeoutBoundsWallClock: a call that would run forever returns after
// about the limit.
func TestTimeoutBoundsWallClock(t *testing.T) {
	in := hostile(t)
	start := time.Now()
	if in.Call(context.Background(), "spin", []float64{1e9}, make([]float64, 1)) {
		t.Fatal("an endless call succeeded")
	}
	if d := time.Since(start); d > 20*testLimits.CallTimeout {
		t.Fatalf("an endless call returned after %v, limit %v", d, testLimits.CallTimeout)
	}
}

// tiny assembles a module: types, imports, one function of type 0 with the
// given body, a memory, and exports.
func tiny(imports, code []byte, extra ...[]byte) []byte {
	m := append([]byte(nil), wasmHeader...)
	sec := func(id byte, body ...byte) {
		m = append(m, id)
		m = appendULEB(m, uint64(len(body)))
		m = append(m, body...)
	}
	sec(secType, 1, 0x60, 1, 0x7f, 1, 0x7f) // (i32) -> i32
	if imports != nil {
		sec(secImport, imports...)
	}
	sec(3, 1, 0)              // one function of type 0
	for _, e := range extra { // table section etc.
		sec(e[0], e[1:]...)
	}
	sec(secMemory, 1, 0, 1) // min 1 page
	exp := append([]byte{1, 11}, "veil_buffer"...)
	sec(secExport, append(exp, 0, 0)...)
	body := append([]byte{0}, code...) // no locals
	sec(secCode, append(appendULEB([]byte{1}, uint64(len(body))), body...)...)
	return m
}

func TestRefusedModules(t *testing.T) {
	ret0 := []byte{0x41, 0, 0x0b}
	imp := func(mod, name string) []byte {
		b := append([]byte{1, byte(len(mod))}, mod...)
		b = append(append(b, byte(len(name))), name...)
		return append(b, 0, 0)
	}
	table := []byte{4, 1, 0x70, 0, 1} // one funcref table, min 1
	cases := map[string][]byte{
		"release import": tiny(imp("veil", "release"), ret0),
		"fd_write typed": tiny(imp("wasi_snapshot_preview1", "fd_write"), ret0), // (i32) -> i32 is not fd_write
		"random typed":   tiny(imp("wasi_snapshot_preview1", "random_get"), ret0),
		"table.set":      tiny(nil, []byte{0x41, 0, 0xd0, 0x70, 0x26, 0, 0x41, 0, 0x0b}, table),
		"table.grow":     tiny(nil, []byte{0xd0, 0x70, 0x41, 1, 0xfc, 15, 0, 0x0b}, table),
		"data.drop":      tiny(nil, []byte{0xfc, 9, 0, 0x41, 0, 0x0b}),
		"SIMD":           tiny(nil, []byte{0xfd, 12, 0x0b}),
		"truncated":      tiny(nil, []byte{0x41}),
		"not wasm":       []byte("\x7fELF"),
	}
	for name, wasm := range cases {
		if _, err := Load(context.Background(), wasm, testLimits); !errors.Is(err, ErrModule) {
			t.Errorf("%s: loaded or wrong error: %v", name, err)
		}
	}
	if _, err := Load(context.Background(), tiny(nil, ret0), testLimits); err != nil {
		t.Fatalf("a plain module refused: %v", err)
	}
	big := tiny(nil, ret0)
	if _, err := Load(context.Background(), big, Limits{MemoryPages: 0, CallTimeout: time.Second}); err == nil || !strings.Contains(err.Error(), "limits") {
		t.Fatalf("zero memory limit accepted: %v", err)
	}
}

// TestRestoreIsExact: after a module scribbles over its whole memory (and
// a call that fails), the restored memory equals the snapshot byte for
// byte and every mutable global its value, with the copy-on-write restore
// and with the plain copy.
func TestRestoreIsExact(t *testing.T) {
	for _, copyOnly := range []bool{false, true} {
		in := hostile(t)
		in.copyOnly = copyOnly
		exact(t, in, copyOnly, nil)
		// A second release starts from the base again (the scribbles gone),
		// then takes its own snapshot.
		exact(t, in, copyOnly, [][]float64{{1, 2, 3}})
		want := append([]byte(nil), in.base.mem...)
		putFloats(want[in.buf:], []float64{1, 2, 3})
		if !bytes.Equal(in.pass.mem, want) {
			t.Fatalf("copyOnly=%v: the second release did not start from the base", copyOnly)
		}
	}
}

func exact(t *testing.T, in *Instance, copyOnly bool, released [][]float64) {
	t.Helper()
	{
		if err := in.Prepare(context.Background(), released); err != nil {
			t.Fatal(err)
		}
		if !copyOnly && in.cow == nil {
			t.Log("no copy-on-write memory on this machine: only the copy is tested")
		}
		size := float64(len(in.pass.mem))
		for v := 1; v <= 6; v++ {
			in.Call(context.Background(), "scribble", []float64{float64(v), size}, make([]float64, 1))
			if mem, _ := in.mod.Memory().Read(0, in.mod.Memory().Size()); bytes.Equal(mem, in.pass.mem) && !in.mod.IsClosed() {
				t.Fatal("the module did not change its memory: the test tests nothing")
			}
			if v == 4 {
				in.Call(context.Background(), "panicky", []float64{1}, make([]float64, 1))
			}
			if err := in.restore(context.Background(), in.pass, true); err != nil {
				t.Fatal(err)
			}
			mem, _ := in.mod.Memory().Read(0, in.mod.Memory().Size())
			if !bytes.Equal(mem, in.pass.mem) {
				t.Fatalf("copyOnly=%v: memory differs from the snapshot after row %d", copyOnly, v)
			}
			for i, g := range in.globals {
				if g.Get() != in.pass.globals[i] {
					t.Fatalf("copyOnly=%v: global %d differs after row %d", copyOnly, i, v)
				}
			}
		}
	}
}
