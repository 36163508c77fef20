package secagg

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"slices"
	"testing"
)

func TestMaskAndKeyDerivationKnownAnswers(t *testing.T) {
	raw, err := os.ReadFile("testdata/kdf_prg_kat.json")
	if err != nil {
		t.Fatal(err)
	}
	var kat struct {
		Mask struct {
			Key   string `json:"key"`
			Masks []struct {
				ModBits int      `json:"mod_bits"`
				Entries []uint64 `json:"entries"`
			} `json:"masks"`
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
	if len(kat.Mask.Masks) == 0 {
		t.Fatal("no mask vectors in the file")
	}
	key := [32]byte(unhex(t, kat.Mask.Key))
	for _, m := range kat.Mask.Masks {
		mod := ^uint64(0) >> (64 - m.ModBits)
		for _, negate := range []bool{false, true} {
			acc := make([]uint64, len(m.Entries))
			applyMasks(acc, []maskTerm{{key: key, negate: negate}}, m.ModBits)
			reduce(acc, mod)
			for j, want := range m.Entries {
				if negate {
					want = -want & mod
				}
				if acc[j] != want {
					t.Errorf("k=%d negate=%v entry %d = %d, want %d", m.ModBits, negate, j, acc[j], want)
				}
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

// A mask spanning several chunks and batches is the single-stream
// keystream read as a packed vector: chunking must not skip or repeat
// bytes, for the unrolled kernels' widths and the generic one's.
func TestMaskChunkingIsSeamless(t *testing.T) {
	for _, k := range []int{1, 8, kernelMin - 1, kernelMin, 23, 25, kernelMax, kernelMax + 1, 57, 58, 63, 64} {
		key := [32]byte{byte(k)}
		n := 2*maskChunk + 77
		acc := make([]uint64, n)
		applyMasks(acc, []maskTerm{{key: key}}, k)
		reduce(acc, ^uint64(0)>>(64-k))
		nb := maskBytes(n, k)
		ks := make([]byte, nb)
		newMaskStream(key).XORKeyStream(ks, ks)
		if pad := int(8*nb) - n*k; pad > 0 { // the keystream's unused high bits of the last byte
			ks[nb-1] &= 0xff >> pad
		}
		want := make([]uint64, n)
		if err := unpackBits(want, ks, k, false); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(acc, want) {
			t.Fatalf("k=%d: chunked masks differ from the keystream unpacked", k)
		}
	}
}

// Every unrolled kernel, and the AVX2 adder and subtractor where this CPU
// has them, add (subtract) what the generic one adds, mod 2^k, over
// lengths with and without a tail of fewer than 8 lanes.
func TestKernelsMatchGeneric(t *testing.T) {
	r := testRand(15)
	for k := 1; k <= 64; k++ {
		for _, kn := range fastKernels(k) {
			for _, l := range []int{1, 7, 8, 61, maskChunk} {
				var ks [4][]byte
				for i := range ks {
					ks[i] = make([]byte, int(maskBytes(l, k))+maskSlack)
					r.Read(ks[i])
				}
				got, want := make([]uint64, l), make([]uint64, l)
				for j := range got {
					got[j] = r.Uint64()
					want[j] = got[j]
				}
				kn.f(got, ks[0], ks[1], ks[2], ks[3])
				if kn.neg {
					negate(want)
				}
				addFourGeneric(want, ks[0], ks[1], ks[2], ks[3], k)
				if kn.neg {
					negate(want)
				}
				mod := ^uint64(0) >> (64 - k)
				reduce(got, mod)
				reduce(want, mod)
				if !slices.Equal(got, want) {
					t.Fatalf("k=%d len=%d: %s kernel differs from the generic one", k, l, kn.name)
				}
			}
		}
	}
}

// namedKernel is a lane adder under test; neg: it subtracts.
type namedKernel struct {
	name string
	f    laneAdder
	neg  bool
}

// fastKernels are the adders for k besides the generic one: the unrolled
// Go kernel and the AVX2 pair where they exist.
func fastKernels(k int) []namedKernel {
	var fast []namedKernel
	if k >= kernelMin && k <= kernelMax {
		fast = append(fast, namedKernel{"unrolled", kernels[k-kernelMin], false})
	}
	if add, sub := avx2Kernels(k); add != nil {
		fast = append(fast, namedKernel{"avx2 add", add, false}, namedKernel{"avx2 sub", sub, true})
	}
	return fast
}

// maskAndPack (the client's fused pass) equals masking the whole vector,
// reducing and packing, with both signs and across chunks.
func TestMaskAndPackMatchesUnfused(t *testing.T) {
	r := testRand(16)
	for _, tc := range []struct{ k, terms int }{{3, 5}, {23, 5}, {25, 6}, {61, 5}, {64, 5}, {25, maskBatch + 3}} {
		k, n := tc.k, maskChunk+13
		input := randomInputs(r, 1, n, k)[0]
		terms := make([]maskTerm, tc.terms)
		for i := range terms {
			terms[i] = maskTerm{key: [32]byte{byte(i), byte(i >> 8), byte(k)}, negate: i%2 == 1}
		}
		got := make([]byte, maskBytes(n, k))
		maskAndPack(got, input, terms, k)
		acc := slices.Clone(input)
		applyMasks(acc, terms, k)
		reduce(acc, ^uint64(0)>>(64-k))
		want := make([]byte, len(got))
		packBits(want, acc, k)
		if !slices.Equal(got, want) {
			t.Fatalf("k=%d, %d terms: fused mask-and-pack differs from mask, reduce, pack", k, tc.terms)
		}
	}
}
