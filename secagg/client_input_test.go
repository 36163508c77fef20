package secagg

import (
	"errors"
	"fmt"
	"testing"
)

// A client refuses an input entry at or above 2^k before masking anything:
// the fused pass reduces mod 2^k as it packs, so an entry 2^k + x would
// otherwise be sent as x and silently change the sum. The entry sits past
// the first chunk, where the fused pass has already packed a chunk; the
// refusal sends nothing and leaves the client able to mask a valid input.
func TestClientRefusesEntriesOutsideTheRing(t *testing.T) {
	for _, k := range []int{1, 23, 56, 57, 63} {
		for _, bad := range []uint64{1 << k, ^uint64(0)} {
			t.Run(fmt.Sprintf("k=%d entry=%#x", k, bad), func(t *testing.T) {
				p := Params{N: 3, T: 2, ModBits: k, VectorLen: maskChunk + 3}
				h := newHarness(t, p, uint64(k))
				h.throughShareKeys()
				d, err := h.server.SharesFor(0)
				h.must(err)
				good := h.inputs[0][maskChunk+1]
				h.inputs[0][maskChunk+1] = bad
				msg, err := h.clients[0].MaskInput(d, h.inputs[0])
				if !errors.Is(err, ErrInput) || msg != nil {
					t.Fatalf("entry %d = %#x with k = %d: message of %d bytes, error %v; want ErrInput and nothing sent", maskChunk+1, bad, k, len(msg), err)
				}
				h.inputs[0][maskChunk+1] = good
				msg, err = h.clients[0].MaskInput(d, h.inputs[0])
				h.must(err)
				h.must(h.server.AddMaskedInput(msg))
			})
		}
	}
}
