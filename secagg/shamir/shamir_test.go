package shamir

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"math/rand/v2"
	"os"
	"testing"

	"pgregory.net/rapid"
)

func seeded(seed uint64) *rand.ChaCha8 {
	var s [32]byte
	s[0] = byte(seed)
	s[1] = byte(seed >> 8)
	s[2] = byte(seed >> 16)
	s[3] = byte(seed >> 24)
	return rand.NewChaCha8(s)
}

func TestSplitKnownAnswer(t *testing.T) {
	raw, err := os.ReadFile("testdata/split_kat.json")
	if err != nil {
		t.Fatal(err)
	}
	var kat struct {
		Threshold  int      `json:"threshold"`
		Secret     string   `json:"secret"`
		Randomness string   `json:"randomness"`
		Xs         []uint32 `json:"xs"`
		Shares     []string `json:"shares"`
	}
	if err := json.Unmarshal(raw, &kat); err != nil {
		t.Fatal(err)
	}
	var secret [Size]byte
	copy(secret[:], mustHex(t, kat.Secret))
	shares, err := Split(secret, kat.Threshold, kat.Xs, bytes.NewReader(mustHex(t, kat.Randomness)))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range kat.Shares {
		if got := hex.EncodeToString(shares[i][:]); got != want {
			t.Errorf("share at x=%d = %s, want %s", kat.Xs[i], got, want)
		}
	}
	got, err := Combine(kat.Xs[2:], shares[2:])
	if err != nil || got != secret {
		t.Fatalf("Combine(last 3 shares) = %x, %v; want %x", got, err, secret)
	}
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func distinctXs(t *rapid.T, n int) []uint32 {
	return rapid.SliceOfNDistinct(rapid.Uint32Range(1, 1<<20), n, n, rapid.ID[uint32]).Draw(t, "xs")
}

// Any t of the n shares recover the secret; fewer do not (except with
// negligible probability).
func TestAnyThresholdSubsetRecovers(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 12).Draw(t, "n")
		th := rapid.IntRange(1, n).Draw(t, "t")
		xs := distinctXs(t, n)
		r := seeded(rapid.Uint64().Draw(t, "seed"))
		secret, err := RandomSecret(r)
		if err != nil {
			t.Fatal(err)
		}
		shares, err := Split(secret, th, xs, r)
		if err != nil {
			t.Fatal(err)
		}
		pick := rapid.Permutation(indexes(n)).Draw(t, "order")
		subXs, subYs := make([]uint32, th), make([][Size]byte, th)
		for i := range th {
			subXs[i], subYs[i] = xs[pick[i]], shares[pick[i]]
		}
		if got, err := Combine(subXs, subYs); err != nil || got != secret {
			t.Fatalf("Combine of %d shares = %x, %v; want %x", th, got, err, secret)
		}
		if th > 1 {
			if got, _ := Combine(subXs[:th-1], subYs[:th-1]); got == secret {
				t.Fatalf("t-1 = %d shares recovered the secret", th-1)
			}
		}
	})
}

func indexes(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// Perfect secrecy, checked constructively: for the t-1 shares that Split
// produced for the real secret and ANY candidate secret, there is randomness
// under which Split(candidate) hands out exactly the same t-1 shares. So the
// shares say nothing about which candidate was shared. (A scheme with degree
// below t-1, or coefficients derived from the secret, fails this.)
func TestThresholdMinusOneSharesFitEveryCandidate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		th := rapid.IntRange(2, 8).Draw(t, "t")
		xs := distinctXs(t, th)
		r := seeded(rapid.Uint64().Draw(t, "seed"))
		secret, _ := RandomSecret(r)
		all, err := Split(secret, th, xs, r)
		if err != nil {
			t.Fatal(err)
		}
		xs, shares := xs[:th-1], all[:th-1] // what a coalition below threshold holds
		candidate, _ := RandomSecret(r)
		coeffs := polynomialThrough(t, candidate, xs, shares)
		var stream []byte
		for _, c := range coeffs[1:] {
			b := c.bytes()
			stream = append(stream, b[:]...)
		}
		again, err := Split(candidate, th, append(xs, 0xffffffff), bytes.NewReader(stream))
		if err != nil {
			t.Fatal(err)
		}
		for i := range xs {
			if again[i] != shares[i] {
				t.Fatalf("candidate %x does not explain share at x=%d", candidate, xs[i])
			}
		}
	})
}

// polynomialThrough returns the coefficients of the unique polynomial of
// degree < len(xs)+1 through (0, secret) and (xs[i], ys[i]), by solving the
// Vandermonde system with Gaussian elimination.
func polynomialThrough(t *rapid.T, secret [Size]byte, xs []uint32, ys [][Size]byte) []element {
	m := len(xs) + 1
	rows := make([][]element, m)
	rhs := make([]element, m)
	rows[0] = make([]element, m)
	rows[0][0].setUint64(1)
	if err := rhs[0].setBytes(&secret); err != nil {
		t.Fatal(err)
	}
	for i, x := range xs {
		row := make([]element, m)
		var ex, pow element
		ex.setUint64(uint64(x))
		pow.setUint64(1)
		for j := range row {
			row[j] = pow
			pow.mul(&pow, &ex)
		}
		rows[i+1] = row
		if err := rhs[i+1].setBytes(&ys[i]); err != nil {
			t.Fatal(err)
		}
	}
	return solve(rows, rhs)
}

func solve(rows [][]element, rhs []element) []element {
	m := len(rows)
	var zero element
	for col := range m {
		pivot := col
		for rows[pivot][col].equal(&zero) {
			pivot++
		}
		rows[col], rows[pivot] = rows[pivot], rows[col]
		rhs[col], rhs[pivot] = rhs[pivot], rhs[col]
		var inv element
		inv.invert(&rows[col][col])
		for j := range m {
			rows[col][j].mul(&rows[col][j], &inv)
		}
		rhs[col].mul(&rhs[col], &inv)
		for r := range m {
			if r == col || rows[r][col].equal(&zero) {
				continue
			}
			f := rows[r][col]
			for j := range m {
				var p element
				rows[r][j].sub(&rows[r][j], p.mul(&f, &rows[col][j]))
			}
			var p element
			rhs[r].sub(&rhs[r], p.mul(&f, &rhs[col]))
		}
	}
	return rhs
}

func TestSplitAndCombineRefuseBadInput(t *testing.T) {
	var secret [Size]byte
	tests := []struct {
		name string
		run  func() error
	}{
		{"threshold above holders", func() error { _, err := Split(secret, 3, []uint32{1, 2}, seeded(1)); return err }},
		{"zero threshold", func() error { _, err := Split(secret, 0, []uint32{1, 2}, seeded(1)); return err }},
		{"x zero", func() error { _, err := Split(secret, 1, []uint32{0, 2}, seeded(1)); return err }},
		{"x repeated", func() error { _, err := Split(secret, 1, []uint32{2, 2}, seeded(1)); return err }},
		{"secret not canonical", func() error {
			bad := secret
			bad[31] = 0x80
			_, err := Split(bad, 1, []uint32{1}, seeded(1))
			return err
		}},
		{"share count mismatch", func() error { _, err := Combine([]uint32{1, 2}, make([][Size]byte, 1)); return err }},
		{"share not canonical", func() error {
			bad := [Size]byte{31: 0xff}
			_, err := Combine([]uint32{1}, [][Size]byte{bad})
			return err
		}},
		{"no holders", func() error { _, err := Combine(nil, nil); return err }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.run(); err == nil {
				t.Fatal("want an error, got nil")
			}
		})
	}
}
