package he

import (
	"bytes"
	"encoding/hex"
	"math"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/spec"
)

// The attacks of issue 9 against the real engine, by a coalition of the
// aggregator, the buyer and one owner (c = 1): the coalition sees every
// message the aggregator sends or receives, holds the buyer's secret key
// and chooses the colluding owner's input. Each test shows that whatever
// the coalition computes from its view matches no honest owner's input
// better than the job's output alone does; what it does learn is the sum
// of the honest inputs, noise included: the DP output.

const colluder = 0

// view is the coalition's transcript: every message an owner sent, by
// owner and step, as the aggregator received it.
type view struct {
	mu   sync.Mutex
	sent map[int]map[string][]byte
}

func (v *view) record(fromAgg bool, owner int, step string, b []byte) []byte {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !fromAgg {
		if v.sent[owner] == nil {
			v.sent[owner] = map[string][]byte{}
		}
		v.sent[owner][step] = bytes.Clone(b)
	}
	return b
}

// attackRun is one job of 4 owners (c = 1, d = 0) with the colluder's input
// replaced by evil (nil: honest), and what the test needs to judge it.
type attackRun struct {
	m       *market
	job     *engine.Job
	run     *jobRun
	o       *outcome
	view    *view
	truth   map[int][]uint64 // each owner's real ciphertexts, as residues (what only it knows)
	input   map[int][]uint64 // what each owner actually put in (the colluder's evil one)
	payload resultPayload
}

func runAttack(t *testing.T, m *market, evil func(honest []uint64) []uint64) *attackRun {
	t.Helper()
	return runAttackWith(t, m, evil, nil)
}

// runAttackWith lets the test edit the job's spec before it runs (the
// buyer's key reference).
func runAttackWith(t *testing.T, m *market, evil func(honest []uint64) []uint64, edit func(*spec.Spec)) *attackRun {
	t.Helper()
	a := &attackRun{m: m, view: &view{sent: map[int]map[string][]byte{}}, truth: map[int][]uint64{}, input: map[int][]uint64{}}
	var mu sync.Mutex
	m.eng.tamper = func(self int, residues []uint64) []uint64 {
		mu.Lock()
		defer mu.Unlock()
		a.truth[self], a.input[self] = residues, residues
		if self == colluder && evil != nil {
			a.input[self] = evil(residues)
		}
		return a.input[self]
	}
	defer func() { m.eng.tamper = nil }()
	a.job = m.job(statsTask, spec.Privacy{Epsilon: 4, Delta: 1e-6}, 0, 1, 2, 3)
	if edit != nil {
		edit(a.job.Spec)
	}
	net := enginetest.NewMemNet()
	net.Tamper = tamper(a.view.record)
	a.o = m.run(a.job, all(4), net)
	checkSame(t, a.o)
	var err error
	if a.run, err = newJobRun(a.job, *m.eng.params); err != nil {
		t.Fatal(err)
	}
	if a.payload, err = decodeResultPayload(a.o.result.Payload); err != nil {
		t.Fatal(err)
	}
	return a
}

// buyerKey is the coalition's decryption key: the buyer's own.
func (a *attackRun) buyerKey(t *testing.T) *mhe.BuyerSecretKey {
	t.Helper()
	k, err := loadBuyerKeys(a.m.buyer, *a.m.eng.params)
	if err != nil || k == nil {
		t.Fatal(err)
	}
	return k.sk
}

