package secagg

import (
	"slices"
	"testing"
)

// The lying-server tests of adversary_test.go, on the sparse graph: a server
// that shows some clients a survivor set without client v (so they would
// reveal v's masking-key shares) and the others the true set (so they
// reveal v's self-mask shares) cannot gather the T signatures on the lie,
// nor pass off the truth's signatures as the lie's; a request for both
// shares of one client is refused, naming it.
func TestSecAggPlusLyingServerIsRefused(t *testing.T) {
	p, _ := sparseParams(t, 24, 4, 1, 16, 8)
	h := newHarness(t, p, 41)
	h.runThroughMasking()
	victim := p.Graph.Neighbours(p.N, 0)[0] // a neighbour of client 0: 0 holds its shares
	var lieSet []int
	for i := range p.N {
		if i != victim {
			lieSet = append(lieSet, i)
		}
	}
	lie := h.serverMsg(StepConsistencyCheck, survivorsBody{survivors: lieSet}.append(nil))
	truth := h.serverMsg(StepConsistencyCheck, survivorsBody{survivors: all(p.N)}.append(nil))
	sigs := map[int][]byte{}
	liars := lieSet[:p.T-1] // one short of T clients see the lie
	for i, c := range h.clients {
		shown := truth
		if slices.Contains(liars, i) {
			shown = lie
		}
		msg, err := c.ConsistencyCheck(shown)
		h.must(err)
		sigs[i] = msg[len(msg)-signatureLen:]
	}
	ask := func(signers []int) []byte {
		req := unmaskRequest{survivors: lieSet, dropped: []int{victim}}
		for _, s := range signers {
			req.signatures = append(req.signatures, signerSig{signer: s, sig: sigs[s]})
		}
		return h.serverMsg(StepUnmasking, req.append(nil))
	}
	_, err := h.clients[liars[0]].Unmask(ask(liars))
	wantPeerErr(t, err, ErrInconsistentSurvivors, ServerPeer, "consistency signatures")
	passedOff := slices.Clone(liars)
	for i := range p.N {
		if !slices.Contains(liars, i) && i != victim && len(passedOff) < p.T {
			passedOff = append(passedOff, i)
		}
	}
	slices.Sort(passedOff)
	_, err = h.clients[liars[0]].Unmask(ask(passedOff))
	wantPeerErr(t, err, ErrInconsistentSurvivors, ServerPeer, "did not sign")

	// Both shares of the victim from one client that signed the truth.
	honest := -1
	for _, i := range p.Graph.Neighbours(p.N, victim) {
		if !slices.Contains(liars, i) {
			honest = i
			break
		}
	}
	var all24 []signerSig
	for i := range p.N {
		if !slices.Contains(liars, i) {
			all24 = append(all24, signerSig{signer: i, sig: sigs[i]})
		}
	}
	req := unmaskRequest{survivors: all(p.N), dropped: []int{victim}, signatures: all24}
	_, err = h.clients[honest].Unmask(h.serverMsg(StepUnmasking, req.append(nil)))
	wantPeerErr(t, err, ErrBothShares, ServerPeer, "")
}

// A server cannot tell a client that a non-neighbour shared keys with it,
// nor leave a neighbour's shares out and then count it as a survivor.
func TestSecAggPlusNeighbourhoodLiesAreRefused(t *testing.T) {
	p, _ := sparseParams(t, 24, 4, 1, 16, 8)
	h := newHarness(t, p, 43)
	h.runThroughMasking()
	nb := p.Graph.Neighbours(p.N, 0)
	stranger := -1
	for i := 1; i < p.N; i++ {
		if !slices.Contains(nb, i) {
			stranger = i
			break
		}
	}
	// Deliver to client 1 (fresh harness) a share sealed by a non-neighbour.
	h2 := newHarness(t, p, 44)
	h2.throughShareKeysSparse()
	d, err := h2.server.SharesFor(0)
	h2.must(err)
	body, err := parseSharesDelivery(d[headerLen:], p.N)
	h2.must(err)
	body.shares = append(body.shares, sealedShare{peer: stranger, ciphertext: body.shares[0].ciphertext})
	slices.SortFunc(body.shares, func(a, b sealedShare) int { return a.peer - b.peer })
	_, err = h2.clients[0].MaskInput(h2.serverMsg(StepMaskedInputCollection, body.append(nil)), h2.inputs[0])
	wantPeerErr(t, err, ErrUnexpectedSender, ServerPeer, "not a neighbour")
}

// runThroughMasking runs steps 1–3 for every client with neighbourhood key
// delivery.
func (h *harness) runThroughMasking() {
	h.t.Helper()
	h.throughShareKeysSparse()
	h.maskInputs(all(h.p.N))
}

