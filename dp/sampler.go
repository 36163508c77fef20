package dp

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"
)

// Sampler draws noise from a randomness source. It is not safe for concurrent
// use. A Sampler whose source fails stops producing noise: every later draw
// returns 0 and Err reports the failure, so callers must check Err (or use the
// Vector methods, which return it) before releasing anything.
type Sampler struct {
	r     io.Reader
	buf   [256]byte
	pos   int    // next unread byte of buf
	bits  uint64 // bit reservoir for bit()
	nbits uint
	err   error

	dgSigma float64  // sigma of the cached discrete Gaussian constants
	dg      dgParams // constants for dgSigma (zero value: none cached)
}

// NewSampler returns a Sampler reading from r, or from crypto/rand when r is
// nil. Injecting r is meant for deterministic tests; production noise must
// come from crypto/rand.
func NewSampler(r io.Reader) *Sampler {
	if r == nil {
		r = rand.Reader
	}
	s := &Sampler{r: r}
	s.pos = len(s.buf)
	return s
}

// Err returns the first failure of the randomness source or the first invalid
// parameter passed to a draw, or nil. Once set it stays set.
func (s *Sampler) Err() error { return s.err }

func (s *Sampler) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

func (s *Sampler) fill() bool {
	if s.err != nil {
		return false
	}
	if _, err := io.ReadFull(s.r, s.buf[:]); err != nil {
		s.fail(fmt.Errorf("dp: reading randomness: %w", err))
		return false
	}
	s.pos = 0
	return true
}

// uint64 returns 64 uniform bits, or 0 after a source failure.
func (s *Sampler) uint64() uint64 {
	if s.pos+8 > len(s.buf) && !s.fill() {
		return 0
	}
	v := binary.LittleEndian.Uint64(s.buf[s.pos:])
	s.pos += 8
	return v
}

// bit returns one uniform bit, or 0 after a source failure.
func (s *Sampler) bit() uint64 {
	if s.nbits == 0 {
		s.bits, s.nbits = s.uint64(), 64
	}
	b := s.bits & 1
	s.bits >>= 1
	s.nbits--
	return b
}

// Float64 returns a uniform value in [0, 1) with 53 random bits.
func (s *Sampler) Float64() float64 {
	return float64(s.uint64()>>11) / (1 << 53)
}

// uniform returns a uniform integer in [0, n) for n >= 1, by rejection so that
// no value is favoured.
func (s *Sampler) uniform(n uint64) uint64 {
	if n <= 1 {
		return 0
	}
	mask := uint64(math.MaxUint64) >> (64 - bits.Len64(n-1))
	for s.err == nil {
		if v := s.uint64() & mask; v < n {
			return v
		}
	}
	return 0
}

// Gaussian returns a draw from N(0, sigma^2) by the Box–Muller transform on
// 53-bit uniforms. It is a floating-point approximation: use DiscreteGaussian
// on a fixed-point grid where the released value must be exactly distributed
// (see docs/dp.md, "continuous Gaussian"). An invalid sigma (negative, NaN,
// infinite) sets Err and returns 0.
func (s *Sampler) Gaussian(sigma float64) float64 {
	if err := checkNonNegative("sigma", sigma); err != nil {
		s.fail(err)
		return 0
	}
	if sigma == 0 || s.err != nil {
		return 0
	}
	u1 := 1 - s.Float64() // (0, 1]: log is finite
	u2 := s.Float64()
	return sigma * math.Sqrt(-2*math.Log(u1)) * math.Cos(2*math.Pi*u2)
}

// GaussianVector returns n independent draws from N(0, sigma^2), or the
// sampler's error.
func (s *Sampler) GaussianVector(sigma float64, n int) ([]float64, error) {
	if err := checkNonNegative("sigma", sigma); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, errParam("vector length must be >= 0, got %d", n)
	}
	out := make([]float64, n)
	for i := range out {
		out[i] = s.Gaussian(sigma)
	}
	if s.err != nil {
		return nil, s.err
	}
	return out, nil
}
