package psi

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"

	"github.com/cloudflare/circl/group"
	"github.com/cloudflare/circl/zk/dleq"
)

// Evaluate is a node's answer to an owner's request of exactly rows blinded
// elements: each multiplied by its key share, with batched DLEQ proofs
// (circl's zk/dleq, RFC 9497 transcript) that the same k_i behind its
// public K_i was used for every element. The node sees only blinded
// elements: uniformly random whatever the identifiers. A node must answer
// each owner at most once per job: the row count is the owner's whole
// query budget.
func (ks *KeyShare) Evaluate(request []byte, rows int, rnd io.Reader) ([]byte, error) {
	blinded, err := ParseRequest(request, rows)
	if err != nil {
		return nil, err
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	out := make([]group.Element, len(blinded))
	proofs := make([]*dleq.Proof, proofCount(len(out)))
	nonces := make([]group.Scalar, len(proofs))
	for i := range nonces {
		nonces[i] = g.RandomScalar(rnd)
	}
	errs := make([]error, len(proofs))
	parallel(len(out), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = g.NewElement().Mul(blinded[i], ks.k)
		}
		p := lo / proofBatch()
		proofs[p], errs[p] = dleq.Prover{Params: dleqParams}.ProveBatchWithRandomnessRFC9497(ks.k, ks.Public.K, blinded[lo:hi], out[lo:hi], nonces[p])
	})
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("psi: proving: %w", err)
	}
	return encodeEvaluation(out, proofs), nil
}

// verifyEvaluation checks a node's evaluation of blinded against its key.
func verifyEvaluation(key PublicKey, blinded []group.Element, msg []byte) ([]group.Element, error) {
	out, proofs, err := parseEvaluation(msg, len(blinded))
	if err != nil {
		return nil, err
	}
	v := dleq.Verifier{Params: dleqParams}
	bad := make([]bool, len(proofs))
	parallel(len(out), func(lo, hi int) {
		bad[lo/proofBatch()] = !v.VerifyBatchRFC9497(key.K, blinded[lo:hi], out[lo:hi], proofs[lo/proofBatch()])
	})
	for i, b := range bad {
		if b {
			return nil, fmt.Errorf("%w: elements %d to %d", ErrProof, i*proofBatch(), min((i+1)*proofBatch(), len(out))-1)
		}
	}
	return out, nil
}
