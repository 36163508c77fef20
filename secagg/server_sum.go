package secagg

import (
	"crypto/ecdh"
	"crypto/subtle"
	"fmt"
	"slices"

	"github.com/veil-market/veil/secagg/shamir"
)

// Sum closes step 5 and returns the sum of the survivors' inputs (mod 2^k,
// or modulo each segment's modulus), with the survivors (U3) whose inputs
// it holds. It recovers each survivor's self-mask seed and each dropped
// client's masking key from T revealed shares, checks every recovered seed
// and key against what its owner advertised, and removes all masks. With
// fewer than T clients answering it fails with ErrTooFewSurvivors.
// Afterwards Opening gives every client what it needs to check the sum.
func (s *Server) Sum() ([]uint64, []int, error) {
	if err := s.close(StepUnmasking); err != nil {
		return nil, nil, err
	}
	s.next = 0
	u3 := s.sets[StepMaskedInputCollection]
	rec := newRecovery(s)
	o := &openingBody{masked: s.packedSum}
	for _, u := range u3 {
		seed, err := rec.secret(u, func(x *unmaskShares) []ownedShare { return x.seedShares })
		if err != nil {
			return nil, nil, err
		}
		if c := seedCommitment(seed, s.session, u); subtle.ConstantTimeCompare(c[:], s.maskKeys[u].seedCommit[:]) != 1 {
			return nil, nil, peerErr(u, ErrReconstruction, "recovered self-mask seed does not match the advertised commitment (a share holder lied)")
		}
		o.seeds = append(o.seeds, ownedShare{owner: u, value: seed})
	}
	for _, v := range s.dropped {
		secret, err := rec.secret(v, func(x *unmaskShares) []ownedShare { return x.keyShares })
		if err != nil {
			return nil, nil, err
		}
		if _, err := maskKeyFrom(secret, s.maskKeys[v].maskKey); err != nil {
			return nil, nil, peerErr(v, ErrReconstruction, "recovered masking key does not match the advertised one (a share holder lied)")
		}
		o.dropped = append(o.dropped, ownedShare{owner: v, value: secret})
	}
	sum := slices.Clone(s.sum)
	if err := s.removeMasks(sum, o); err != nil {
		return nil, nil, err
	}
	s.opening = o
	return sum, slices.Clone(u3), nil
}

func (s *Server) removeMasks(sum []uint64, o *openingBody) error {
	pub := func(u int) *ecdh.PublicKey {
		k, _ := ecdh.X25519().NewPublicKey(s.maskKeys[u].maskKey[:])
		return k
	}
	terms, err := removalTerms(s.params, s.session, o, pub, &s.stats)
	if err != nil {
		return err
	}
	s.params.mask(sum, terms)
	s.stats.MaskBytes += int64(len(terms)) * s.params.termBytes()
	return nil
}

// Opening returns, after Sum, the message that lets every client recompute
// the sum and check it (Client.VerifySum): the masked sum over U3 whose
// digest the survivors signed, the recovered self-mask seeds of U3 and the
// recovered masking keys of the dropped clients. It reveals nothing the
// server did not need to compute the sum: those seeds and keys open the
// sum over U3 and no single input.
func (s *Server) Opening() ([]byte, error) {
	if s.opening == nil {
		return nil, fmt.Errorf("%w: the opening exists only after Sum succeeded", ErrWrongStep)
	}
	return s.opening.append(s.header(StepOpening)), nil
}

// maskKeyFrom rebuilds an X25519 masking key from its shared secret and
// checks it against the public key its owner advertised.
func maskKeyFrom(secret [shamir.Size]byte, advertised [keyLen]byte) (*ecdh.PrivateKey, error) {
	key, err := ecdh.X25519().NewPrivateKey(secret[:])
	if err != nil || subtle.ConstantTimeCompare(key.PublicKey().Bytes(), advertised[:]) != 1 {
		return nil, fmt.Errorf("masking key does not match the advertised one")
	}
	return key, nil
}

// removalTerms lists the masks to take out of the masked sum over U3 (the
// owners of o.seeds): every survivor's self mask, and for each dropped
// client v the pairwise masks that v's surviving neighbours added with it.
// pub returns a client's advertised masking key. The server (Sum) and
// every client (VerifySum) compute the same list.
func removalTerms(p Params, s Session, o *openingBody, pub func(int) *ecdh.PublicKey, stats *Stats) ([]maskTerm, error) {
	u3 := make([]int, len(o.seeds))
	terms := make([]maskTerm, 0, len(o.seeds)+len(o.dropped)*len(o.seeds))
	for k, sd := range o.seeds {
		u3[k] = sd.owner
		terms = append(terms, maskTerm{key: selfMaskKey(sd.value, s, sd.owner), negate: true})
	}
	g := p.graph()
	for _, d := range o.dropped {
		v := d.owner
		key, err := ecdh.X25519().NewPrivateKey(d.value[:])
		if err != nil {
			return nil, peerErr(v, ErrReconstruction, "recovered masking key is not an X25519 key")
		}
		for _, u := range g.Neighbours(p.N, v) {
			if _, ok := slices.BinarySearch(u3, u); !ok {
				continue
			}
			stats.KeyAgreements++
			shared, err := key.ECDH(pub(u))
			if err != nil {
				return nil, peerErr(u, ErrMalformed, "advertised masking key is a low-order point")
			}
			// u added the mask if u < v and subtracted it otherwise: undo that.
			terms = append(terms, maskTerm{key: pairwiseMaskKey(shared, s, u, v), negate: u < v})
		}
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
	t := r.s.params.shareT()
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