// decrypt treats residues as ciphertexts and decrypts them with sk: the
// plan's slots, in normalised units.
func (a *attackRun) decrypt(t *testing.T, sk *mhe.BuyerSecretKey, residues []uint64) []float64 {
	t.Helper()
	out, err := a.run.params.OutputFromResidues(residues, a.run.ciphertexts())
	if err != nil {
		t.Fatal(err)
	}
	v, err := sk.Decrypt(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return v[:a.run.plan.Len()]
}

// masked is what the aggregator received from owner i: its masked input.
func (a *attackRun) masked(t *testing.T, i int) []uint64 {
	t.Helper()
	sa := a.run.secaggParams(all(4), a.run.threshold(4))
	v, err := sa.MaskedVector(a.view.sent[i][stepMasked])
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (a *attackRun) outputResidues(t *testing.T) []uint64 {
	t.Helper()
	v, err := a.run.params.OutputResidues(a.payload.output)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// judge checks, for every honest owner h, that (1) no message the
// coalition saw carries h's ciphertexts, (2) decrypting what h sent with
// the coalition's key gives values off from h's input by more than 10^6 in
// every figure (uniform over ±2^59: no information), while the estimate
// from the output alone (the honest sum / 3) is within what the data allow,
// and (3) the output minus the colluder's own term is exactly the sum of
// the honest inputs (noise included): what DP lets the buyer have.
func (a *attackRun) judge(t *testing.T, sk *mhe.BuyerSecretKey) {
	t.Helper()
	honest := []int{1, 2, 3}
	sum := make([]float64, a.run.plan.Len())
	truth := map[int][]float64{}
	for _, h := range honest {
		truth[h] = a.decrypt(t, sk, a.truth[h]) // sk is the key the owners encrypted to
		for i, x := range truth[h] {
			sum[i] += x
		}
	}
	baseline := 0.0
	for _, h := range honest {
		y := a.masked(t, h)
		if same := equalEntries(y, a.truth[h]); same > 2 {
			t.Errorf("owner %d's masked input shares %d residues with its ciphertexts", h, same)
		}
		guess := a.decrypt(t, sk, y)
		for i := range guess {
			if d := math.Abs(guess[i] - truth[h][i]); d < 1e6 {
				t.Errorf("owner %d, figure %d: the coalition's decryption is within %.3g of the honest input", h, i, d)
			}
			baseline = max(baseline, math.Abs(sum[i]/3-truth[h][i]))
		}
	}
	if baseline >= 1e6 {
		t.Errorf("the output alone is off by %.3g: the comparison says nothing", baseline)
	}
	// The colluder knows what it put in: it takes it out of the output
	// (residue by residue, exactly) and decrypts the rest.
	rest := a.decrypt(t, sk, a.sub(a.outputResidues(t), a.input[colluder]))
	for i := range rest {
		if d := rest[i] - sum[i]; math.Abs(d) > 1e-6*max(1, math.Abs(sum[i])) {
			t.Errorf("figure %d: output less the colluder's term is %.6g, the honest sum %.6g", i, rest[i], sum[i])
		}
	}
}

// sub returns x - y residue by residue, modulo each entry's prime.
func (a *attackRun) sub(x, y []uint64) []uint64 {
	out := make([]uint64, len(x))
	off := 0
	for _, s := range a.run.params.Segments(a.run.ciphertexts()) {
		for j := off; j < off+s.Len; j++ {
			out[j] = (x[j] + s.Modulus - y[j]) % s.Modulus
		}
		off += s.Len
	}
	return out
}

func equalEntries(a, b []uint64) int {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return n
}

// primes are the primes of Q, in the order of a polynomial's residues.
func primes(p mhe.Params) []uint64 {
	var out []uint64
	for _, s := range p.Segments(1)[:len(p.Segments(1))/2] {
		out = append(out, s.Modulus)
	}
	return out
}

// constantPoly is the residues of c·(1, 1, …) in every prime: a constant
// polynomial in NTT form.
func constantPoly(p mhe.Params, c *big.Int, dst []uint64) {
	for j, q := range primes(p) {
		r := new(big.Int).Mod(c, new(big.Int).SetUint64(q)).Uint64()
		for i := range p.Slots() {
			dst[j*p.Slots()+i] = r
		}
	}
}

// The key-recovery attack of issue 9: the colluder submits a well-formed
// but malformed input, (c0, c1) = (0, 2^170) or (0, r) with r uniform and
// known to it. Against the old design the buyer read the collective secret
// off m + 2^170·s and decrypted every honest input from the bundle every
// owner received. Here no individual ciphertext ever leaves its owner
// unmasked and owners hold no decryption key: the "key" the attack yields
// is the buyer's own, and it opens nothing but the sum.
func TestAttackMalformedInputRevealsNothing(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 4, 60)
	p := *m.eng.params
	n := p.Slots() * len(primes(p))
	for _, tc := range []struct {
		name string
		c1   func(dst []uint64)
	}{
		{"constant c1 = 2^170", func(dst []uint64) { constantPoly(p, new(big.Int).Lsh(big.NewInt(1), 170), dst) }},
		{"uniform c1 known to the attacker", func(dst []uint64) {
			rng := rand.New(rand.NewPCG(7, 7))
			for j, q := range primes(p) {
				for i := range p.Slots() {
					dst[j*p.Slots()+i] = rng.Uint64N(q)
				}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := runAttack(t, m, func(honest []uint64) []uint64 {
				evil := make([]uint64, len(honest)) // c0 = 0
				tc.c1(evil[n : 2*n])
				return evil
			})
			a.judge(t, a.buyerKey(t))
		})
	}
}

// mulResidues returns k·x residue by residue, modulo each entry's prime.
func (a *attackRun) mul(k uint64, x []uint64) []uint64 {
	out := make([]uint64, len(x))
	off := 0
	for _, s := range a.run.params.Segments(a.run.ciphertexts()) {
		for j := off; j < off+s.Len; j++ {
			hi, lo := bits.Mul64(k, x[j])
			out[j] = bits.Rem64(hi, lo, s.Modulus)
		}
		off += s.Len
	}
	return out
}

// The cross-job replay of issue 9: in job B the colluder submits k·ct
// built from what the coalition saw of honest owner H in an earlier job A
// (its masked input, or the whole of job A's output), and the buyer
// divides by k. Under the old cached key this gave H's job-A input with
// only its own noise share. Here every job's aggregation has fresh masks
// and the coalition never saw ct_H: k·(masked input) divided by k is noise,
// and k·(job A's output) gives back job A's output, nothing more. The test
// even hands the attacker the honest owners' job-B inputs for free.
func TestAttackCrossJobReplayGainsNothing(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 4, 61)
	const h, k = 1, 3
	jobA := runAttack(t, m, nil)
	skA := jobA.buyerKey(t)
	truthA := jobA.decrypt(t, skA, jobA.truth[h])
	outA := jobA.decrypt(t, skA, jobA.outputResidues(t))
	for _, tc := range []struct {
		name   string
		replay []uint64
		// same: what the recovered vector must equal (nil: nothing known)
		same []float64
	}{
		{"k times H's masked input from job A", jobA.masked(t, h), nil},
		{"k times job A's output", jobA.outputResidues(t), outA},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := runAttack(t, m, func([]uint64) []uint64 { return jobA.mul(k, tc.replay) })
			sk := b.buyerKey(t)
			rest := b.outputResidues(t)
			for _, o := range []int{1, 2, 3} {
				rest = b.sub(rest, b.truth[o])
			}
			got := b.decrypt(t, sk, rest) // k·(replayed), decrypted
			for i := range got {
				recovered := got[i] / k
				switch {
				case tc.same != nil && math.Abs(recovered-tc.same[i]) > 1e-6*max(1, math.Abs(tc.same[i])):
					t.Errorf("figure %d: recovered %.6g, job A's output %.6g", i, recovered, tc.same[i])
				case tc.same == nil && math.Abs(recovered-truthA[i]) < 1e6:
					t.Errorf("figure %d: the replay recovered H's job-A input within %.3g", i, math.Abs(recovered-truthA[i]))
				}
			}
		})
	}
}

