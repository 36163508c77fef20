package sandbox

import (
	"context"
	"fmt"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Instance runs one analysis: per-row calls on one instance that is put
// back to a snapshot before every call. It is not safe for concurrent use.
// It implements release.Caller.
type Instance struct {
	m       *Module
	mod     api.Module
	globals []api.MutableGlobal
	buf     uint32 // address of the float64 buffer
	bufLen  int    // its length in float64
	args    []float64
	base    snapshot
	pass    snapshot
	fns     map[string]api.Function // of the current instance: each lookup makes a new call engine
	// cow backs the current instance's memory (nil: restores copy the whole
	// memory), and frozen is the id of the snapshot its file holds.
	cow    *cowMemory
	frozen int
	nextID int
	// copyOnly disables cow; tests set it to check the fallback.
	copyOnly bool
}

// snapshot is the whole mutable state of an instance.
type snapshot struct {
	id      int
	mem     []byte
	globals []uint64
}

// NewInstance instantiates the module, runs its initialiser, asks it for a
// buffer of bufLen float64 and takes the snapshot every release starts
// from. args are the spec's public arguments, given to ExportPrepare. Nothing
// about any row exists yet.
func (m *Module) NewInstance(ctx context.Context, bufLen int, args []float64) (*Instance, error) {
	if bufLen < 1 || bufLen > int(m.limits.MemoryPages)*PageSize/8 {
		return nil, fmt.Errorf("sandbox: buffer of %d float64 does not fit the memory limit", bufLen)
	}
	in := &Instance{m: m, bufLen: bufLen, args: args}
	if err := in.instantiate(ctx); err != nil {
		return nil, err
	}
	if f := in.mod.ExportedFunction(ExportInit); f != nil {
		if _, err := in.callWithin(ctx, InitTimeout, f); err != nil {
			return nil, fmt.Errorf("%w: %s failed: %v", ErrModule, ExportInit, err)
		}
	}
	res, err := in.callWithin(ctx, InitTimeout, in.mod.ExportedFunction(ExportBuffer), uint64(bufLen))
	if err != nil {
		return nil, fmt.Errorf("%w: %s failed: %v", ErrModule, ExportBuffer, err)
	}
	in.buf = uint32(res[0])
	if _, ok := in.mod.Memory().Read(in.buf, uint32(8*bufLen)); !ok {
		return nil, fmt.Errorf("%w: %s returned a buffer outside memory", ErrModule, ExportBuffer)
	}
	in.base = in.capture()
	in.pass = in.base
	return in, nil
}

// instantiate makes a fresh instance (the module's start section runs; its
// exported initialiser does not) and finds its mutable globals.
func (in *Instance) instantiate(ctx context.Context) error {
	if in.cow != nil {
		in.cow.Free()
		in.cow, in.frozen = nil, 0
	}
	if !in.copyOnly {
		if c, err := newCowMemory(uint64(in.m.limits.MemoryPages) * PageSize); err == nil {
			in.cow = c
			ctx = experimental.WithMemoryAllocator(ctx, experimental.MemoryAllocatorFunc(func(_, _ uint64) experimental.LinearMemory { return c }))
		}
	}
	mod, err := in.m.rt.InstantiateModule(ctx, in.m.compiled, wazero.NewModuleConfig().WithName("").WithStartFunctions())
	if err != nil {
		return fmt.Errorf("%w: instantiating: %v", ErrModule, err)
	}
	in.mod, in.globals, in.fns = mod, in.globals[:0], map[string]api.Function{}
	for _, g := range in.m.info.mutGlobals {
		mg, ok := mod.ExportedGlobal(fmt.Sprintf("%s%d", globalExportPrefix, g)).(api.MutableGlobal)
		if !ok {
			return fmt.Errorf("sandbox: mutable global %d is not reachable", g)
		}
		in.globals = append(in.globals, mg)
	}
	return nil
}

func (in *Instance) call(ctx context.Context, f api.Function, args ...uint64) ([]uint64, error) {
	return in.callWithin(ctx, in.m.limits.CallTimeout, f, args...)
}

// InitTimeout bounds the module's initialiser and ExportBuffer, which run
// once before any row exists (a Go runtime starts in tens of milliseconds,
// more on a loaded machine): not the per-call limit, which is for rows.
const InitTimeout = 5 * time.Second

func (in *Instance) callWithin(ctx context.Context, d time.Duration, f api.Function, args ...uint64) ([]uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	return f.Call(ctx, args...)
}

func (in *Instance) capture() snapshot {
	mem, _ := in.mod.Memory().Read(0, in.mod.Memory().Size())
	in.nextID++
	s := snapshot{id: in.nextID, mem: append([]byte(nil), mem...), globals: make([]uint64, len(in.globals))}
	for i, g := range in.globals {
		s.globals[i] = g.Get()
	}
	return s
}

// restore puts the instance back to s: a closed instance (timeout, exit)
// or one whose memory grew is replaced by a fresh one first. With keep,
// s becomes the snapshot later restores are cheap for (Prepare restores
// the base only to move on from it).
func (in *Instance) restore(ctx context.Context, s snapshot, keep bool) error {
	if in.mod.IsClosed() || in.mod.Memory().Size() != uint32(len(s.mem)) {
		if !in.mod.IsClosed() {
			in.mod.Close(ctx)
		}
		if err := in.instantiate(ctx); err != nil {
			return err
		}
		if grow := uint32(len(s.mem))/PageSize - in.mod.Memory().Size()/PageSize; grow > 0 {
			if _, ok := in.mod.Memory().Grow(grow); !ok {
				return fmt.Errorf("sandbox: cannot grow a fresh instance's memory to the snapshot's")
			}
		}
	}
	if err := in.restoreMemory(s, keep); err != nil {
		return err
	}
	for i, g := range in.globals {
		g.Set(s.globals[i])
	}
	return nil
}

// restoreMemory copies the snapshot over the pages written since s was
// frozen, or copies s whole (and, with keep, freezes it).
func (in *Instance) restoreMemory(s snapshot, keep bool) error {
	if in.cow != nil && !in.copyOnly && in.frozen == s.id {
		return in.cow.reset()
	}
	mem, _ := in.mod.Memory().Read(0, in.mod.Memory().Size())
	copy(mem, s.mem)
	if !keep {
		return nil
	}
	return in.freeze(s)
}

// Prepare starts a release: from the base snapshot, it writes the values
// released so far into the buffer, lets the module read them (ExportPrepare)
// and takes the snapshot every row of this release starts from.
func (in *Instance) Prepare(ctx context.Context, released [][]float64) error {
	flat := append([]float64(nil), in.args...)
	for _, r := range released {
		flat = append(flat, r...)
	}
	if len(flat) > in.bufLen {
		return fmt.Errorf("sandbox: %d released values do not fit the buffer of %d", len(flat), in.bufLen)
	}
	if err := in.restore(ctx, in.base, false); err != nil {
		return err
	}
	in.write(flat)
	if f := in.mod.ExportedFunction(ExportPrepare); f != nil {
		if _, err := in.call(ctx, f, uint64(len(in.args)), uint64(len(flat)-len(in.args))); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrCall, ExportPrepare, err)
		}
	}
	if in.mod.IsClosed() {
		return fmt.Errorf("%w: the instance closed during %s", ErrCall, ExportPrepare)
	}
	in.pass = in.capture()
	return in.freeze(in.pass)
}

