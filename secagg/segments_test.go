package secagg

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"pgregory.net/rapid"
)

// The he engine's primes: each ciphertext polynomial is three residues of
// N coefficients modulo these.
var hePrimes = []uint64{1152921504606748673, 1152921504606683137, 1152921504606584833}

// segmentParams lays out n clients' vectors as k residues of length l
// modulo the he primes.
func segmentParams(n, t, l int) Params {
	p := Params{N: n, T: t}
	for _, q := range hePrimes {
		p.Segments = append(p.Segments, Segment{Modulus: q, Len: l})
		p.VectorLen += l
	}
	return p
}

// randomVectors draws one input per client, each entry uniform in its ring.
func randomVectors(r *rand.ChaCha8, p Params) [][]uint64 {
	if p.Segments == nil {
		return randomInputs(r, p.N, p.VectorLen, p.ModBits)
	}
	rr := rand.New(r)
	in := make([][]uint64, p.N)
	for i := range in {
		for _, s := range p.Segments {
			for range s.Len {
				in[i] = append(in[i], rr.Uint64N(s.Modulus))
			}
		}
	}
	return in
}

// plainVectorSum adds the inputs of `who` in their rings (math/big, as an
// independent reference for the modular arithmetic).
func plainVectorSum(p Params, inputs [][]uint64, who []int) []uint64 {
	if p.Segments == nil {
		return plainSum(inputs, who, p.ModBits)
	}
	out := make([]uint64, p.VectorLen)
	off := 0
	for _, s := range p.Segments {
		q := new(big.Int).SetUint64(s.Modulus)
		for j := off; j < off+s.Len; j++ {
			acc := new(big.Int)
			for _, i := range who {
				acc.Add(acc, new(big.Int).SetUint64(inputs[i][j]))
			}
			out[j] = acc.Mod(acc, q).Uint64()
		}
		off += s.Len
	}
	return out
}

func drawSegments(t *rapid.T) []Segment {
	var segs []Segment
	for k := range rapid.IntRange(1, 4).Draw(t, "segments") {
		q := rapid.OneOf(rapid.SampledFrom(hePrimes), rapid.Uint64Range(2, 1<<63-1), rapid.Uint64Range(2, 300)).Draw(t, "modulus")
		segs = append(segs, Segment{Modulus: q, Len: rapid.IntRange(1, 20).Draw(t, "len")})
		_ = k
	}
	return segs
}

// The central invariant for per-entry moduli: for random moduli, inputs,
// parameters and dropout patterns (some at the verification step), either
// the masks cancel exactly, Sum is the sum of the survivors' inputs modulo
// each entry's modulus and every client that answered the unmask request
// recomputes that same sum from the opening; or fewer than T clients are
// left at some step and the run fails with ErrTooFewSurvivors.
func TestSegmentMasksCancelUnderRandomDropouts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(2, 7).Draw(t, "n")
		c := rapid.IntRange(0, n-2).Draw(t, "colluders")
		p := Params{N: n, T: Threshold(n, c), Segments: drawSegments(t)}
		for _, s := range p.Segments {
			p.VectorLen += s.Len
		}
		maxDrops := n - p.T
		if rapid.IntRange(0, 3).Draw(t, "tooMany") == 0 {
			maxDrops = n
		}
		drop := Dropouts{}
		order := rapid.Permutation(indexesUpTo(n)).Draw(t, "order")
		for _, i := range order[:rapid.IntRange(0, maxDrops).Draw(t, "drops")] {
			drop[i] = Step(rapid.IntRange(1, 6).Draw(t, "dropAt"))
		}
		r := testRand(rapid.Uint64().Draw(t, "seed"))
		inputs := randomVectors(r, p)
		res, err := RunInProcess(p, testSession(7), inputs, drop, InProcessOptions{Rand: r, Verify: true})
		reaching := func(st Step) int {
			k := 0
			for i := range n {
				if d, ok := drop[i]; !ok || d > st {
					k++
				}
			}
			return k
		}
		for st := StepAdvertiseKeys; st <= StepUnmasking; st++ {
			if reaching(st) < p.T {
				if !errors.Is(err, ErrTooFewSurvivors) {
					t.Fatalf("too few survivors for T=%d with dropouts %v: got error %v", p.T, drop, err)
				}
				return
			}
		}
		if err != nil {
			t.Fatalf("T=%d dropouts %v: %v", p.T, drop, err)
		}
		var want, verifiers []int
		for i := range n {
			d, ok := drop[i]
			if !ok || d > StepMaskedInputCollection {
				want = append(want, i)
			}
			if !ok || d > StepOpening {
				verifiers = append(verifiers, i)
			}
		}
		if !slices.Equal(res.Survivors, want) {
			t.Fatalf("survivors %v, want %v", res.Survivors, want)
		}
		if exp := plainVectorSum(p, inputs, want); !slices.Equal(res.Sum, exp) {
			t.Fatalf("sum %v, want %v", res.Sum, exp)
		}
		if !slices.Equal(res.Verified, verifiers) {
			t.Fatalf("clients %v recomputed the sum, want %v", res.Verified, verifiers)
		}
	})
}