// A malicious buyer key cannot help either: with a public key whose secret
// is zero, a ciphertext's c0 carries its plaintext in the clear, so anyone
// who saw an owner's ciphertext could read it. The coalition sees only
// masked inputs and the sum: with the zero key they decrypt to noise and
// to the honest sum respectively.
func TestAttackZeroSecretBuyerKey(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 4, 62)
	p := *m.eng.params
	zero := zeroSecretKey(t, p)
	evil := zero.PublicKey()
	b, _ := evil.MarshalBinary()
	m.blobs[evil.Digest()] = b
	d := evil.Digest()
	a := runAttackWith(t, m, nil, func(s *spec.Spec) {
		k, _ := s.Buyer.Key(Name)
		k.SHA256 = hex.EncodeToString(d[:])
		s.Buyer.SetKey(Name, k)
	})
	a.judge(t, zero)
}

// zeroSecretKey is a buyer secret key whose secret is 0: a key's encoding
// (header, then the coefficients) with every coefficient cleared.
func zeroSecretKey(t *testing.T, p mhe.Params) *mhe.BuyerSecretKey {
	t.Helper()
	sk, _, err := mhe.GenBuyerKeys(p, seeded(9))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sk.MarshalBinary()
	const header = 4 + 1 + 32 + 4 // magic, kind, parameter set, count: mhe's codec
	clear(b[header:])
	zero, err := mhe.ParseBuyerSecretKey(p, b)
	if err != nil {
		t.Fatal(err)
	}
	return zero
}
