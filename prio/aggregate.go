package prio

import (
	"errors"
	"fmt"

	"golang.org/x/crypto/cryptobyte"
)

// AggregateShare is one node's sum of the accepted owners' output shares,
// restricted to each block's released entries. On its own it is uniformly
// random; the two nodes' shares add up to the aggregate. A node adds its
// differential-privacy noise to it (AddNoise) before it leaves the node.
type AggregateShare struct {
	s      *Scheme
	blocks []elems
}

// Aggregate sums the accepted owners' output shares. It is final once Check
// has run.
func (a *Aggregator) Aggregate() (*AggregateShare, error) {
	if a.step != 3 {
		return nil, errors.New("prio: Aggregate before Check")
	}
	g := &AggregateShare{s: a.s}
	for b, v := range a.s.vdafs {
		acc := v.accumulator()
		for _, o := range a.passed {
			acc.add(a.owners[o].states[b])
		}
		g.blocks = append(g.blocks, acc.result().pick(a.s.released(b)))
	}
	return g, nil
}

func (s *Scheme) zeroShare() *AggregateShare {
	g := &AggregateShare{s: s}
	for b, v := range s.vdafs {
		g.blocks = append(g.blocks, v.zero(len(s.released(b))))
	}
	return g
}

// Len is the number of released entries of block b.
func (g *AggregateShare) Len(b int) int { return g.blocks[b].Len() }

// AddNoise adds an integer to every released entry of block b.
func (g *AggregateShare) AddNoise(b int, noise []int64) error {
	if b < 0 || b >= len(g.blocks) || len(noise) != g.blocks[b].Len() {
		return fmt.Errorf("prio: noise for block %d: %d values for %d entries", b, len(noise), g.Len(max(0, min(b, len(g.blocks)-1))))
	}
	for i, z := range noise {
		g.blocks[b].addInt(i, z)
	}
	return nil
}

// An aggregate share: "VPA1" | blocks (1) | per block, its field elements.
const aggregateMagic = "VPA1"

// MarshalBinary encodes the share (its size is fixed by the scheme).
func (g *AggregateShare) MarshalBinary() ([]byte, error) {
	b := append([]byte(aggregateMagic), byte(len(g.blocks)))
	for _, e := range g.blocks {
		b = append(b, e.marshal()...)
	}
	return b, nil
}

// ParseAggregateShare decodes a share made for this scheme, refusing any
// other size or a non-canonical field element.
func (s *Scheme) ParseAggregateShare(msg []byte) (*AggregateShare, error) {
	in := cryptobyte.String(msg)
	var m []byte
	var n uint8
	if !in.ReadBytes(&m, 4) || string(m) != aggregateMagic || !in.ReadUint8(&n) || int(n) != len(s.blocks) {
		return nil, fmt.Errorf("%w: aggregate share header", ErrMalformed)
	}
	g := s.zeroShare()
	for b, e := range g.blocks {
		var body []byte
		if !in.ReadBytes(&body, e.Len()*e.elemSize()) {
			return nil, fmt.Errorf("%w: aggregate share block %d is short", ErrMalformed, b)
		}
		if err := e.unmarshal(body); err != nil {
			return nil, fmt.Errorf("%w: aggregate share block %d: %w", ErrMalformed, b, err)
		}
	}
	if !in.Empty() {
		return nil, fmt.Errorf("%w: %d bytes after the aggregate share", ErrMalformed, len(in))
	}
	return g, nil
}

// Unshard adds the two nodes' aggregate shares and reads every released
// entry as a signed integer (noise can make a figure negative): out[b][i]
// for released entry i of block b.
func (s *Scheme) Unshard(leader, helper *AggregateShare) ([][]int64, error) {
	if !s.same(leader.s) || !s.same(helper.s) {
		return nil, errors.New("prio: aggregate shares of another scheme")
	}
	out := make([][]int64, len(s.blocks))
	for b := range s.blocks {
		sum := s.vdafs[b].zero(leader.blocks[b].Len())
		sum.add(leader.blocks[b])
		sum.add(helper.blocks[b])
		out[b] = make([]int64, sum.Len())
		for i := range out[b] {
			v, err := sum.signed(i)
			if err != nil {
				return nil, fmt.Errorf("prio: block %d: %w", b, err)
			}
			out[b][i] = v
		}
	}
	return out, nil
}
