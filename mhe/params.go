package mhe

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/ckks"
)

// Default parameter choices; docs/he-parameters.md gives the reasoning.
const (
	defaultLogN = 14
	// logScale is the CKKS scaling factor Δ = 2^logScale. It is large because
	// the key-switch smudging noise (up to ~2^105 per coefficient, see
	// SmudgingBound) must vanish against Δ: the smudging error per value is
	// then below 2^-14 in normalised units, far under any DP noise.
	logScale = 120
	// StatisticalSecurity is λ: one key switch reveals the aggregate's
	// encryption noise only up to statistical distance 2^-λ.
	StatisticalSecurity = 64
	// MaxCommittee bounds the committee size; the smudging bound and the
	// message headroom are sized for it.
	MaxCommittee = 64
)

var (
	moduliQ = []int{60, 60, 60} // Q ≈ 2^180: Δ·2^59 of message headroom
	moduliP = []int{60}         // one special prime, kept for relinearisation keys later
)

// Params is an immutable CKKS parameter set with its public identifier.
// Every object this package encodes carries the identifier, and every
// decoder refuses an object made for another set.
type Params struct {
	ckks     ckks.Parameters
	id       [32]byte
	name     string
	insecure bool
}

// DefaultParams returns the production parameter set: CKKS with N = 2^14,
// Q = three 60-bit primes, P = one 60-bit prime (log QP ≈ 240, below the
// 438 bits that the HE security standard allows for 128-bit security at
// N = 2^14), ternary secrets, error σ = 3.2, scale 2^120, coefficient packing.
func DefaultParams() Params {
	p, err := newParams(defaultLogN, "veil-he-ckks-n14-v1", false)
	if err != nil {
		panic(fmt.Sprintf("mhe: default parameters are invalid: %v", err)) // invariant: constants above
	}
	return p
}

// InsecureTestParams returns a parameter set with N = 2^logN for tests and
// examples only: below N = 2^14 the moduli above give far less than 128-bit
// security. Its identifier differs from DefaultParams', so objects of the two
// sets never mix. logN must be in [4, 14].
func InsecureTestParams(logN int) (Params, error) {
	if logN < rlwe.MinLogN || logN > defaultLogN {
		return Params{}, fmt.Errorf("mhe: test parameters need logN in [%d, %d], got %d", rlwe.MinLogN, defaultLogN, logN)
	}
	return newParams(logN, fmt.Sprintf("veil-he-ckks-insecure-n%d-v1", logN), true)
}

func newParams(logN int, name string, insecure bool) (Params, error) {
	lit := ckks.ParametersLiteral{
		LogN:            logN,
		LogQ:            moduliQ,
		LogP:            moduliP,
		Xs:              rlwe.DefaultXs,
		Xe:              rlwe.DefaultXe,
		LogDefaultScale: logScale,
	}
	cp, err := ckks.NewParametersFromLiteral(lit)
	if err != nil {
		return Params{}, fmt.Errorf("mhe: parameters: %w", err)
	}
	return Params{ckks: cp, id: paramsDigest(name, cp), name: name, insecure: insecure}, nil
}

// paramsDigest hashes everything that changes the meaning of a ciphertext:
// the name, ring degree, moduli, distributions and scale.
func paramsDigest(name string, cp ckks.Parameters) [32]byte {
	h := sha256.New()
	fmt.Fprintf(h, "veil/he/params/v1\x00%s\x00logN=%d\x00xs=%v\x00xe=%v\x00logscale=%d\x00lambda=%d\x00",
		name, cp.LogN(), cp.Xs(), cp.Xe(), logScale, StatisticalSecurity)
	for _, q := range cp.Q() {
		binary.Write(h, binary.BigEndian, q)
	}
	h.Write([]byte{0xff})
	for _, p := range cp.P() {
		binary.Write(h, binary.BigEndian, p)
	}
	var id [32]byte
	copy(id[:], h.Sum(nil))
	return id
}

// ID is the parameter set's public identifier (SHA-256 of its description).
func (p Params) ID() [32]byte { return p.id }

// Name is a human-readable name of the set, e.g. "veil-he-ckks-n14-v1".
func (p Params) Name() string { return p.name }

// Insecure reports whether the set is a test set below 128-bit security.
func (p Params) Insecure() bool { return p.insecure }

// LogN is log2 of the ring degree.
func (p Params) LogN() int { return p.ckks.LogN() }

// Slots is the number of real values one ciphertext carries (coefficient
// packing: N values per ciphertext).
func (p Params) Slots() int { return p.ckks.N() }

// LogQP is the bit size of the full modulus QP, the figure the HE security
// standard bounds.
func (p Params) LogQP() float64 { return p.ckks.LogQP() }

// Scale returns Δ as a float64 (2^120).
func (p Params) Scale() float64 { return math.Exp2(logScale) }

// Ciphertexts returns how many ciphertexts a vector of n values needs.
func (p Params) Ciphertexts(n int) int { return (n + p.Slots() - 1) / p.Slots() }

func (p Params) level() int { return p.ckks.MaxLevel() }

func (p Params) isZero() bool { return p.name == "" }
