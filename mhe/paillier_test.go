package mhe

import (
	"crypto/rand"
	"io"
	"math/big"
	"testing"
)

// A minimal Paillier cryptosystem (Paillier, EUROCRYPT 1999) with g = n+1,
// used only as the baseline that CKKS ciphertext sizes and speeds are
// compared with. Not constant time; never use it for anything else.
type paillier struct {
	n, n2, lambda, mu *big.Int
}

func newPaillier(r io.Reader, bits int) (*paillier, error) {
	p, err := rand.Prime(r, bits/2)
	if err != nil {
		return nil, err
	}
	q, err := rand.Prime(r, bits/2)
	if err != nil {
		return nil, err
	}
	one := big.NewInt(1)
	n := new(big.Int).Mul(p, q)
	pm, qm := new(big.Int).Sub(p, one), new(big.Int).Sub(q, one)
	lambda := new(big.Int).Mul(pm, qm) // φ(n) works in place of lcm for g = n+1
	mu := new(big.Int).ModInverse(lambda, n)
	return &paillier{n: n, n2: new(big.Int).Mul(n, n), lambda: lambda, mu: mu}, nil
}

// encrypt returns (1 + m·n)·r^n mod n².
func (k *paillier) encrypt(r io.Reader, m *big.Int) (*big.Int, error) {
	rr, err := rand.Int(r, k.n)
	if err != nil {
		return nil, err
	}
	c := new(big.Int).Exp(rr, k.n, k.n2)
	gm := new(big.Int).Mul(m, k.n)
	gm.Add(gm, big.NewInt(1))
	return c.Mul(c, gm).Mod(c, k.n2), nil
}

func (k *paillier) add(a, b *big.Int) *big.Int { return new(big.Int).Mod(new(big.Int).Mul(a, b), k.n2) }

func (k *paillier) decrypt(c *big.Int) *big.Int {
	u := new(big.Int).Exp(c, k.lambda, k.n2)
	u.Sub(u, big.NewInt(1)).Div(u, k.n)
	return u.Mul(u, k.mu).Mod(u, k.n)
}

// ciphertextBytes is the fixed size of a ciphertext modulo n².
func (k *paillier) ciphertextBytes() int { return (k.n2.BitLen() + 7) / 8 }

func TestPaillierBaselineIsCorrect(t *testing.T) {
	k, err := newPaillier(rand.Reader, 512)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := k.encrypt(rand.Reader, big.NewInt(1234))
	b, _ := k.encrypt(rand.Reader, big.NewInt(5678))
	if got := k.decrypt(k.add(a, b)); got.Int64() != 6912 {
		t.Fatalf("Paillier: 1234 + 5678 decrypted to %v", got)
	}
}

// BenchmarkBytesPerValue compares, in the same run, what one encrypted
// value costs in bytes and time: CKKS with coefficient packing (N = 2^14
// values per ciphertext) against Paillier-2048, unpacked (one value per
// ciphertext) and packed (64-bit fixed-point slots, 30 per 2048-bit
// plaintext with 4 guard bits each for sums over up to 16 owners).
//
//	go test -run '^$' -bench BytesPerValue -benchtime 10x ./engine/he/
func BenchmarkBytesPerValue(b *testing.B) {
	tb := ownerBed(b)
	pt, vec := tb.parties[0], fullVector(tb.p)
	b.Run("ckks-n14", func(b *testing.B) {
		var s Signed
		for b.Loop() {
			s, _ = EncryptInput(tb.c, pt.key, []byte("bench"), pt.id, vec)
		}
		perValue := b.Elapsed().Seconds() / float64(b.N) / float64(len(vec))
		b.ReportMetric(float64(len(s.Payload))/float64(len(vec)), "bytes/value")
		b.ReportMetric(perValue*1e6, "µs/value")
	})
	k, err := newPaillier(rand.Reader, 2048)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("paillier-2048", func(b *testing.B) {
		m := big.NewInt(123456789)
		for b.Loop() {
			if _, err := k.encrypt(rand.Reader, m); err != nil {
				b.Fatal(err)
			}
		}
		perCT := b.Elapsed().Seconds() / float64(b.N)
		const packed = 30
		b.ReportMetric(float64(k.ciphertextBytes()), "bytes/value")
		b.ReportMetric(perCT*1e6, "µs/value")
		b.ReportMetric(float64(k.ciphertextBytes())/packed, "packed-bytes/value")
		b.ReportMetric(perCT*1e6/packed, "packed-µs/value")
	})
}
