package psi

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"

	"github.com/cloudflare/circl/group"
	"github.com/cloudflare/circl/oprf"
)

// MaxIDLen bounds an identifier (a CSV cell is at most 256 bytes).
const MaxIDLen = 1024

// Inputs turns an owner's identifier column into exactly rows OPRF inputs
// by the public deduplication rule: the first occurrence of an identifier
// is kept; a later repetition, an empty (missing) identifier and the rows
// beyond the column are replaced by random padding, which never matches
// anything. The order is then shuffled, so a position says nothing about a
// row. With one input per distinct identifier, replacing one row changes
// the owner's set by at most one element in and one out.
func Inputs(ids [][]byte, rows int, rnd io.Reader) ([][]byte, error) {
	if len(ids) > rows {
		return nil, fmt.Errorf("%w: %d identifiers for %d committed rows", ErrLimit, len(ids), rows)
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	seen := make(map[string]bool, len(ids))
	out := make([][]byte, 0, rows)
	for _, id := range ids {
		if len(id) == 0 || len(id) > MaxIDLen || seen[string(id)] {
			continue
		}
		seen[string(id)] = true
		out = append(out, append([]byte("id:"), id...))
	}
	for len(out) < rows {
		pad := make([]byte, 4+32)
		copy(pad, "pad:")
		if _, err := io.ReadFull(rnd, pad[4:]); err != nil {
			return nil, fmt.Errorf("psi: randomness: %w", err)
		}
		out = append(out, pad)
	}
	if err := shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] }, rnd); err != nil {
		return nil, err
	}
	return out, nil
}

// Query is an owner's blinded batch, kept until both evaluations arrive. It
// holds the blinds: it must stay on the owner's machine. It is kept in
// parts of chunk inputs, blinded and finalized on all cores.
type Query struct {
	fins    []*oprf.FinalizeData
	blinded []group.Element
}

// Blind blinds every input (circl's RFC 9497 client, base mode) and returns
// the request to send, the same to both nodes.
func Blind(inputs [][]byte, rnd io.Reader) (*Query, []byte, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	blinds := make([]oprf.Blind, len(inputs))
	for i := range blinds {
		blinds[i] = g.RandomNonZeroScalar(rnd)
	}
	return blindWith(inputs, blinds)
}

func blindWith(inputs [][]byte, blinds []oprf.Blind) (*Query, []byte, error) {
	if len(inputs) == 0 {
		return nil, nil, fmt.Errorf("%w: nothing to blind", ErrLimit)
	}
	q := &Query{fins: make([]*oprf.FinalizeData, (len(inputs)+chunk-1)/chunk), blinded: make([]group.Element, len(inputs))}
	errs := make([]error, len(q.fins))
	parallel(len(inputs), func(lo, hi int) {
		fin, req, err := oprf.NewClient(suite).DeterministicBlind(inputs[lo:hi], blinds[lo:hi])
		if err != nil {
			errs[lo/chunk] = err
			return
		}
		q.fins[lo/chunk] = fin
		copy(q.blinded[lo:hi], req.Elements)
	})
	if err := errors.Join(errs...); err != nil {
		return nil, nil, fmt.Errorf("psi: blinding: %w", err)
	}
	return q, encodeElements(requestMagic, q.blinded), nil
}

// Finalize checks both nodes' evaluations against their public keys, adds
// them (the evaluation under k = k_1 + k_2) and returns RFC 9497's output
// F_k(x) for every input, in input order.
func (q *Query) Finalize(counter, mixer PublicKey, fromCounter, fromMixer []byte) ([][]byte, error) {
	ec, err := verifyEvaluation(counter, q.blinded, fromCounter)
	if err != nil {
		return nil, fmt.Errorf("psi: evaluation by the counter: %w", err)
	}
	em, err := verifyEvaluation(mixer, q.blinded, fromMixer)
	if err != nil {
		return nil, fmt.Errorf("psi: evaluation by the mixer: %w", err)
	}
	out := make([][]byte, len(q.blinded))
	errs := make([]error, len(q.fins))
	parallel(len(out), func(lo, hi int) {
		sum := make([]group.Element, hi-lo)
		for i := range sum {
			sum[i] = g.NewElement().Add(ec[lo+i], em[lo+i])
		}
		o, err := oprf.NewClient(suite).Finalize(q.fins[lo/chunk], &oprf.Evaluation{Elements: sum})
		errs[lo/chunk] = err
		copy(out[lo:hi], o)
	})
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("psi: finalizing: %w", err)
	}
	return out, nil
}

// Tags maps OPRF outputs to the elements the counter compares, encrypted
// to its key Q, in a fresh random order: the list the owner sends the
// mixer.
func Tags(outputs [][]byte, counter PublicKey, rnd io.Reader) ([]byte, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	cts := make([]ciphertext, len(outputs))
	nonces := make([]group.Scalar, len(outputs))
	for i := range nonces {
		nonces[i] = g.RandomNonZeroScalar(rnd)
	}
	parallel(len(cts), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			cts[i] = encryptWith(g.HashToElement(outputs[i], tagDST), counter.Q, nonces[i])
		}
	})
	if err := shuffle(len(cts), func(i, j int) { cts[i], cts[j] = cts[j], cts[i] }, rnd); err != nil {
		return nil, err
	}
	return encodeCiphertexts(cts), nil
}
