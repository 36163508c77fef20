package secagg

import (
	"crypto/ecdh"
	"crypto/subtle"
	"fmt"
	"slices"
)

// VerifySum runs after Unmask: it takes the server's opening (Opening) and
// returns the sum over the survivor set this client signed, recomputed
// here. It checks that the masked sum is the one whose digest the client
// signed with U3 (so it is the sum every other signer saw: the server
// cannot hold T signatures on two different ones), that the seeds are
// exactly those of U3 and match their owners' advertised commitments, and
// that the masking keys are exactly those of the clients the unmask request
// named as dropped and match their advertised public keys. A client that
// confirms this sum confirms the unique result the consistency check fixed.
func (c *Client) VerifySum(openingMsg []byte) ([]uint64, error) {
	if err := c.expect(StepOpening); err != nil {
		return nil, err
	}
	body, err := openServer(openingMsg, ServerKind(StepOpening), c.session)
	if err != nil {
		return nil, err
	}
	o, err := parseOpening(body, c.params)
	if err != nil {
		return nil, serverErr(ErrMalformed, "opening: %v", err)
	}
	if err := c.checkOpening(&o); err != nil {
		return nil, err
	}
	sum := make([]uint64, c.params.VectorLen)
	if err := c.params.unpack(sum, o.masked); err != nil {
		return nil, serverErr(ErrMalformed, "opening: masked sum: %v", err)
	}
	terms, err := removalTerms(c.params, c.session, &o, func(u int) *ecdh.PublicKey { return c.peerMask[u] }, &c.stats)
	if err != nil {
		return nil, err
	}
	c.params.mask(sum, terms)
	c.stats.MaskBytes += int64(len(terms)) * c.params.termBytes()
	c.next = 0
	return sum, nil
}

func (c *Client) checkOpening(o *openingBody) error {
	if d := maskedSumDigest(c.session, o.masked); subtle.ConstantTimeCompare(d[:], c.signedDigest[:]) != 1 {
		return serverErr(ErrInconsistentSurvivors, "opening carries a masked sum other than the one client %d signed", c.index)
	}
	if !slices.EqualFunc(o.seeds, c.signedSurvivors, func(s ownedShare, u int) bool { return s.owner == u }) {
		return serverErr(ErrInconsistentSurvivors, "opening reveals seeds of %d clients, not of the %d survivors client %d signed", len(o.seeds), len(c.signedSurvivors), c.index)
	}
	if !slices.EqualFunc(o.dropped, c.dropped, func(s ownedShare, v int) bool { return s.owner == v }) {
		return serverErr(ErrInconsistentSurvivors, "opening reveals masking keys of %d clients, the unmask request named %d dropped", len(o.dropped), len(c.dropped))
	}
	for _, list := range [][]ownedShare{o.seeds, o.dropped} {
		for _, s := range list {
			if c.peerMask[s.owner] == nil {
				return fmt.Errorf("%w: client %d has no advertised keys of client %d: VerifySum needs the full key broadcast (CloseAdvertiseKeys), not a neighbourhood's (KeysFor)",
					ErrWrongStep, c.index, s.owner)
			}
		}
	}
	for _, s := range o.seeds {
		if cm := seedCommitment(s.value, c.session, s.owner); subtle.ConstantTimeCompare(cm[:], c.peerSeed[s.owner][:]) != 1 {
			return peerErr(s.owner, ErrReconstruction, "opening: self-mask seed does not match the commitment client %d advertised", s.owner)
		}
	}
	for _, d := range o.dropped {
		if _, err := maskKeyFrom(d.value, [keyLen]byte(c.peerMask[d.owner].Bytes())); err != nil {
			return peerErr(d.owner, ErrReconstruction, "opening: masking key does not match the one client %d advertised", d.owner)
		}
	}
	return nil
}
