package secagg

import (
	"crypto/ecdh"
	"crypto/subtle"
	"fmt"
	"slices"

	"github.com/veil-market/veil/secagg/shamir"
)

// Sum closes step 5 and returns the sum mod 2^k of the survivors' inputs,
// with the survivors (U3) whose inputs it holds. It recovers each
// survivor's self-mask seed and each dropped client's masking key from T
// revealed shares, checks every recovered key against the public key its
// owner advertised, and removes all masks. With fewer than T clients
// answering it fails with ErrTooFewSurvivors.
func (s *Server) Sum() ([]uint64, []int, error) {
	if err := s.close(StepUnmasking); err != nil {
		return nil, nil, err
	}
	s.next = 0
	u3 := s.sets[StepMaskedInputCollection]
	rec := newRecovery(s)
	terms := make([]maskTerm, 0, len(u3)+len(s.dropped)*len(u3))
	for _, u := range u3 {
		seed, err := rec.secret(u, func(x *unmaskShares) []ownedShare { return x.seedShares })
		if err != nil {
			return nil, nil, err
		}
		terms = append(terms, maskTerm{key: selfMaskKey(seed, s.session, u), negate: true})
	}
	for _, v := range s.dropped {
		pairwise, err := s.dropoutTerms(rec, v)
		if err != nil {
			return nil, nil, err
		}
		terms = append(terms, pairwise...)
	}
	sum := slices.Clone(s.sum)
	applyMasks(sum, terms, s.params.ModBits)
	reduce(sum, s.params.modMask())
	s.stats.MaskBytes += int64(len(terms)) * maskBytes(len(sum), s.params.ModBits)
	return sum, slices.Clone(u3), nil
}

// dropoutTerms recovers dropped client v's masking key and returns the
// pairwise masks its surviving neighbours added, to be taken out again.
func (s *Server) dropoutTerms(rec *recovery, v int) ([]maskTerm, error) {
	secret, err := rec.secret(v, func(x *unmaskShares) []ownedShare { return x.keyShares })
	if err != nil {
		return nil, err
	}
	key, err := ecdh.X25519().NewPrivateKey(secret[:])
	if err != nil || subtle.ConstantTimeCompare(key.PublicKey().Bytes(), s.maskKeys[v].maskKey[:]) != 1 {
		return nil, peerErr(v, ErrReconstruction, "recovered masking key does not match the advertised one (a share holder lied)")
	}
	var terms []maskTerm
	for _, u := range s.neighboursIn(v, s.sets[StepMaskedInputCollection]) {
		theirs, _ := ecdh.X25519().NewPublicKey(s.maskKeys[u].maskKey[:])
		s.stats.KeyAgreements++
		shared, err := key.ECDH(theirs)
		if err != nil {
			return nil, peerErr(u, ErrMalformed, "advertised masking key is a low-order point")
		}
		// u added the mask if u < v and subtracted it otherwise: undo that.
		terms = append(terms, maskTerm{key: pairwiseMaskKey(shared, s.session, u, v), negate: u < v})
	}
	return terms, nil
}

// recovery reconstructs secrets from the first T responders holding a
// share of each, reusing Lagrange coefficients across secrets held by the
// same responders (all of them, on the complete graph).
type recovery struct {
	s             *Server
	interpolators map[string]*shamir.Interpolator
}

func newRecovery(s *Server) *recovery {
	return &recovery{s: s, interpolators: make(map[string]*shamir.Interpolator)}
}

func (r *recovery) secret(owner int, pick func(*unmaskShares) []ownedShare) ([shamir.Size]byte, error) {
	t := r.s.params.T
	xs := make([]uint32, 0, t)
	ys := make([][shamir.Size]byte, 0, t)
	for _, h := range r.s.sets[StepUnmasking] {
		list := pick(r.s.unmask[h])
		k, ok := slices.BinarySearchFunc(list, owner, func(o ownedShare, t int) int { return o.owner - t })
		if !ok {
			continue
		}
		xs, ys = append(xs, uint32(h)+1), append(ys, list[k].value)
		if len(xs) == t {
			break
		}
	}
	if len(xs) < t {
		return [shamir.Size]byte{}, tooFew(fmt.Sprintf("Unmasking: holders of client %d's shares", owner), len(xs), t)
	}
	key := fmt.Sprint(xs)
	ip := r.interpolators[key]
	if ip == nil {
		var err error
		if ip, err = shamir.NewInterpolator(xs); err != nil {
			return [shamir.Size]byte{}, fmt.Errorf("secagg: internal: %w", err)
		}
		r.interpolators[key] = ip
	}
	secret, err := ip.Combine(ys)
	if err != nil {
		return secret, fmt.Errorf("secagg: internal: %w", err)
	}
	return secret, nil
}
