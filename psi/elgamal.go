package psi

import (
	"io"

	"github.com/cloudflare/circl/group"
)

// ciphertext is ElGamal over ristretto255: (a·G, T + a·Q) for the counter's
// key Q. It is re-randomizable and anyone holding Q can make one, so the
// mixer's dummies look like the owners' ciphertexts.
type ciphertext struct{ u, v group.Element }

func encrypt(t, q group.Element, rnd io.Reader) ciphertext {
	return encryptWith(t, q, g.RandomNonZeroScalar(rnd))
}

func encryptWith(t, q group.Element, a group.Scalar) ciphertext {
	return ciphertext{u: g.NewElement().MulGen(a), v: g.NewElement().Add(t, g.NewElement().Mul(q, a))}
}

// decrypt returns the encoded plaintext element.
func (c ciphertext) decrypt(q group.Scalar) []byte {
	qu := g.NewElement().Mul(c.u, q)
	t := g.NewElement().Add(c.v, qu.Neg(qu))
	return encodeElement(nil, t)
}
