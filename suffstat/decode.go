package suffstat

import (
	"fmt"
	"math"
	"slices"

	"github.com/veil-market/veil/dataset"
)

// Decode turns the decrypted sum of the owners' vectors into the buyer's
// Release. sum may be longer than Len (ciphertext padding); the rest is
// ignored. The owner and row counts must decode to integers: otherwise the
// vector was not decrypted with the right key or was corrupted.
func (p *Layout) Decode(sum []float64) (*Release, error) {
	if len(sum) < p.length {
		return nil, fmt.Errorf("suffstat: decoded vector has %d values, the layout needs %d", len(sum), p.length)
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
	res := &Release{Type: p.task.Type, Owners: int(owners), Count: rows,
		Epsilon: p.privacy.Epsilon, Delta: p.privacy.Delta, Rho: p.rho}
	sd := make([]float64, p.length)
	res.Mechanism = p.Mechanism(int(owners))
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
		return 0, fmt.Errorf("suffstat: decoded %s %v is not an integer in [%v, %v]: wrong key or corrupted output", what, v, lo, hi)
	}
	return int64(r), nil
}

// Plaintext computes the task on tables without any noise: the figures a
// release estimates, on the same clipping and grid, every noise std 0. It is
// the exact computation a release is checked against (tests, an owner
// auditing its own rows), never part of a job: the tables are in the clear.
func (p *Layout) Plaintext(tables []*dataset.Table) (*Release, error) {
	q := *p
	q.groups = slices.Clone(p.groups)
	for i := range q.groups {
		q.groups[i].shareSigma = 0 // the mechanism reports no noise, and linreg corrects for none
	}
	sum := make([]float64, q.length)
	for _, t := range tables {
		c, err := q.encodeData(t)
		if err != nil {
			return nil, err
		}
		for i, v := range c.Values() {
			sum[i] += v
		}
	}
	return q.Decode(sum)
}
