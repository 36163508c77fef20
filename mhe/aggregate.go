package mhe

import (
	"crypto/sha256"
	"fmt"
	"slices"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
)

// Aggregate is the sum of a job's signed inputs, as one party recomputed it.
// Only CheckAndAggregate (run by an owner) yields an Aggregate that
// GenPCKSShare accepts.
type Aggregate struct {
	params    Params
	committee [32]byte
	jobID     []byte
	owners    []string
	cts       []*rlwe.Ciphertext
	encoded   []byte
	hash      [32]byte
	checkedBy string // the owner that verified the inputs, "" for the aggregator's copy
}

// Bytes is the canonical encoding of the aggregate ciphertexts.
func (a *Aggregate) Bytes() []byte { return slices.Clone(a.encoded) }

// Hash is the SHA-256 of Bytes.
func (a *Aggregate) Hash() [32]byte { return a.hash }

// Owners lists the owners whose inputs are summed, sorted.
func (a *Aggregate) Owners() []string { return slices.Clone(a.owners) }

// Ciphertexts is the number of ciphertexts in the aggregate.
func (a *Aggregate) Ciphertexts() int { return len(a.cts) }

// AggregateInputs is the aggregator's step: it verifies the signed inputs
// (members only, one each, signatures for this committee and job, at least
// minInputs) and adds them.
func AggregateInputs(c *Committee, jobID []byte, inputs []Signed, minInputs int) (*Aggregate, error) {
	return c.aggregate(jobID, inputs, minInputs)
}

// CheckAndAggregate is an owner's check before it releases a key-switch
// share: the same verification as AggregateInputs plus the presence of its
// own input, then the sum recomputed locally. The owner later key-switches
// only this aggregate (GenPCKSShare compares the hash the aggregator claims).
// minInputs is n - d: the committee size less the tolerated dropouts.
func CheckAndAggregate(c *Committee, jobID []byte, self string, inputs []Signed, minInputs int) (*Aggregate, error) {
	if _, ok := c.member(self); !ok {
		return nil, ownerErr(self, ErrUnknownOwner)
	}
	agg, err := c.aggregate(jobID, inputs, minInputs)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(agg.owners, self) {
		return nil, ownerErr(self, fmt.Errorf("own input is not among the inputs: %w", ErrMissingShare))
	}
	agg.checkedBy = self
	return agg, nil
}

func (c *Committee) aggregate(jobID []byte, inputs []Signed, minInputs int) (*Aggregate, error) {
	if err := checkJobID(jobID); err != nil {
		return nil, err
	}
	if minInputs < 1 || minInputs > len(c.members) {
		return nil, fmt.Errorf("mhe: minimum number of inputs must be in [1, %d], got %d", len(c.members), minInputs)
	}
	id := c.id
	byOwner, err := c.verifyAll(inputs, tagInput, id[:], jobID)
	if err != nil {
		return nil, err
	}
	if len(byOwner) < minInputs {
		return nil, fmt.Errorf("mhe: %w: %d distinct owners, need at least %d", ErrTooFewInputs, len(byOwner), minInputs)
	}
	agg := &Aggregate{params: c.params, committee: c.id, jobID: slices.Clone(jobID)}
	if err := c.sumInputs(agg, byOwner); err != nil {
		return nil, err
	}
	agg.encoded = c.params.encodeCiphertexts(kindAggregate, agg.cts)
	agg.hash = sha256.Sum256(agg.encoded)
	return agg, nil
}

// sumInputs decodes every input and adds them in member order.
func (c *Committee) sumInputs(agg *Aggregate, byOwner map[string]Signed) error {
	seen := make(map[[32]byte]string, len(byOwner))
	for _, m := range c.members {
		in, ok := byOwner[m.Address]
		if !ok {
			continue
		}
		digest := sha256.Sum256(in.Payload)
		if first, dup := seen[digest]; dup {
			return ownerErr(m.Address, fmt.Errorf("%w: same ciphertexts as owner %q", ErrDuplicate, first))
		}
		seen[digest] = m.Address
		cts, err := c.params.decodeCiphertexts(kindInput, in.Payload)
		if err != nil {
			return ownerErr(m.Address, err)
		}
		if agg.cts == nil {
			agg.cts = cts
		} else if err := c.params.addCiphertexts(agg.cts, cts); err != nil {
			return ownerErr(m.Address, err)
		}
		agg.owners = append(agg.owners, m.Address)
	}
	return nil
}

// addCiphertexts adds cts into acc, element by element.
func (p Params) addCiphertexts(acc, cts []*rlwe.Ciphertext) error {
	if len(cts) != len(acc) {
		return fmt.Errorf("%w: %d ciphertexts, the first input has %d", ErrShapeMismatch, len(cts), len(acc))
	}
	ringQ := p.ckks.RingQ().AtLevel(p.level())
	for i, ct := range cts {
		ringQ.Add(acc[i].Value[0], ct.Value[0], acc[i].Value[0])
		ringQ.Add(acc[i].Value[1], ct.Value[1], acc[i].Value[1])
	}
	return nil
}
