package psi

import (
	"fmt"
	"strings"

	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"github.com/cloudflare/circl/group"
	"os"
	"testing"

	"github.com/cloudflare/circl/oprf"
)

// plaintextJoin is the baseline: the size of the intersection of the
// distinct non-empty identifiers.
func plaintextJoin(cols [][][]byte) int64 {
	count := map[string]int{}
	for i, col := range cols {
		for _, id := range col {
			if len(id) > 0 && count[string(id)] == i {
				count[string(id)] = i + 1
			}
		}
	}
	var n int64
	for _, c := range count {
		if c == len(cols) {
			n++
		}
	}
	return n
}

// The counter's exact count is the plaintext join plus the mixer's
// dummies, with duplicates, missing identifiers and unequal row counts;
// three datasets intersect as sets.
func TestIntersectionMatchesPlaintextJoin(t *testing.T) {
	a := append(idsFor("p", 0, 300), []byte("p5"), []byte("p7"), nil, []byte(""))
	b := append(idsFor("p", 200, 450), idsFor("q", 0, 40)...)
	c := idsFor("p", 250, 260)
	for _, tc := range []struct {
		name string
		cols [][][]byte
		rows []int
	}{
		{"two", [][][]byte{a, b}, []int{len(a) + 10, len(b)}},
		{"three", [][][]byte{a, b, c}, []int{len(a), len(b), 20}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runPSI(t, tc.cols, tc.rows, 1)
			want := plaintextJoin(tc.cols)
			if r.c != want+r.d {
				t.Fatalf("counter counted %d, want join %d + dummies %d", r.c, want, r.d)
			}
			if est := r.rel.Estimate(r.release); abs(est-want) > int64(8*r.rel.NoiseStd()) {
				t.Fatalf("estimate %d, join %d: more than 8 noise std (%.1f) apart", est, want, r.rel.NoiseStd())
			}
		})
	}
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// RFC 9497 A.1.1 through the split key: k = k1 + k2 with k1 random.
func TestRFC9497VectorsThroughSplitKey(t *testing.T) {
	raw, err := os.ReadFile("testdata/rfc9497-a.1.1-ristretto255-oprf.json")
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		SkSm    string `json:"skSm"`
		Vectors []struct {
			Blind, BlindedElement, EvaluationElement, Input, Output string
		} `json:"vectors"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	k := g.NewScalar()
	if err := k.UnmarshalBinary(mustHex(t, v.SkSm)); err != nil {
		t.Fatal(err)
	}
	counter, _ := NewKeyShare(Counter, nil)
	mixer := &KeyShare{role: Mixer, k: g.NewScalar().Sub(k, counter.k)}
	mixer.Public = PublicKey{Role: Mixer, K: g.NewElement().MulGen(mixer.k)}
	for i, vec := range v.Vectors {
		blind := g.NewScalar()
		if err := blind.UnmarshalBinary(mustHex(t, vec.Blind)); err != nil {
			t.Fatal(err)
		}
		q, req, err := blindWith([][]byte{mustHex(t, vec.Input)}, []oprf.Blind{blind})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(req[8:], mustHex(t, vec.BlindedElement)) {
			t.Fatalf("vector %d: blinded element differs", i)
		}
		ec, _ := counter.Evaluate(req, 1, nil)
		em, _ := mixer.Evaluate(req, 1, nil)
		sum, _, _ := parseEvaluation(ec, 1)
		other, _, _ := parseEvaluation(em, 1)
		if !bytes.Equal(encodeElement(nil, g.NewElement().Add(sum[0], other[0])), mustHex(t, vec.EvaluationElement)) {
			t.Fatalf("vector %d: evaluated element differs", i)
		}
		out, err := q.Finalize(counter.Public, mixer.Public, ec, em)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out[0], mustHex(t, vec.Output)) {
			t.Fatalf("vector %d: output differs", i)
		}
	}
}

func mustHex(t *testing.T, s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A node that evaluates even one element with another key is caught by
// its proof; so is one that answers another owner's request.
func TestEvaluationWithAnotherKeyFailsItsProof(t *testing.T) {
	counter, _ := NewKeyShare(Counter, nil)
	mixer, _ := NewKeyShare(Mixer, nil)
	inputs, _ := Inputs(idsFor("x", 0, 5), 5, nil)
	q, req, _ := Blind(inputs, nil)
	good, _ := counter.Evaluate(req, 5, nil)
	other, _ := NewKeyShare(Mixer, nil)
	bad, _ := other.Evaluate(req, 5, nil)
	forged := append([]byte(nil), bad...)
	copy(forged[8+32:], bad[8+32:8+64])
	_, otherReq, _ := Blind(inputs, nil)
	replayed, _ := mixer.Evaluate(otherReq, 5, nil)
	for name, msg := range map[string][]byte{"all with another key": bad, "one element": spliced(good, bad), "another owner's request": replayed} {
		if _, err := q.Finalize(counter.Public, mixer.Public, good, msg); !errors.Is(err, ErrProof) {
			t.Errorf("%s: Finalize = %v, want ErrProof", name, err)
		}
	}
}

// spliced is good with its second element taken from bad.
func spliced(good, bad []byte) []byte {
	out := append([]byte(nil), good...)
	copy(out[8+32:8+64], bad[8+32:8+64])
	return out
}

// An owner queries exactly its committed row count; a node refuses any
// other number of elements, before any evaluation.
func TestQueryBudgetIsTheRowCount(t *testing.T) {
	counter, _ := NewKeyShare(Counter, nil)
	inputs, _ := Inputs(idsFor("x", 0, 5), 6, nil)
	_, req, _ := Blind(inputs, nil)
	if _, err := counter.Evaluate(req, 5, nil); !errors.Is(err, ErrLimit) {
		t.Fatalf("6 queries against a budget of 5: %v, want ErrLimit", err)
	}
	if _, err := Inputs(idsFor("x", 0, 7), 6, nil); !errors.Is(err, ErrLimit) {
		t.Fatalf("7 identifiers for 6 rows: %v, want ErrLimit", err)
	}
}

// What a node receives holds no identifier and no function of one it can
// evaluate alone: not the identifier's bytes, its SHA-256, its hash to the
// group, that hash times the node's own key share, the OPRF under the
// node's own share, or the tag derived from it. The counter's decrypted
// tags are functions of the identifiers only under the joint key. Blinded
// requests differ between two runs on the same identifiers.
func TestNodeViewHoldsNoIdentifierNorAFunctionItCanEvaluate(t *testing.T) {
	ids := idsFor("patient-", 1000, 1040)
	r := runPSI(t, [][][]byte{ids, ids[:20]}, []int{40, 25}, 1)
	for role, k := range r.keys {
		view := bytes.Join(r.views[role], nil)
		for _, id := range ids {
			for name, f := range derivations(id, k) {
				if bytes.Contains(view, f) {
					t.Fatalf("%s's view contains %s of %q", Role(role), name, id)
				}
			}
		}
	}
	// Control: the same derivation under the joint key is what the counter
	// compares, so the search does find it there.
	joint := &KeyShare{k: g.NewScalar().Add(r.keys[Counter].k, r.keys[Mixer].k)}
	if !bytes.Contains(bytes.Join(r.views[Counter], nil), derivations(ids[0], joint)["the tag under k_i"]) {
		t.Fatal("control: the counter's view does not hold the joint-key tag; the search is blind")
	}
	again := runPSI(t, [][][]byte{ids, ids[:20]}, []int{40, 25}, 1)
	if bytes.Equal(r.views[Mixer][0], again.views[Mixer][0]) || bytes.Contains(bytes.Join(again.views[Counter], nil), r.views[Counter][0][8:40]) {
		t.Fatal("requests repeat between runs")
	}
}

// derivations are the functions of id a node with key share k could
// compute by itself.
func derivations(id []byte, k *KeyShare) map[string][]byte {
	in := append([]byte("id:"), id...)
	h := sha256.Sum256(id)
	p := g.HashToElement(in, []byte("HashToGroup-OPRFV1-\x00-ristretto255-SHA512"))
	own, _ := oprf.NewServer(suite, privateKey(k)).FullEvaluate(in)
	return map[string][]byte{
		"the bytes":             id,
		"the SHA-256":           h[:],
		"the hash to the group": encodeElement(nil, p),
		"k_i times the hash":    encodeElement(nil, g.NewElement().Mul(p, k.k)),
		"the OPRF under k_i":    own[:32],
		"the tag under k_i":     encodeElement(nil, g.HashToElement(own, tagDST)),
	}
}

func privateKey(k *KeyShare) *oprf.PrivateKey {
	b, _ := k.k.MarshalBinary()
	var sk oprf.PrivateKey
	if err := sk.UnmarshalBinary(suite, b); err != nil {
		panic(err)
	}
	return &sk
}

// A batch longer than one proof's chunk: every chunk is proven, and an
// element altered in the last chunk is caught there.
func TestProofsCoverEveryChunk(t *testing.T) {
	defer func(c int) { chunk = c }(chunk)
	chunk = 8
	n := 2*chunk + 3
	counter, _ := NewKeyShare(Counter, nil)
	blinded := make([]group.Element, n)
	for i := range blinded {
		blinded[i] = g.RandomElement(nil)
	}
	req := encodeElements(requestMagic, blinded)
	ev, err := counter.Evaluate(req, n, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := verifyEvaluation(counter.Public, blinded, ev); err != nil {
		t.Fatal(err)
	}
	bad := append([]byte(nil), ev...)
	copy(bad[8+(n-1)*ElementSize:], encodeElement(nil, g.RandomElement(nil)))
	if _, err := verifyEvaluation(counter.Public, blinded, bad); !errors.Is(err, ErrProof) || !strings.Contains(err.Error(), fmt.Sprintf("elements %d to %d", 2*chunk, n-1)) {
		t.Fatalf("altered last element: %v", err)
	}
}
