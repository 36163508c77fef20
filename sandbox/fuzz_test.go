package sandbox

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzPrepare: no binary panics the module checker, and whatever it accepts
// it rewrites into a binary it accepts again (idempotent apart from the
// exports it adds, which it then refuses to add twice).
func FuzzPrepare(f *testing.F) {
	ret0 := []byte{0x41, 0, 0x0b}
	f.Add(tiny(nil, ret0))
	f.Add(tiny(nil, []byte{0x02, 0x40, 0x41, 1, 0x0d, 0, 0x0b, 0x41, 0, 0x0b}))
	f.Add(tiny(nil, []byte{0x0e, 2, 0, 0, 0, 0x41, 0, 0x0b}))
	f.Add(tiny(nil, []byte{0xfc, 11, 0, 0x41, 0, 0x0b}))
	f.Fuzz(func(t *testing.T, wasm []byte) {
		out, info, err := prepare(wasm, 16)
		if err != nil {
			if !errors.Is(err, ErrModule) {
				t.Fatalf("error not wrapping ErrModule: %v", err)
			}
			return
		}
		if info.minPages > 16 || !bytes.HasPrefix(out, wasmHeader) {
			t.Fatalf("accepted a module needing %d pages", info.minPages)
		}
		out2, info2, err := prepare(out, 16)
		if len(info.mutGlobals) > 0 {
			if err == nil {
				t.Fatal("a rewritten module with global exports was accepted again")
			}
			return
		}
		if err != nil || !bytes.Equal(out, out2) || len(info2.imports) != len(info.imports) {
			t.Fatalf("rewriting is not stable: %v", err)
		}
	})
}
