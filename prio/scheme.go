package prio

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"reflect"
)

// MaxBlocks bounds the Prio3 reports in one submission.
const MaxBlocks = 16

// Group is a sum constraint: the Len entries of a block's measurement from
// First on must add up to a public total, given per owner (Totals).
type Group struct{ First, Len int }

// Block is one Prio3 report of a submission: a circuit, the sum
// constraints on its entries, and which entries its aggregate share
// releases (nil: all of them).
type Block struct {
	Circuit Circuit
	Groups  []Group
	Release []int
}

// Totals are one owner's public totals: Totals[b][g] for group g of block b.
type Totals [][]uint64

// Scheme is the public description of what every owner submits in one job:
// the same blocks for all, bound to one context (the job). A Scheme is not
// safe for concurrent use (circl's circuits keep a hash state); each
// Aggregator works on its own copy.
type Scheme struct {
	context []byte
	blocks  []Block
	vdafs   []vdaf
	prefix  []byte // of every nonce: domain, context length, context
}

// clone is a copy with circuits of its own.
func (s *Scheme) clone() *Scheme {
	c, err := NewScheme(s.context, s.blocks)
	if err != nil {
		panic("prio: a valid scheme does not rebuild: " + err.Error()) // our invariant
	}
	return c
}

// same reports whether o describes the same scheme as s.
func (s *Scheme) same(o *Scheme) bool {
	return o != nil && bytes.Equal(s.context, o.context) && reflect.DeepEqual(s.blocks, o.blocks)
}

// NewScheme builds the scheme for blocks, bound to context (circl's
// application context: shares made for one context fail in another).
func NewScheme(context []byte, blocks []Block) (*Scheme, error) {
	if len(blocks) == 0 || len(blocks) > MaxBlocks {
		return nil, fmt.Errorf("prio: %d blocks, want 1 to %d", len(blocks), MaxBlocks)
	}
	s := &Scheme{context: append([]byte(nil), context...), blocks: blocks}
	s.prefix = append([]byte("veil/prio/nonce/v1"), binary.BigEndian.AppendUint32(nil, uint32(len(context)))...)
	s.prefix = append(s.prefix, context...)
	for i, b := range blocks {
		if err := b.check(); err != nil {
			return nil, fmt.Errorf("prio: block %d: %w", i, err)
		}
		v, err := newVDAF(b.Circuit, context)
		if err != nil {
			return nil, fmt.Errorf("prio: block %d: %w", i, err)
		}
		s.vdafs = append(s.vdafs, v)
	}
	return s, nil
}

func (b Block) check() error {
	if err := b.Circuit.check(); err != nil {
		return err
	}
	n := b.Circuit.OutputLen()
	for i, g := range b.Groups {
		if g.Len < 1 || g.First < 0 || g.First+g.Len > n {
			return fmt.Errorf("group %d covers entries [%d, %d) outside [0, %d)", i, g.First, g.First+g.Len, n)
		}
	}
	for _, i := range b.Release {
		if i < 0 || i >= n {
			return fmt.Errorf("released entry %d outside [0, %d)", i, n)
		}
	}
	return nil
}

// Blocks returns the scheme's blocks (do not modify them).
func (s *Scheme) Blocks() []Block { return s.blocks }

