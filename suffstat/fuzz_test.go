package suffstat

import (
	"bytes"
	"encoding/binary"
	"math"
	"testing"
)

func FuzzParseTask(f *testing.F) {
	for _, s := range validSpecs {
		f.Add([]byte(s))
	}
	f.Add([]byte(`{"type":"stats","columns":["a"],"stats":["hist"],"bins":{"a":[1,0]}}`))
	_, meta := loadDataset(f, "diabetes")
	metas := repeatMeta(meta, 2)
	f.Fuzz(func(t *testing.T, b []byte) {
		task, err := ParseTask(b)
		if err != nil {
			return
		}
		if task.Type != TypeStats && task.Type != TypeLinreg {
			t.Fatalf("accepted type %q", task.Type)
		}
		if plan, err := NewLayout(b, metas, defaultPrivacy); err == nil && plan.Len() < fixedSlots {
			t.Fatal("plan without fixed slots")
		}
	})
}

// FuzzLayoutDecode feeds arbitrary decrypted vectors (e.g. from a wrong key)
// to Decode: it must refuse or return finite, JSON-safe figures.
func FuzzLayoutDecode(f *testing.F) {
	_, meta := loadDataset(f, "diabetes")
	plans := []*Layout{}
	for _, s := range validSpecs {
		p, err := NewLayout([]byte(s), repeatMeta(meta, 3), defaultPrivacy)
		if err != nil {
			f.Fatal(err)
		}
		plans = append(plans, p)
	}
	f.Add(uint8(0), []byte{})
	f.Add(uint8(1), bytes.Repeat([]byte{0, 0, 0, 0, 0, 0, 0xf0, 0x3f}, 64))
	f.Fuzz(func(t *testing.T, which uint8, b []byte) {
		p := plans[int(which)%len(plans)]
		vec := make([]float64, p.Len())
		vec[slotOwners], vec[slotRows] = 2, 100
		for i := 0; i+8 <= len(b) && i/8 < len(vec); i += 8 {
			vec[i/8] = math.Float64frombits(binary.LittleEndian.Uint64(b[i:]))
		}
		res, err := p.Decode(vec)
		if err != nil {
			return
		}
		if _, err := jsonMarshal(res); err != nil {
			t.Fatalf("result is not JSON-safe: %v", err)
		}
	})
}