// addMod and subMod against math/big, at the edges of their range.
func TestModularArithmetic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		q := rapid.OneOf(rapid.Uint64Range(2, 1<<63-1), rapid.Just(uint64(1<<63-1)), rapid.Just(uint64(2))).Draw(t, "q")
		edge := rapid.OneOf(rapid.Uint64Range(0, q-1), rapid.Just(q-1), rapid.Just(uint64(0)))
		a, b := edge.Draw(t, "a"), edge.Draw(t, "b")
		bq, ba, bb := new(big.Int).SetUint64(q), new(big.Int).SetUint64(a), new(big.Int).SetUint64(b)
		if got, want := addMod(a, b, q), new(big.Int).Mod(new(big.Int).Add(ba, bb), bq).Uint64(); got != want {
			t.Fatalf("addMod(%d, %d, %d) = %d, want %d", a, b, q, got, want)
		}
		if got, want := subMod(a, b, q), new(big.Int).Mod(new(big.Int).Sub(ba, bb), bq).Uint64(); got != want {
			t.Fatalf("subMod(%d, %d, %d) = %d, want %d", a, b, q, got, want)
		}
	})
}

// Known answers from OpenSSL's AES-256-CTR and the rejection rule written
// again in Python (testdata/gen_mod_kat.py); subtracting the same mask
// gives the negation.
func TestModMaskKnownAnswers(t *testing.T) {
	raw, err := os.ReadFile("testdata/mod_kat.json")
	if err != nil {
		t.Fatal(err)
	}
	var kat struct {
		Key      string    `json:"key"`
		Segments []Segment `json:"segments"`
		Entries  [][]uint64
	}
	if err := json.Unmarshal(raw, &kat); err != nil {
		t.Fatal(err)
	}
	var key [32]byte
	copy(key[:], unhex(t, kat.Key))
	var want []uint64
	for _, e := range kat.Entries {
		want = append(want, e...)
	}
	for _, negate := range []bool{false, true} {
		acc := make([]uint64, len(want))
		applyMasksMod(acc, []maskTerm{{key: key, negate: negate}}, kat.Segments)
		off := 0
		for _, s := range kat.Segments {
			for j := off; j < off+s.Len; j++ {
				w := want[j]
				if negate {
					w = (s.Modulus - w) % s.Modulus
				}
				if acc[j] != w {
					t.Errorf("negate=%v entry %d = %d, want %d", negate, j, acc[j], w)
				}
			}
			off += s.Len
		}
	}
}