// released is the indices block b's aggregate share holds.
func (s *Scheme) released(b int) []int {
	if r := s.blocks[b].Release; r != nil {
		return r
	}
	idx := make([]int, s.blocks[b].Circuit.OutputLen())
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// nonce is the report's public nonce: unique per context, owner and block,
// so shares cannot be moved to another job, owner slot or block.
func (s *Scheme) nonce(owner uint32, block int) *Nonce {
	var buf [160]byte
	msg := append(append(buf[:0], s.prefix...), byte(owner>>24), byte(owner>>16), byte(owner>>8), byte(owner), byte(block))
	sum := sha256.Sum256(msg)
	n := new(Nonce)
	copy(n[:], sum[:])
	return n
}

// checkTotals refuses totals of the wrong shape for the scheme.
func (s *Scheme) checkTotals(t Totals) error {
	if len(t) != len(s.blocks) {
		return fmt.Errorf("prio: totals for %d blocks, want %d", len(t), len(s.blocks))
	}
	for b, blk := range s.blocks {
		if len(t[b]) != len(blk.Groups) {
			return fmt.Errorf("prio: block %d: %d totals for %d groups", b, len(t[b]), len(blk.Groups))
		}
	}
	return nil
}

// Submission is what one owner sends: Leader to the leader node, Helper to
// the helper. Each must reach its node only (the two together reveal the
// measurement).
type Submission struct {
	Leader, Helper []byte
}

// Shard secret-shares an owner's measurements (one per block) with their
// proofs. It refuses a measurement that does not fit its circuit or its
// constraints (ErrMeasurement), so an honest owner never sends one the
// nodes would reject. Randomness comes from rnd; nil means crypto/rand,
// which production must use.
func (s *Scheme) Shard(owner uint32, meas [][]uint64, totals Totals, rnd io.Reader) (*Submission, error) {
	if len(meas) != len(s.blocks) {
		return nil, fmt.Errorf("%w: %d measurements for %d blocks", ErrMeasurement, len(meas), len(s.blocks))
	}
	if err := s.checkTotals(totals); err != nil {
		return nil, err
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	sub := &Submission{Leader: make([]byte, 0, s.SubmissionSize(Leader)), Helper: make([]byte, 0, s.SubmissionSize(Helper))}
	sub.Leader = append(sub.Leader, newSubmission(Leader, owner, len(s.blocks))...)
	sub.Helper = append(sub.Helper, newSubmission(Helper, owner, len(s.blocks))...)
	for b, v := range s.vdafs {
		if err := s.blocks[b].satisfied(meas[b], totals[b]); err != nil {
			return nil, fmt.Errorf("%w: block %d: %w", ErrMeasurement, b, err)
		}
		seed := make([]byte, v.randSize())
		if _, err := io.ReadFull(rnd, seed); err != nil {
			return nil, fmt.Errorf("prio: randomness: %w", err)
		}
		public, shares, err := v.shard(meas[b], s.nonce(owner, b), seed)
		if err != nil {
			return nil, fmt.Errorf("prio: block %d: %w", b, err)
		}
		sub.Leader = appendBlock(sub.Leader, public, shares[0])
		sub.Helper = appendBlock(sub.Helper, public, shares[1])
	}
	return sub, nil
}

// satisfied checks the sum constraints on a plain measurement (a SumVec's
// entries; other circuits have one entry, or a bucket index for Histogram).
func (b Block) satisfied(m []uint64, totals []uint64) error {
	if len(b.Groups) == 0 {
		return nil
	}
	entries := m
	if b.Circuit.Kind == Histogram && len(m) == 1 && m[0] < uint64(b.Circuit.Length) {
		entries = make([]uint64, b.Circuit.Length)
		entries[m[0]] = 1
	}
	for g, grp := range b.Groups {
		if grp.First+grp.Len > len(entries) {
			return fmt.Errorf("group %d: measurement has %d entries", g, len(entries))
		}
		var sum uint64
		for _, x := range entries[grp.First : grp.First+grp.Len] {
			if sum+x < sum {
				return fmt.Errorf("group %d overflows", g)
			}
			sum += x
		}
		if sum != totals[g] {
			return fmt.Errorf("group %d adds up to %d, not its total %d", g, sum, totals[g])
		}
	}
	return nil
}

// PrepMessageSize is the largest PrepMessage for owners owners.
func (s *Scheme) PrepMessageSize(owners int) int {
	per := 4 + 1 + 32
	for _, v := range s.vdafs {
		per += v.prepShareLen()
	}
	return len(prepMagic) + 1 + 4 + owners*per
}

// OpeningsSize is the largest Openings message for owners owners.
func (s *Scheme) OpeningsSize(owners int) int {
	per := 4
	for b, blk := range s.blocks {
		per += len(blk.Groups) * s.vdafs[b].zero(0).elemSize()
	}
	return len(openingMagic) + 1 + 4 + owners*per
}

// AggregateShareSize is the size of an encoded aggregate share.
func (s *Scheme) AggregateShareSize() int {
	n := len(aggregateMagic) + 1
	for b, v := range s.vdafs {
		n += len(s.released(b)) * v.zero(0).elemSize()
	}
	return n
}
