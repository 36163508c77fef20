package suffstat

import (
	"fmt"
	"math"
)

// Decode turns the decrypted sum of the owners' vectors into the buyer's
// Result. sum may be longer than Len (ciphertext padding); the rest is
// ignored. The owner and row counts must decode to integers: otherwise the
// vector was not decrypted with the right key or was corrupted.
func (p *Plan) Decode(sum []float64) (*Result, error) {
	if len(sum) < p.length {
		return nil, fmt.Errorf("he: decoded vector has %d values, the plan needs %d", len(sum), p.length)
	}
	s := append([]float64(nil), sum[:p.length]...)
	owners, err := exactCount("owner count", s[slotOwners], 1, float64(p.privacy.Owners))
	if err != nil {
		return nil, err
	}
	rows, err := exactCount("row count", s[slotRows], 0, 1<<53)
	if err != nil {
		return nil, err
	}
	s[slotOwners], s[slotRows] = float64(owners), float64(rows)
	res := &Result{Type: p.task.Type, Owners: int(owners), Count: rows,
		Epsilon: p.privacy.Epsilon, Delta: p.privacy.Delta, Rho: p.rho}
	sd := make([]float64, p.length)
	res.Mechanism = p.mechanism(int(owners))
	for k, g := range p.groups {
		for i := g.offset; i < g.offset+g.len; i++ {
			sd[i] = res.Mechanism[k].NoiseStd
		}
	}
	if p.task.Type == TypeLinreg {
		err = p.decodeLinreg(res, s, sd)
	} else {
		p.decodeStats(res, s, sd)
	}
	return res, err
}

// exactCount rounds a decoded count, refusing a value that is not within
// 0.01 of an integer in [lo, hi] (HE error is below 2^-14 per value).
func exactCount(what string, v, lo, hi float64) (int64, error) {
	r := math.Round(v)
	if !(math.Abs(v-r) < 0.01) || r < lo || r > hi {
		return 0, fmt.Errorf("he: decoded %s %v is not an integer in [%v, %v]: wrong key or corrupted output", what, v, lo, hi)
	}
	return int64(r), nil
}
