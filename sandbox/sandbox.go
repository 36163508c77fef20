package sandbox

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
)

// The exports a module offers the host.
const (
	// ExportInit is the Go/WASI reactor initialiser, called once before the
	// first snapshot if the module exports it.
	ExportInit = "_initialize"
	// ExportBuffer(n i32) i32 returns the address of a buffer of n float64
	// that the host writes rows and releases into and reads outputs from.
	ExportBuffer = "veil_buffer"
	// ExportPrepare(nargs, nreleased i32) (optional) is called before each
	// release with the spec's public arguments followed by every value
	// released so far in the buffer; what it stores is kept for every row of
	// that release (it depends on public values only). A per-row function
	// has type (nin, nout i32): the row's nin numbers are in the buffer, and
	// it writes its nout numbers there.
	ExportPrepare = "veil_prepare"
)

// PageSize is the size of a Wasm memory page.
const PageSize = 65536

// Limits bound what one analysis may use.
type Limits struct {
	MemoryPages uint32        // linear memory, preallocated; at most 65536 (4 GiB)
	CallTimeout time.Duration // wall-clock limit of one call
}

// compilationCache keeps compiled code in memory for the process's life, so
// that loading the same module with the same limits twice compiles once.
var compilationCache = wazero.NewCompilationCache()

// Module is a compiled module that Load accepted.
type Module struct {
	rt       wazero.Runtime
	compiled wazero.CompiledModule
	info     *moduleInfo
	limits   Limits
	rowFns   map[string]bool // exports of the per-row type
	// SHA256 is the digest of the module as given (before the host's rewriting).
	SHA256 [32]byte
}

// Load checks, rewrites and compiles a module. It refuses a module that
// imports anything but WASI, could keep state outside memory and globals,
// needs more memory than the limit, or lacks ExportBuffer.
func Load(ctx context.Context, wasm []byte, lim Limits) (*Module, error) {
	if lim.MemoryPages == 0 || lim.MemoryPages > 65536 || lim.CallTimeout <= 0 {
		return nil, fmt.Errorf("sandbox: limits must give 1 to 65536 memory pages and a positive call timeout, got %+v", lim)
	}
	rewritten, info, err := prepare(wasm, lim.MemoryPages)
	if err != nil {
		return nil, err
	}
	cfg := wazero.NewRuntimeConfigCompiler().
		WithCompilationCache(compilationCache).
		WithCoreFeatures(api.CoreFeaturesV2 &^ api.CoreFeatureSIMD).
		WithMemoryLimitPages(lim.MemoryPages).
		WithMemoryCapacityFromMax(true).
		WithCloseOnContextDone(true)
	rt := wazero.NewRuntimeWithConfig(ctx, cfg)
	m := &Module{rt: rt, info: info, limits: lim, SHA256: sha256.Sum256(wasm)}
	if err := instantiateWASI(ctx, rt, info.imports); err != nil {
		rt.Close(ctx)
		return nil, err
	}
	if m.compiled, err = rt.CompileModule(ctx, rewritten); err != nil {
		rt.Close(ctx)
		return nil, fmt.Errorf("%w: %v", ErrModule, err)
	}
	if err := m.checkExports(); err != nil {
		rt.Close(ctx)
		return nil, err
	}
	m.rowFns = map[string]bool{}
	for name, f := range m.compiled.ExportedFunctions() {
		m.rowFns[name] = sameTypes(f.ParamTypes(), []api.ValueType{api.ValueTypeI32, api.ValueTypeI32}) && len(f.ResultTypes()) == 0
	}
	return m, nil
}

func (m *Module) checkExports() error {
	fns := m.compiled.ExportedFunctions()
	want := map[string][2][]api.ValueType{
		ExportBuffer:  {{api.ValueTypeI32}, {api.ValueTypeI32}},
		ExportPrepare: {{api.ValueTypeI32, api.ValueTypeI32}, nil},
		ExportInit:    {nil, nil},
	}
	if _, ok := fns[ExportBuffer]; !ok {
		return fmt.Errorf("%w: it does not export %s", ErrModule, ExportBuffer)
	}
	for name, sig := range want {
		if f, ok := fns[name]; ok && (!sameTypes(f.ParamTypes(), sig[0]) || !sameTypes(f.ResultTypes(), sig[1])) {
			return fmt.Errorf("%w: export %s has the wrong type", ErrModule, name)
		}
	}
	return nil
}

// HasFunction reports whether the module exports a per-row function
// called name, of type (i32, i32) -> ().
func (m *Module) HasFunction(name string) bool { return m.rowFns[name] }

func sameTypes(a, b []api.ValueType) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Close releases the runtime and every instance.
func (m *Module) Close(ctx context.Context) error { return m.rt.Close(ctx) }

// ErrCall is what a failed call unwraps to (its cause is not kept).
var ErrCall = errors.New("sandbox: call failed")

func putFloats(b []byte, v []float64) {
	for i, x := range v {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(x))
	}
}

func getFloats(b []byte, v []float64) {
	for i := range v {
		v[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
	}
}