// freeze makes s, the instance's current state, the one copy-on-write
// restores go back to.
func (in *Instance) freeze(s snapshot) error {
	if in.cow == nil || in.copyOnly {
		return nil
	}
	if err := in.cow.freeze(s.mem); err != nil {
		return fmt.Errorf("sandbox: freezing a snapshot: %w", err)
	}
	in.frozen = s.id
	return nil
}

func (in *Instance) write(v []float64) {
	b, _ := in.mod.Memory().Read(in.buf, uint32(8*len(v)))
	putFloats(b, v)
}

// Call runs the per-row function fn on row from the release's snapshot and
// reads len(out) numbers back. false: the call failed (or the instance
// could not be restored); out is then left zero.
func (in *Instance) Call(ctx context.Context, fn string, row, out []float64) bool {
	if len(row) > in.bufLen || len(out) > in.bufLen {
		return false
	}
	if err := in.restore(ctx, in.pass, true); err != nil {
		return false
	}
	in.write(row)
	if !in.m.HasFunction(fn) {
		return false
	}
	f, ok := in.fns[fn]
	if !ok {
		f = in.mod.ExportedFunction(fn)
		in.fns[fn] = f
	}
	if _, err := in.call(ctx, f, uint64(len(row)), uint64(len(out))); err != nil || in.mod.IsClosed() {
		return false
	}
	b, ok := in.mod.Memory().Read(in.buf, uint32(8*len(out)))
	if !ok {
		return false
	}
	getFloats(b, out)
	return true
}

// CopyOnlyForTest makes later restores copy the whole memory instead of
// dropping written pages: benchmarks compare the two. It takes effect from
// the next snapshot restored.
func CopyOnlyForTest(in *Instance) { in.copyOnly = true }
