package mhe

import (
	"fmt"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/multiparty"
)

// Collective key generation (Lattigo's CKG, Mouchet et al. 2021): every
// member i publishes p_i = -a·s_i + e_i for the common polynomial a sampled
// from the committee's CRS; the collective public key is (Σ p_i, a). The
// aggregator relays the shares; every member recombines them itself, so an
// aggregator that drops or replaces a share is caught (the shares are
// signed) instead of silently yielding a key it can decrypt under.

// GenCKGShare computes owner self's signed key-generation share. The error
// term is drawn by Lattigo from crypto/rand.
func GenCKGShare(c *Committee, self Party, sk *SecretShare) (Signed, error) {
	if err := c.checkOwnShare(self.Address, sk); err != nil {
		return Signed{}, err
	}
	ckg := multiparty.NewPublicKeyGenProtocol(c.params.ckks)
	crp := ckg.SampleCRP(c.crs())
	share := ckg.AllocateShare()
	ckg.GenShare(sk.sk, crp, &share)
	payload := c.params.encodeRows(kindCKGShare, 1, qpRows(share.Value))
	id := c.id
	return sign(self.Signer, tagCKG, self.Address, payload, id[:])
}

func (c *Committee) checkOwnShare(self string, sk *SecretShare) error {
	if _, ok := c.member(self); !ok {
		return ownerErr(self, ErrUnknownOwner)
	}
	if sk == nil || sk.params.id != c.params.id {
		return fmt.Errorf("mhe: secret share is missing or for another parameter set")
	}
	return nil
}

// CombineCKG checks the signed shares (one valid share from every member,
// nothing else) and returns the collective public key. Every member runs it
// on what the aggregator relayed and uses only the key it computed.
func CombineCKG(c *Committee, shares []Signed) (*CollectiveKey, error) {
	id := c.id
	byOwner, err := c.verifyAll(shares, tagCKG, id[:])
	if err != nil {
		return nil, err
	}
	if err := c.requireAll(byOwner); err != nil {
		return nil, err
	}
	ckg := multiparty.NewPublicKeyGenProtocol(c.params.ckks)
	sum := ckg.AllocateShare()
	for _, m := range c.members {
		rows, _, err := c.params.decodeRows(kindCKGShare, byOwner[m.Address].Payload)
		if err != nil {
			return nil, ownerErr(m.Address, err)
		}
		share := multiparty.PublicKeyGenShare{Value: c.params.qpPolys(rows)[0]}
		ckg.AggregateShares(sum, share, &sum)
	}
	pk := rlwe.NewPublicKey(c.params.ckks)
	ckg.GenPublicKey(sum, ckg.SampleCRP(c.crs()), pk)
	return &CollectiveKey{params: c.params, committee: c.id, pk: pk}, nil
}

// checkCRP refuses a public key whose uniform component is not this
// committee's common reference polynomial.
func (c *Committee) checkCRP(pk *rlwe.PublicKey) error {
	crp := multiparty.NewPublicKeyGenProtocol(c.params.ckks).SampleCRP(c.crs())
	if !pk.Value[1].Equal(&crp.Value) {
		return fmt.Errorf("mhe: collective public key was not generated for committee %x", c.id[:8])
	}
	return nil
}