// Masks modulo a small q are uniform (no reduction bias): χ² over q = 7
// with 70,000 draws, and modulo a 60-bit prime, uniform over 16 buckets.
func TestModMasksAreUniform(t *testing.T) {
	for _, q := range []uint64{7, hePrimes[0]} {
		const n = 70000
		acc := make([]uint64, n)
		applyMasksMod(acc, []maskTerm{{key: [32]byte{9, 9}}}, []Segment{{Modulus: q, Len: n}})
		buckets := make([]float64, min(q, 16))
		for _, v := range acc {
			buckets[int(float64(v)/float64(q)*float64(len(buckets)))]++
		}
		chi2, want := 0.0, float64(n)/float64(len(buckets))
		for _, o := range buckets {
			chi2 += (o - want) * (o - want) / want
		}
		if chi2 > 45 { // at most 15 degrees of freedom: P(χ² > 45) < 1e-4 under uniformity
			t.Errorf("q = %d: χ² = %.1f over %d buckets", q, chi2, len(buckets))
		}
	}
}

func TestSegmentPackingRoundTripAndCanonical(t *testing.T) {
	segs := []Segment{{Modulus: hePrimes[0], Len: 5}, {Modulus: 5, Len: 3}, {Modulus: 1<<63 - 1, Len: 2}}
	p := Params{N: 2, T: 2, Segments: segs, VectorLen: 10}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	v := randomVectors(testRand(4), Params{N: 1, Segments: segs, VectorLen: 10})[0]
	buf := make([]byte, p.packedLen())
	p.pack(buf, v)
	if want := 38 + 2 + 16; len(buf) != want {
		t.Fatalf("packed %d bytes, want %d (each segment byte-aligned)", len(buf), want)
	}
	got := make([]uint64, 10)
	if err := p.unpack(got, buf); err != nil || !slices.Equal(got, v) {
		t.Fatalf("round trip: %v, %v != %v", err, got, v)
	}
	bad := slices.Clone(v)
	bad[6] = 5 // not below the second segment's modulus
	p.pack(buf, bad)
	if err := p.unpack(got, buf); err == nil {
		t.Fatal("an entry equal to its modulus was accepted")
	}
	p.pack(buf, v)
	buf[39] |= 0x80 // a padding bit of the second segment
	if err := p.unpack(got, buf); err == nil {
		t.Fatal("a set padding bit was accepted")
	}
	sum := slices.Clone(v)
	p.add(sum, v)
	if want := plainVectorSum(Params{N: 2, Segments: segs, VectorLen: 10}, [][]uint64{v, v}, []int{0, 1}); !slices.Equal(sum, want) {
		t.Fatalf("add: %v, want %v", sum, want)
	}
}

func TestSegmentParamsValidate(t *testing.T) {
	good := segmentParams(4, 3, 5)
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(*Params)
	}{
		{"ring bits and segments", func(p *Params) { p.ModBits = 16 }},
		{"no segment", func(p *Params) { p.Segments = []Segment{} }},
		{"modulus 1", func(p *Params) { p.Segments = []Segment{{Modulus: 1, Len: 15}} }},
		{"modulus 2^63", func(p *Params) { p.Segments = []Segment{{Modulus: 1 << 63, Len: 15}} }},
		{"empty segment", func(p *Params) { p.Segments = append(slices.Clone(p.Segments), Segment{Modulus: 3}) }},
		{"lengths do not add up", func(p *Params) { p.VectorLen = 16 }},
		{"huge segment", func(p *Params) { p.Segments = []Segment{{Modulus: 3, Len: math.MaxInt}} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := good
			tc.edit(&p)
			if err := p.Validate(); !errors.Is(err, ErrParams) {
				t.Fatalf("Validate = %v, want ErrParams", err)
			}
		})
	}
	if _, err := NewClient(good, testSession(1), 0, nil, nil, nil); err == nil {
		t.Fatal("NewClient without keys succeeded")
	}
	h := newHarness(t, good, 3)
	h.inputs[0][2] = hePrimes[0]
	h.throughShareKeys()
	d, err := h.server.SharesFor(0)
	h.must(err)
	if _, err := h.clients[0].MaskInput(d, h.inputs[0]); !errors.Is(err, ErrInput) {
		t.Fatalf("an input entry equal to its modulus: %v, want ErrInput", err)
	}
}
