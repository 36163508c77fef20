package enginetest

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
)

// FuzzToyCount: the aggregator accepts an owner's message only if it is its
// public row count as 8 big-endian bytes; anything else is refused, never a panic.
func FuzzToyCount(f *testing.F) {
	const rows = 42
	f.Add(binary.BigEndian.AppendUint64(nil, rows))
	f.Add(binary.BigEndian.AppendUint64(nil, rows+1))
	f.Add([]byte{})
	f.Add(make([]byte, 9))
	a := &toyAggregator{job: &engine.Job{Owners: []engine.Owner{{Address: common.Address{1}, Metadata: &dataset.Metadata{Rows: rows}}}}}
	f.Fuzz(func(t *testing.T, b []byte) {
		n, err := a.count(0, b)
		valid := len(b) == 8 && binary.BigEndian.Uint64(b) == rows
		if valid != (err == nil) || (valid && n != rows) {
			t.Fatalf("count(%x) = %d, %v; valid = %v", b, n, err, valid)
		}
	})
}

// FuzzToyFinalize: the buyer decodes exactly the 8-byte payloads, into the total.
func FuzzToyFinalize(f *testing.F) {
	f.Add(binary.BigEndian.AppendUint64(nil, 442))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		out, err := Toy{}.Finalize(context.Background(), nil, b, engine.BuyerEnv{})
		if (len(b) == 8) != (err == nil) {
			t.Fatalf("Finalize(%x): %v", b, err)
		}
		if err != nil {
			return
		}
		var got struct{ Rows uint64 }
		if err := json.Unmarshal(out.Data, &got); err != nil || got.Rows != binary.BigEndian.Uint64(b) {
			t.Fatalf("Finalize(%x) = %s (%v)", b, out.Data, err)
		}
	})
}

// FuzzPairShares: the lead accepts the helper's shares only as sorted,
// distinct (owner, share) entries for owners of the job; anything else is
// refused, never a panic; what it accepts re-encodes to the same bytes.
func FuzzPairShares(f *testing.F) {
	f.Add(encodeShares(map[int][]byte{0: make([]byte, 8), 2: {1, 2, 3, 4, 5, 6, 7, 8}}), 3)
	f.Add([]byte{0, 0, 0, 1}, 2)
	f.Add(make([]byte, 24), 4)
	f.Fuzz(func(t *testing.T, b []byte, n int) {
		n = n % 1024
		got, err := decodeShares(b, n)
		if err != nil {
			return
		}
		enc := map[int][]byte{}
		for i, v := range got {
			if i < 0 || i >= n {
				t.Fatalf("owner %d outside the job's %d", i, n)
			}
			enc[i] = binary.BigEndian.AppendUint64(nil, v)
		}
		if again := encodeShares(enc); string(again) != string(b) {
			t.Fatalf("decodeShares(%x) = %v, which encodes to %x", b, got, again)
		}
	})
}
