package secagg

import "slices"

// ConsistencyCheck runs step 4 of the malicious-server variant. It takes
// the survivor set U3 the server announces (the clients whose masked inputs
// it holds) and returns this client's signature on it. The server cannot
// later present a different set to this client: Unmask demands t signatures
// on exactly the set signed here.
func (c *Client) ConsistencyCheck(survivorsMsg []byte) ([]byte, error) {
	if err := c.expect(StepConsistencyCheck); err != nil {
		return nil, err
	}
	body, err := openServer(survivorsMsg, ServerKind(StepConsistencyCheck), c.session)
	if err != nil {
		return nil, err
	}
	sb, err := parseSurvivors(body, c.params.N)
	if err != nil {
		return nil, serverErr(ErrMalformed, "survivor set: %v", err)
	}
	u3 := sb.survivors
	for _, u := range u3 { // non-neighbours' key sharing is invisible to this client
		if c.neighbour[u] && !c.inU2[u] {
			return nil, serverErr(ErrUnexpectedSender, "survivor set names client %d, which never shared keys with client %d", u, c.index)
		}
	}
	if !slices.Contains(u3, c.index) {
		return nil, serverErr(ErrUnexpectedSender, "survivor set leaves out client %d, which sent its masked input", c.index)
	}
	if len(u3) < c.params.T {
		return nil, tooFew("MaskedInputCollection (U3)", len(u3), c.params.T)
	}
	if !c.params.graph().Robust(c.params.N, u3, c.params.Colluders) {
		return nil, serverErr(ErrSplitSurvivors, "removing %d of the %d survivors could split them in the masking graph; client %d will not sign",
			c.params.Colluders, len(u3), c.index)
	}
	c.signedSurvivors, c.signedDigest = u3, sb.digest
	c.next = StepUnmasking
	return sealClient(sb.append(c.header(StepConsistencyCheck)), c.signer), nil
}

// Survivors returns the survivor set U3 this client signed in
// ConsistencyCheck (nil before): the clients whose inputs are in the sum.
func (c *Client) Survivors() []int { return slices.Clone(c.signedSurvivors) }

// Unmask runs step 5. It takes the server's request (the survivors whose
// self-mask seed shares it wants, the dropped clients whose masking-key
// shares it wants, and the survivors' consistency signatures) and returns
// the requested shares. It refuses, naming the client concerned, a request
// for both shares of one client, a survivor set other than the one it
// signed, or fewer than T valid signatures on that set. Afterwards the
// client forgets its secrets.
func (c *Client) Unmask(requestMsg []byte) ([]byte, error) {
	if err := c.expect(StepUnmasking); err != nil {
		return nil, err
	}
	body, err := openServer(requestMsg, ServerKind(StepUnmasking), c.session)
	if err != nil {
		return nil, err
	}
	req, err := parseUnmaskRequest(body, c.params.N)
	if err != nil {
		return nil, serverErr(ErrMalformed, "unmask request: %v", err)
	}
	if err := c.checkRequest(req); err != nil {
		return nil, err
	}
	var reply unmaskShares
	for _, u := range req.survivors {
		switch {
		case u == c.index:
			reply.seedShares = append(reply.seedShares, ownedShare{owner: u, value: c.ownSeedShare})
		case c.neighbour[u]:
			reply.seedShares = append(reply.seedShares, ownedShare{owner: u, value: c.seedShares[u]})
		}
	}
	for _, v := range req.dropped {
		if c.neighbour[v] {
			reply.keyShares = append(reply.keyShares, ownedShare{owner: v, value: c.keyShares[v]})
		}
	}
	c.dropped = req.dropped
	c.forget()
	return sealClient(reply.append(c.header(StepUnmasking)), c.signer), nil
}

// checkRequest enforces the rule that keeps inputs private: never reveal
// the self-mask share and the masking-key share of the same client.
func (c *Client) checkRequest(req unmaskRequest) error {
	for _, v := range req.dropped {
		if slices.Contains(req.survivors, v) || slices.Contains(c.signedSurvivors, v) {
			return serverErr(ErrBothShares, "asked client %d for the masking-key share of client %d, a survivor whose self-mask share it also gets", c.index, v)
		}
	}
	if !slices.Equal(req.survivors, c.signedSurvivors) {
		return serverErr(ErrInconsistentSurvivors, "unmask request names %d survivors, not the %d that client %d signed", len(req.survivors), len(c.signedSurvivors), c.index)
	}
	if err := c.checkSignatures(req.signatures); err != nil {
		return err
	}
	for _, v := range req.dropped { // this client holds shares of its neighbours only
		if c.neighbour[v] && !c.inU2[v] {
			return serverErr(ErrUnexpectedSender, "asked client %d for the masking-key share of client %d, which never shared keys with it", c.index, v)
		}
	}
	return nil
}

// checkSignatures verifies that at least T survivors signed exactly the
// survivor set this client signed.
func (c *Client) checkSignatures(sigs []signerSig) error {
	if len(sigs) < c.params.T {
		return serverErr(ErrInconsistentSurvivors, "showed client %d only %d consistency signatures, threshold is %d", c.index, len(sigs), c.params.T)
	}
	signed := survivorsBody{survivors: c.signedSurvivors, digest: c.signedDigest}.append(nil)
	for _, s := range sigs {
		if !slices.Contains(c.signedSurvivors, s.signer) {
			return serverErr(ErrInconsistentSurvivors, "consistency signature from client %d, not a survivor", s.signer)
		}
		msg := appendHeader(nil, Header{Kind: ClientKind(StepConsistencyCheck), Session: c.session, Sender: uint32(s.signer)})
		msg = append(msg, signed...)
		if !verifyMessage(c.peers[s.signer], msg, s.sig) {
			return serverErr(ErrInconsistentSurvivors, "client %d did not sign the survivor set client %d signed", s.signer, c.index)
		}
	}
	return nil
}

func (c *Client) forget() {
	c.encKey, c.maskKey = nil, nil
	c.maskSecret, c.seed = [32]byte{}, [32]byte{}
	c.ownKeyShare, c.ownSeedShare = [32]byte{}, [32]byte{}
	c.keyShares, c.seedShares, c.encShared = nil, nil, nil
	c.next = StepOpening
}
