package mhe

import (
	"fmt"
	"io"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/multiparty"
)

// Public-key switch (Lattigo's PCKS, Mouchet et al. 2021) of the aggregate
// to the buyer's key: owner i publishes h_i = (s_i·c1 + f_i, 0) + Enc_pkB(0)
// with smudging noise f_i; Σ h_i turns (c0, c1) under s = Σ s_i into a
// ciphertext under the buyer's key. Every share is bound by signature to the
// job, the aggregate's hash and the buyer key's hash.

// GenPCKSShare computes and signs owner self's key-switch share for agg,
// which must be the aggregate self recomputed with CheckAndAggregate; the
// aggregator's claimed hash of the aggregate must equal it, otherwise the
// owner refuses (it would be switching a ciphertext nobody agreed to, e.g.
// one input alone or a difference of inputs). Smudging randomness comes from
// r (crypto/rand when nil).
func GenPCKSShare(c *Committee, self Party, sk *SecretShare, agg *Aggregate, claimedHash [32]byte, buyer *BuyerPublicKey, r io.Reader) (Signed, error) {
	if err := c.checkOwnShare(self.Address, sk); err != nil {
		return Signed{}, err
	}
	if err := c.checkSwitchRequest(self.Address, agg, claimedHash, buyer); err != nil {
		return Signed{}, err
	}
	shares, err := c.pcksShares(sk, agg, buyer, r)
	if err != nil {
		return Signed{}, err
	}
	payload := c.params.encodeCiphertexts(kindPCKSShare, shares)
	return sign(self.Signer, tagPCKS, self.Address, payload, c.pcksContext(agg, buyer)...)
}

func (c *Committee) checkSwitchRequest(self string, agg *Aggregate, claimedHash [32]byte, buyer *BuyerPublicKey) error {
	switch {
	case agg == nil || agg.checkedBy != self:
		return fmt.Errorf("mhe: refusing to key-switch: the aggregate was not recomputed by owner %q", self)
	case agg.committee != c.id:
		return fmt.Errorf("mhe: refusing to key-switch: the aggregate belongs to committee %x", agg.committee[:8])
	case claimedHash != agg.hash:
		return fmt.Errorf("mhe: refusing to key-switch: %w (claimed %x, recomputed %x)", ErrAggregateMismatch, claimedHash[:8], agg.hash[:8])
	case buyer == nil || buyer.params.id != c.params.id:
		return fmt.Errorf("mhe: refusing to key-switch: buyer key missing or for another parameter set")
	}
	return nil
}

func (c *Committee) pcksContext(agg *Aggregate, buyer *BuyerPublicKey) [][]byte {
	id, h, d := c.id, agg.hash, buyer.digest
	return [][]byte{id[:], agg.jobID, h[:], d[:]}
}

// pcksShares computes this owner's share for each aggregate ciphertext
// (c0, c1): h = (s_i·c1 + f, 0) + Enc_pkB(0), the share equation of
// Lattigo's PublicKeySwitchProtocol.GenShare with f drawn by our smudger
// instead of Lattigo's discrete Gaussian (whose randomness cannot be
// injected and whose large-σ sampler is not the uniform distribution the
// smudging bound is proved for). Lattigo's KeySwitch consumes the shares.
func (c *Committee) pcksShares(sk *SecretShare, agg *Aggregate, buyer *BuyerPublicKey, r io.Reader) ([]*rlwe.Ciphertext, error) {
	p := c.params
	sm, err := newSmudger(r, p.SmudgingLogBound(len(c.members)))
	if err != nil {
		return nil, err
	}
	enc := rlwe.NewEncryptor(p.ckks, buyer.pk)
	ringQ := p.ckks.RingQ().AtLevel(p.level())
	noise := ringQ.NewPoly()
	out := make([]*rlwe.Ciphertext, len(agg.cts))
	err = guard("key-switch share", func() error {
		for i, ct := range agg.cts {
			share := p.newCiphertext() // NTT form, like the aggregate
			if err := enc.EncryptZero(share); err != nil {
				return err
			}
			ringQ.MulCoeffsMontgomeryThenAdd(ct.Value[1], sk.sk.Value.Q, share.Value[0])
			sm.read(ringQ, noise)
			ringQ.NTT(noise, noise)
			ringQ.Add(share.Value[0], noise, share.Value[0])
			out[i] = share
		}
		return nil
	})
	return out, err
}

// AggregatePCKS checks the signed key-switch shares (one valid share from
// every member, bound to this job, aggregate and buyer key) and applies
// their sum to the aggregate. The aggregator runs it to deliver the result;
// each owner can run it on the same shares to confirm the output hash.
func AggregatePCKS(c *Committee, agg *Aggregate, buyer *BuyerPublicKey, shares []Signed) (*BuyerCiphertexts, error) {
	if agg == nil || agg.committee != c.id || buyer == nil || buyer.params.id != c.params.id {
		return nil, fmt.Errorf("mhe: combining key-switch shares: aggregate or buyer key missing or for another committee")
	}
	byOwner, err := c.verifyAll(shares, tagPCKS, c.pcksContext(agg, buyer)...)
	if err != nil {
		return nil, err
	}
	if err := c.requireAll(byOwner); err != nil {
		return nil, err
	}
	sum, err := c.sumPCKSShares(agg, byOwner)
	if err != nil {
		return nil, err
	}
	out, err := c.keySwitch(agg, sum)
	if err != nil {
		return nil, err
	}
	return newBuyerCiphertexts(c.params.encodeCiphertexts(kindOutput, out)), nil
}

func (c *Committee) sumPCKSShares(agg *Aggregate, byOwner map[string]Signed) ([]*rlwe.Ciphertext, error) {
	var sum []*rlwe.Ciphertext
	for _, m := range c.members {
		shares, err := c.params.decodeCiphertexts(kindPCKSShare, byOwner[m.Address].Payload)
		if err != nil {
			return nil, ownerErr(m.Address, err)
		}
		if len(shares) != len(agg.cts) {
			return nil, ownerErr(m.Address, fmt.Errorf("%w: %d shares for %d ciphertexts", ErrShapeMismatch, len(shares), len(agg.cts)))
		}
		if sum == nil {
			sum = shares
		} else if err := c.params.addCiphertexts(sum, shares); err != nil {
			return nil, ownerErr(m.Address, err)
		}
	}
	return sum, nil
}

func (c *Committee) keySwitch(agg *Aggregate, sum []*rlwe.Ciphertext) ([]*rlwe.Ciphertext, error) {
	pcks, err := multiparty.NewPublicKeySwitchProtocol(c.params.ckks, c.params.ckks.Xe())
	if err != nil {
		return nil, fmt.Errorf("mhe: key-switch protocol: %w", err)
	}
	out := make([]*rlwe.Ciphertext, len(agg.cts))
	err = guard("key switch", func() error {
		for i, ct := range agg.cts {
			out[i] = c.params.newCiphertext()
			pcks.KeySwitch(ct, multiparty.PublicKeySwitchShare{Element: sum[i].Element}, out[i])
		}
		return nil
	})
	return out, err
}
