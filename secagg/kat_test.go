package secagg

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"
)

func TestMaskAndKeyDerivationKnownAnswers(t *testing.T) {
	raw, err := os.ReadFile("testdata/kdf_prg_kat.json")
	if err != nil {
		t.Fatal(err)
	}
	var kat struct {
		Mask struct {
			Key     string   `json:"key"`
			ModBits int      `json:"mod_bits"`
			Entries []uint64 `json:"entries"`
		} `json:"mask"`
		Pairwise struct {
			Secret string `json:"shared_secret"`
			Round  uint64 `json:"round"`
			I, J   int
			Key    string `json:"key"`
		} `json:"pairwise_key"`
	}
	if err := json.Unmarshal(raw, &kat); err != nil {
		t.Fatal(err)
	}
	var key [32]byte
	copy(key[:], unhex(t, kat.Mask.Key))
	for _, negate := range []bool{false, true} {
		acc := make([]uint64, len(kat.Mask.Entries))
		applyMasks(acc, []maskTerm{{key: key, negate: negate}}, kat.Mask.ModBits)
		reduce(acc, 1<<kat.Mask.ModBits-1)
		for j, want := range kat.Mask.Entries {
			if negate {
				want = (1<<kat.Mask.ModBits - want) % (1 << kat.Mask.ModBits)
			}
			if acc[j] != want {
				t.Errorf("negate=%v entry %d = %d, want %d", negate, j, acc[j], want)
			}
		}
	}
	s := Session{JobID: [32]byte{0xa1, 0xb2, 0xc3}, Round: kat.Pairwise.Round}
	got := pairwiseMaskKey(unhex(t, kat.Pairwise.Secret), s, kat.Pairwise.I, kat.Pairwise.J)
	if hex.EncodeToString(got[:]) != kat.Pairwise.Key {
		t.Errorf("pairwise key %x, want %s", got, kat.Pairwise.Key)
	}
	if swapped := pairwiseMaskKey(unhex(t, kat.Pairwise.Secret), s, kat.Pairwise.J, kat.Pairwise.I); swapped != got {
		t.Error("pairwise key depends on the order of the pair")
	}
}

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A mask spanning several chunks and batches equals the concatenated
// single-stream keystream lanes: chunking must not skip or repeat bytes.
func TestMaskChunkingIsSeamless(t *testing.T) {
	for _, k := range []int{1, 8, 23, 25, 57, 64} {
		key := [32]byte{byte(k)}
		n := 2*maskChunk + 77
		acc := make([]uint64, n)
		applyMasks(acc, []maskTerm{{key: key}}, k)
		lb := laneBytes(k)
		ks := make([]byte, lb*n+8)
		newMaskStream(key).XORKeyStream(ks[:lb*n], make([]byte, lb*n))
		mask := ^uint64(0) >> (64 - k)
		for j := range acc {
			var lane uint64
			for b := lb - 1; b >= 0; b-- {
				lane = lane<<8 | uint64(ks[lb*j+b])
			}
			if acc[j]&mask != lane&mask {
				t.Fatalf("k=%d entry %d: %d, want %d", k, j, acc[j]&mask, lane&mask)
			}
		}
	}
}