// The collusion test on the sparse graph: the server with one colluder
// (a neighbour of the victim) and one dropped neighbour of the victim
// strips every mask it can compute from the victim's masked input; what is
// left looks uniform, and only the sum over all honest survivors comes out.
func TestSecAggPlusColludingServerCannotUnmaskHonestInput(t *testing.T) {
	p, _ := sparseParams(t, 24, 4, 1, 16, 4096)
	const victim = 0
	nb := p.Graph.Neighbours(p.N, victim)
	colluder, dropped := nb[0], nb[1]
	h := newHarness(t, p, 47)
	for j := range h.inputs[victim] {
		h.inputs[victim][j] = 0
	}
	h.throughShareKeysSparse()
	var survivors []int
	for i := range p.N {
		if i != dropped {
			survivors = append(survivors, i)
		}
	}
	req := h.consistency(survivors, h.maskInputs(survivors))
	colluderKey := h.clients[colluder].maskKey
	h.unmaskAll(req, survivors)
	sum, _, err := h.server.Sum()
	h.must(err)
	rec := newRecovery(h.server)
	droppedKey, err := rec.secret(dropped, func(x *unmaskShares) []ownedShare { return x.keyShares })
	h.must(err)
	strip := func(u int) []uint64 {
		y, terms := h.maskedInput(p, rec, u)
		un := p.Graph.Neighbours(p.N, u)
		if slices.Contains(un, dropped) {
			terms = append(terms, maskTerm{key: pairwiseWith(t, droppedKey, h.server.maskKeys[u].maskKey, h.s, u, dropped), negate: u < dropped})
		}
		if slices.Contains(un, colluder) && u != colluder {
			terms = append(terms, maskTerm{key: pairwiseWith(t, [32]byte(colluderKey.Bytes()), h.server.maskKeys[u].maskKey, h.s, u, colluder), negate: u < colluder})
		}
		p.mask(y, terms)
		return y
	}
	z := strip(victim)
	var buckets [16]int
	for _, v := range z {
		buckets[v>>12]++
	}
	chi2, want := 0.0, float64(len(z))/16
	for _, o := range buckets {
		chi2 += (float64(o) - want) * (float64(o) - want) / want
	}
	if chi2 > 50 {
		t.Fatalf("χ² = %.1f: the victim's stripped input is not uniform-looking", chi2)
	}
	var honest []int
	for _, u := range survivors {
		if u != colluder {
			honest = append(honest, u)
		}
	}
	acc := make([]uint64, p.VectorLen)
	for _, u := range honest {
		p.add(acc, strip(u))
	}
	if !slices.Equal(acc, plainVectorSum(p, h.inputs, honest)) {
		t.Fatal("stripped honest vectors do not add up to the honest sum")
	}
	fromSum := slices.Clone(sum)
	for j, v := range h.inputs[colluder] {
		fromSum[j] = (fromSum[j] - v) & (1<<p.ModBits - 1)
	}
	if !slices.Equal(fromSum, acc) {
		t.Fatal("sum minus the colluder's input differs from the honest sum")
	}
}

// trusting is a graph that skips the robustness check: with it, the split
// attack below succeeds, which shows the check is what stops it.
type trusting struct{ *HararyGraph }

func (trusting) Robust(int, []int, int) bool { return true }

// The split attack SecAgg+ adds: the graph is public, so a server can fake
// the dropout of the k/2 clients on each side of a short arc of the ring;
// with the rest it unmasks the arc's own sum. Clients refuse to sign such a
// survivor set (ErrSplitSurvivors); a graph that skipped the check would
// let the server read the arc's sum exactly.
func TestSecAggPlusSplitAttackIsRefused(t *testing.T) {
	p, plan := sparseParams(t, 40, 12, 1, 16, 16)
	g := p.Graph.(*HararyGraph)
	half := plan.Degree / 2
	arc := []int{g.at[0], g.at[1]} // two clients next to each other
	var fake []int                 // the half places on either side of the arc
	for d := 1; d <= half; d++ {
		fake = append(fake, g.at[1+d], g.at[(p.N-d)%p.N])
	}
	var survivors []int
	for i := range p.N {
		if !slices.Contains(fake, i) {
			survivors = append(survivors, i)
		}
	}
	if len(survivors) < p.T {
		t.Fatalf("the attack needs %d fake dropouts, more than the parameters allow", len(fake))
	}
	h := newHarness(t, p, 53)
	h.throughShareKeysSparse()
	u3 := h.maskInputs(survivors)
	_, err := h.clients[arc[0]].ConsistencyCheck(u3)
	wantPeerErr(t, err, ErrSplitSurvivors, ServerPeer, "split")

	// The same attack against clients whose graph skips the check.
	q := p
	q.Graph = trusting{g}
	ht := newHarness(t, q, 53)
	ht.throughShareKeysSparse()
	ht.unmaskAll(ht.consistency(survivors, ht.maskInputs(survivors)), survivors)
	_, _, err = ht.server.Sum()
	ht.must(err)
	rec := newRecovery(ht.server)
	acc := make([]uint64, q.VectorLen)
	var terms []maskTerm
	for _, u := range arc {
		y := make([]uint64, q.VectorLen)
		msg := ht.sent[StepMaskedInputCollection][u]
		ht.must(q.unpack(y, msg[headerLen:len(msg)-signatureLen]))
		q.add(acc, y)
		seed, err := rec.secret(u, func(x *unmaskShares) []ownedShare { return x.seedShares })
		ht.must(err)
		terms = append(terms, maskTerm{key: selfMaskKey(seed, ht.s, u), negate: true})
		for _, v := range g.Neighbours(q.N, u) {
			if !slices.Contains(fake, v) {
				continue
			}
			key, err := rec.secret(v, func(x *unmaskShares) []ownedShare { return x.keyShares })
			ht.must(err)
			terms = append(terms, maskTerm{key: pairwiseWith(t, key, ht.server.maskKeys[u].maskKey, ht.s, u, v), negate: u < v})
		}
	}
	q.mask(acc, terms)
	if !slices.Equal(acc, plainVectorSum(q, ht.inputs, arc)) {
		t.Fatal("without the check the server should have read the arc's sum (the attack model is wrong)")
	}
}
