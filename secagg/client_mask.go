package secagg

import (
	"fmt"

	"github.com/veil-market/veil/secagg/shamir"
)

// MaskInput runs step 3 (MaskedInputCollection). It takes the server's
// delivery of the shares addressed to this client (whose senders form U2),
// decrypts and checks each, and returns the client's input masked with its
// self mask and one pairwise mask per neighbour in U2, bit-packed.
//
// input holds VectorLen entries, each below 2^ModBits (see EncodeSigned
// and Quantizer for getting there from signed or real values) or, with
// Segments, below its segment's modulus.
func (c *Client) MaskInput(sharesMsg []byte, input []uint64) ([]byte, error) {
	if err := c.expect(StepMaskedInputCollection); err != nil {
		return nil, err
	}
	if err := c.checkInput(input); err != nil {
		return nil, err
	}
	if err := c.readShares(sharesMsg); err != nil {
		return nil, err
	}
	terms := []maskTerm{{key: selfMaskKey(c.seed, c.session, c.index)}}
	for j, in := range c.inU2 {
		if !in || j == c.index || !c.neighbour[j] {
			continue
		}
		shared, err := c.agree(c.maskKey, c.peerMask[j], j, "masking")
		if err != nil {
			return nil, err
		}
		// The lower index adds the pairwise mask, the higher subtracts it.
		terms = append(terms, maskTerm{key: pairwiseMaskKey(shared, c.session, c.index, j), negate: c.index > j})
	}
	c.stats.MaskBytes += int64(len(terms)) * c.params.termBytes()
	// One allocation for header, packed vector and signature: the vector is
	// hundreds of kilobytes, and growing the slice would copy it twice. The
	// masked vector is written packed straight into it.
	msg := make([]byte, 0, headerLen+c.params.packedLen()+signatureLen)
	msg = appendHeader(msg, Header{Kind: ClientKind(StepMaskedInputCollection), Session: c.session, Sender: uint32(c.index)})
	body := len(msg)
	msg = msg[:body+c.params.packedLen()]
	c.params.maskAndPack(msg[body:], input, terms)
	c.next = StepConsistencyCheck
	return sealClient(msg, c.signer), nil
}

func (c *Client) checkInput(input []uint64) error {
	if len(input) != c.params.VectorLen {
		return fmt.Errorf("%w: %d entries, VectorLen is %d", ErrInput, len(input), c.params.VectorLen)
	}
	return c.params.checkVector(input)
}

func errEntry(j int, v uint64, modBits int) error {
	return fmt.Errorf("%w: entry %d = %d is not below 2^%d", ErrInput, j, v, modBits)
}

// readShares decrypts the delivered shares and records U2.
func (c *Client) readShares(msg []byte) error {
	body, err := openServer(msg, ServerKind(StepMaskedInputCollection), c.session)
	if err != nil {
		return err
	}
	d, err := parseSharesDelivery(body, c.params.N)
	if err != nil {
		return serverErr(ErrMalformed, "share delivery: %v", err)
	}
	if d.recipient != c.index {
		return serverErr(ErrMalformed, "share delivery addressed to client %d, this is client %d", d.recipient, c.index)
	}
	c.inU2 = make([]bool, c.params.N)
	c.inU2[c.index] = true
	c.keyShares = make(map[int][shamir.Size]byte, len(d.shares))
	c.seedShares = make(map[int][shamir.Size]byte, len(d.shares))
	for _, s := range d.shares {
		if err := c.acceptShare(s); err != nil {
			return err
		}
		c.inU2[s.peer] = true
	}
	if u2, t := len(d.shares)+1, c.params.shareT(); u2 < t {
		return tooFew(fmt.Sprintf("client %d: ShareKeys (U2)", c.index), u2, t)
	}
	return nil
}

func (c *Client) acceptShare(s sealedShare) error {
	j := s.peer
	if j == c.index || c.peerEnc[j] == nil || !c.neighbour[j] {
		return serverErr(ErrUnexpectedSender, "delivered shares from client %d, not a neighbour in U1", j)
	}
	plain, err := openShare(c.encShared[j], c.session, j, c.index, s.ciphertext)
	if err != nil {
		return peerErr(j, ErrBadCiphertext, "shares sent to client %d", c.index)
	}
	p, err := parseSharePlain(plain)
	if err != nil {
		return peerErr(j, ErrMalformed, "shares sent to client %d: %v", c.index, err)
	}
	if p.sender != j || p.recipient != c.index {
		return peerErr(j, ErrMalformed, "shares labelled %d→%d inside a %d→%d ciphertext", p.sender, p.recipient, j, c.index)
	}
	c.keyShares[j], c.seedShares[j] = p.keyShare, p.seedShare
	return nil
}
