package sandbox

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
)

const wasiModule = "wasi_snapshot_preview1"

// WASI errno values the stubs answer with.
const (
	errnoSuccess = 0
	errnoBadf    = 8
	errnoFault   = 21
	errnoNosys   = 52
)

// FixedTime is what every WASI clock reads, in nanoseconds (2024-01-01T00:00:00Z).
const FixedTime = 1704067200 * 1e9

// errExit is the panic a module's proc_exit turns into: the call fails.
var errExit = errors.New("sandbox: the module called proc_exit")

var (
	i32 = []byte{0x7f}
	sig = func(s string) []byte { return []byte(strings.NewReplacer("i", "\x7f", "I", "\x7e").Replace(s)) }
)

// stub is a WASI function answered from constants.
type stub struct {
	params, results []byte
	fn              api.GoModuleFunc
}

// stubs are the WASI functions with an answer other than "not supported".
// None reads or writes anything but the call's own arguments and the
// memory they point to, and none keeps state.
var stubs = map[string]stub{
	"args_sizes_get":    {sig("ii"), i32, writeZeros(0, 1)},
	"environ_sizes_get": {sig("ii"), i32, writeZeros(0, 1)},
	"args_get":          {sig("ii"), i32, ret(errnoSuccess)},
	"environ_get":       {sig("ii"), i32, ret(errnoSuccess)},
	"clock_time_get":    {sig("iIi"), i32, clockTimeGet},
	"clock_res_get":     {sig("ii"), i32, clockResGet},
	"random_get":        {sig("ii"), i32, randomGet},
	"fd_write":          {sig("iiii"), i32, fdWrite},
	"poll_oneoff":       {sig("iiii"), i32, pollOneoff},
	"sched_yield":       {nil, i32, ret(errnoSuccess)},
	"proc_exit":         {i32, nil, func(context.Context, api.Module, []uint64) { panic(errExit) }},
}

func ret(errno uint64) api.GoModuleFunc {
	return func(_ context.Context, _ api.Module, st []uint64) { st[0] = errno }
}

// writeZeros writes a zero uint32 at the pointers in the given parameters.
func writeZeros(ptrs ...int) api.GoModuleFunc {
	return func(_ context.Context, m api.Module, st []uint64) {
		for _, p := range ptrs {
			if !m.Memory().WriteUint32Le(uint32(st[p]), 0) {
				st[0] = errnoFault
				return
			}
		}
		st[0] = errnoSuccess
	}
}

func clockTimeGet(_ context.Context, m api.Module, st []uint64) {
	st[0] = errnoOf(m.Memory().WriteUint64Le(uint32(st[2]), FixedTime))
}

func clockResGet(_ context.Context, m api.Module, st []uint64) {
	st[0] = errnoOf(m.Memory().WriteUint64Le(uint32(st[1]), 1))
}

func randomGet(_ context.Context, m api.Module, st []uint64) {
	buf, ok := m.Memory().Read(uint32(st[0]), uint32(st[1]))
	if ok {
		clear(buf)
	}
	st[0] = errnoOf(ok)
}

// fdWrite accepts every byte on every descriptor and discards it.
func fdWrite(_ context.Context, m api.Module, st []uint64) {
	iovs, n, out := uint32(st[1]), uint32(st[2]), uint32(st[3])
	vecs, ok := m.Memory().Read(iovs, n*8)
	if !ok || n > 1<<20 {
		st[0] = errnoFault
		return
	}
	var total uint32
	for i := uint32(0); i < n; i++ {
		total += binary.LittleEndian.Uint32(vecs[8*i+4:])
	}
	st[0] = errnoOf(m.Memory().WriteUint32Le(out, total))
}

// pollOneoff reports every subscription as having fired at once: sleeps
// return immediately and nothing waits on a descriptor.
func pollOneoff(_ context.Context, m api.Module, st []uint64) {
	in, out, n, nout := uint32(st[0]), uint32(st[1]), uint32(st[2]), uint32(st[3])
	if n > 1<<16 {
		st[0] = errnoFault
		return
	}
	subs, ok1 := m.Memory().Read(in, n*48)
	evs, ok2 := m.Memory().Read(out, n*32)
	if !ok1 || !ok2 {
		st[0] = errnoFault
		return
	}
	for i := uint32(0); i < n; i++ {
		ev := evs[32*i : 32*i+32]
		clear(ev)
		copy(ev[:8], subs[48*i:48*i+8]) // userdata
		ev[10] = subs[48*i+8]           // event type = subscription tag
	}
	st[0] = errnoOf(m.Memory().WriteUint32Le(nout, n))
}

func errnoOf(ok bool) uint64 {
	if ok {
		return errnoSuccess
	}
	return errnoFault
}

// instantiateWASI defines, for each WASI function the module imports, its
// stub, or "not supported" (EBADF for descriptors and paths, ENOSYS else)
// when it returns one errno; any other import is refused.
func instantiateWASI(ctx context.Context, rt wazero.Runtime, imports []funcImport) error {
	b := rt.NewHostModuleBuilder(wasiModule)
	seen := map[string]bool{}
	for _, imp := range imports {
		if seen[imp.name] && imp.module == wasiModule {
			continue // the same function imported twice; the type check is wazero's
		}
		seen[imp.name] = true
		if imp.module != wasiModule {
			return fmt.Errorf("%w: import %s.%s: only WASI (%s) may be imported", ErrModule, imp.module, imp.name, wasiModule)
		}
		s, ok := stubs[imp.name]
		if !ok && bytes.Equal(imp.result, i32) {
			errno := uint64(errnoNosys)
			if strings.HasPrefix(imp.name, "fd_") || strings.HasPrefix(imp.name, "path_") {
				errno = errnoBadf
			}
			s, ok = stub{imp.params, imp.result, ret(errno)}, true
		}
		if !ok || !bytes.Equal(s.params, imp.params) || !bytes.Equal(s.results, imp.result) {
			return fmt.Errorf("%w: import %s.%s has a type the host does not offer", ErrModule, imp.module, imp.name)
		}
		b.NewFunctionBuilder().WithGoModuleFunction(s.fn, valueTypes(s.params), valueTypes(s.results)).Export(imp.name)
	}
	_, err := b.Instantiate(ctx)
	return err
}

func valueTypes(b []byte) []api.ValueType {
	out := make([]api.ValueType, len(b))
	copy(out, b)
	return out
}
