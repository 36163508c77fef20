package secagg

import (
	"crypto/ed25519"
	"fmt"
	"slices"
)

// Server is the aggregator's side of the protocol: a local state machine
// that collects each step's client messages (Add…), closes the step once
// the caller stops waiting (Close…, which fixes who is still in), and
// produces the message that opens the next step. Finally Sum unmasks the
// total of the survivors' inputs.
//
// The Server holds no secret of its own; what it learns is the sum and the
// sets of clients that reached each step. A Server is not safe for
// concurrent use.
type Server struct {
	params  Params
	session Session
	peers   []ed25519.PublicKey
	next    Step // the step being collected; 0 once summed

	adverts   [][]byte                 // raw signed AdvertiseKeys, by client
	maskKeys  []advertiseBody          // parsed adverts, by client
	sealed    [][]sealedShare          // each client's ShareKeys list, by client
	sum       []uint64                 // running sum of masked inputs
	digest    *[32]byte                // maskedSumDigest of sum, once U3 is fixed
	packedSum []byte                   // sum as packed for the digest and the opening
	opening   *openingBody             // after Sum
	sigs      [][]byte                 // consistency signatures, by client
	unmask    []*unmaskShares          // revealed shares, by client
	sets      [StepUnmasking + 1][]int // U1..U5: who completed each step
	dropped   []int                    // U2 \ U3
	stats     Stats
}

// NewServer prepares the server of one session; peers holds every client's
// Ed25519 public key by index.
func NewServer(p Params, s Session, peers []ed25519.PublicKey) (*Server, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if err := checkPeerKeys(peers, p.N); err != nil {
		return nil, err
	}
	return &Server{
		params: p, session: s, peers: peers, next: StepAdvertiseKeys,
		adverts: make([][]byte, p.N), maskKeys: make([]advertiseBody, p.N),
		sealed: make([][]sealedShare, p.N), sigs: make([][]byte, p.N),
		unmask: make([]*unmaskShares, p.N),
	}, nil
}

// Params returns the parameters the server was made with.
func (s *Server) Params() Params { return s.params }

// Stats returns the operation counts so far (unmasking work).
func (s *Server) Stats() Stats { return s.stats }

// Completed returns the clients that completed step st (U1 for
// AdvertiseKeys … U5 for Unmasking), in increasing order; the set is final
// once the step is closed.
func (s *Server) Completed(st Step) []int {
	if st < StepAdvertiseKeys || st > StepUnmasking {
		return nil
	}
	return slices.Clone(s.sets[st])
}

// accept opens a client message for the step being collected: the sender
// must have completed the previous step and not yet sent this one.
func (s *Server) accept(msg []byte, st Step) (int, []byte, error) {
	if s.next != st {
		return 0, nil, fmt.Errorf("%w: %v message while the server collects %v", ErrWrongStep, st, s.next)
	}
	peer, body, err := openClient(msg, ClientKind(st), s.session, s.peers)
	if err != nil {
		return peer, nil, err
	}
	if st > StepAdvertiseKeys && !slices.Contains(s.sets[st-1], peer) {
		return peer, nil, peerErr(peer, ErrUnexpectedSender, "sent %v without completing %v", st, st-1)
	}
	if slices.Contains(s.sets[st], peer) {
		return peer, nil, peerErr(peer, ErrUnexpectedSender, "sent a second %v message", st)
	}
	return peer, body, nil
}

func (s *Server) record(st Step, peer int) {
	i, _ := slices.BinarySearch(s.sets[st], peer)
	s.sets[st] = slices.Insert(s.sets[st], i, peer)
}

// close ends the collection of step st, requiring at least T clients.
func (s *Server) close(st Step) error {
	if s.next != st {
		return fmt.Errorf("%w: closing %v while the server collects %v", ErrWrongStep, st, s.next)
	}
	if have := len(s.sets[st]); have < s.params.T {
		return tooFew(st.String(), have, s.params.T)
	}
	s.next = st + 1
	return nil
}

func (s *Server) header(st Step) []byte {
	return appendHeader(nil, Header{Kind: ServerKind(st), Session: s.session, Sender: serverSender})
}

// AddAdvertiseKeys collects a client's step-1 message.
func (s *Server) AddAdvertiseKeys(msg []byte) error {
	peer, body, err := s.accept(msg, StepAdvertiseKeys)
	if err != nil {
		return err
	}
	adv, err := parseAdvertise(body)
	if err != nil {
		return peerErr(peer, ErrMalformed, "%v", err)
	}
	s.adverts[peer], s.maskKeys[peer] = slices.Clone(msg), adv
	s.record(StepAdvertiseKeys, peer)
	return nil
}

// CloseAdvertiseKeys fixes U1 and returns the broadcast of every signed
// advertisement, which opens step 2 for every client in U1.
func (s *Server) CloseAdvertiseKeys() ([]byte, error) {
	if err := s.close(StepAdvertiseKeys); err != nil {
		return nil, err
	}
	var kb keysBroadcast
	for _, i := range s.sets[StepAdvertiseKeys] {
		kb.adverts = append(kb.adverts, s.adverts[i])
	}
	return kb.append(s.header(StepShareKeys)), nil
}

// KeysFor returns, after CloseAdvertiseKeys, the key broadcast cut down to
// what client i needs to share and mask: the signed adverts of i and its
// neighbours in U1. On a sparse graph this keeps a client's download and
// signature checks O(k) instead of O(n); on the complete graph it is the
// whole broadcast. A client that will VerifySum needs the whole broadcast.
func (s *Server) KeysFor(i int) ([]byte, error) {
	if s.next != StepShareKeys {
		return nil, fmt.Errorf("%w: keys are delivered after AdvertiseKeys closes and before ShareKeys does", ErrWrongStep)
	}
	u1 := s.sets[StepAdvertiseKeys]
	if _, ok := slices.BinarySearch(u1, i); !ok {
		return nil, fmt.Errorf("%w: client %d is not in U1", ErrUnexpectedSender, i)
	}
	who := s.neighboursIn(i, u1)
	k, _ := slices.BinarySearch(who, i)
	var kb keysBroadcast
	for _, j := range slices.Insert(who, k, i) {
		kb.adverts = append(kb.adverts, s.adverts[j])
	}
	return kb.append(s.header(StepShareKeys)), nil
}

// AddShareKeys collects a client's step-2 message: one sealed share pair
// for each of its neighbours in U1, no more, no fewer.
func (s *Server) AddShareKeys(msg []byte) error {
	peer, body, err := s.accept(msg, StepShareKeys)
	if err != nil {
		return err
	}
	list, err := parseShareKeys(body, s.params.N)
	if err != nil {
		return peerErr(peer, ErrMalformed, "ShareKeys: %v", err)
	}
	want := s.neighboursIn(peer, s.sets[StepAdvertiseKeys])
	if len(list) != len(want) {
		return peerErr(peer, ErrMalformed, "ShareKeys addressed to %d clients, its neighbours in U1 are %d", len(list), len(want))
	}
	for i, sh := range list {
		if sh.peer != want[i] {
			return peerErr(peer, ErrMalformed, "ShareKeys addressed to client %d, expected client %d", sh.peer, want[i])
		}
	}
	s.sealed[peer] = list
	s.record(StepShareKeys, peer)
	return nil
}

// neighboursIn returns the neighbours of i that are in set (sorted).
func (s *Server) neighboursIn(i int, set []int) []int {
	var out []int
	for _, j := range s.params.graph().Neighbours(s.params.N, i) {
		if _, ok := slices.BinarySearch(set, j); ok {
			out = append(out, j)
		}
	}
	return out
}

// CloseShareKeys fixes U2; SharesFor then gives each client in U2 the
// message that opens step 3 for it.
func (s *Server) CloseShareKeys() error {
	return s.close(StepShareKeys)
}

// SharesFor returns the delivery of the sealed shares addressed to client
// i by the other clients in U2.
func (s *Server) SharesFor(i int) ([]byte, error) {
	if s.next != StepMaskedInputCollection {
		return nil, fmt.Errorf("%w: shares are delivered after ShareKeys closes and before MaskedInputCollection does", ErrWrongStep)
	}
	if !slices.Contains(s.sets[StepShareKeys], i) {
		return nil, fmt.Errorf("%w: client %d is not in U2", ErrUnexpectedSender, i)
	}
	d := sharesDelivery{recipient: i}
	for _, j := range s.sets[StepShareKeys] {
		k, ok := slices.BinarySearchFunc(s.sealed[j], i, func(sh sealedShare, t int) int { return sh.peer - t })
		if ok {
			d.shares = append(d.shares, sealedShare{peer: j, ciphertext: s.sealed[j][k].ciphertext})
		}
	}
	return d.append(s.header(StepMaskedInputCollection)), nil
}

// AddMaskedInput collects a client's step-3 message and adds its masked
// vector into the running sum.
func (s *Server) AddMaskedInput(msg []byte) error {
	peer, body, err := s.accept(msg, StepMaskedInputCollection)
	if err != nil {
		return err
	}
	v := make([]uint64, s.params.VectorLen)
	if err := s.params.unpack(v, body); err != nil {
		return peerErr(peer, ErrMalformed, "masked input: %v", err)
	}
	if s.sum == nil {
		s.sum = v
	} else {
		s.params.add(s.sum, v)
	}
	s.record(StepMaskedInputCollection, peer)
	return nil
}

// CloseMaskedInput fixes the survivor set U3 and returns its announcement,
// which opens step 4 for every survivor.
func (s *Server) CloseMaskedInput() ([]byte, error) {
	if err := s.close(StepMaskedInputCollection); err != nil {
		return nil, err
	}
	return s.survivors().append(s.header(StepConsistencyCheck)), nil
}

// survivors is U3 with the digest of the masked sum over it.
func (s *Server) survivors() survivorsBody {
	if s.digest == nil {
		if s.sum == nil { // unreachable: closing needs T ≥ 2 masked inputs
			s.sum = make([]uint64, s.params.VectorLen)
		}
		packed := make([]byte, s.params.packedLen())
		s.params.pack(packed, s.sum)
		d := maskedSumDigest(s.session, packed)
		s.digest, s.packedSum = &d, packed
	}
	return survivorsBody{survivors: s.sets[StepMaskedInputCollection], digest: *s.digest}
}

// AddConsistencyCheck collects a survivor's signature on U3.
func (s *Server) AddConsistencyCheck(msg []byte) error {
	peer, body, err := s.accept(msg, StepConsistencyCheck)
	if err != nil {
		return err
	}
	if !slices.Equal(body, s.survivors().append(nil)) {
		return peerErr(peer, ErrInconsistentSurvivors, "signed a survivor set other than the one announced")
	}
	s.sigs[peer] = slices.Clone(msg[len(msg)-signatureLen:])
	s.record(StepConsistencyCheck, peer)
	return nil
}

// CloseConsistencyCheck fixes U4 and returns the unmask request, which
// opens step 5: self-mask seed shares of the survivors, masking-key shares
// of the clients that dropped after sharing keys, and the signatures.
func (s *Server) CloseConsistencyCheck() ([]byte, error) {
	if err := s.close(StepConsistencyCheck); err != nil {
		return nil, err
	}
	u3 := s.sets[StepMaskedInputCollection]
	s.dropped = nil
	for _, v := range s.sets[StepShareKeys] {
		if !slices.Contains(u3, v) {
			s.dropped = append(s.dropped, v)
		}
	}
	req := unmaskRequest{survivors: u3, dropped: s.dropped}
	for _, i := range s.sets[StepConsistencyCheck] {
		req.signatures = append(req.signatures, signerSig{signer: i, sig: s.sigs[i]})
	}
	return req.append(s.header(StepUnmasking)), nil
}

// AddUnmasking collects a client's revealed shares: exactly the self-mask
// seed shares of its survivor neighbours (and its own) and the masking-key
// shares of its dropped neighbours.
func (s *Server) AddUnmasking(msg []byte) error {
	peer, body, err := s.accept(msg, StepUnmasking)
	if err != nil {
		return err
	}
	u, err := parseUnmaskShares(body, s.params.N)
	if err != nil {
		return peerErr(peer, ErrMalformed, "Unmasking: %v", err)
	}
	wantSeeds := s.neighboursIn(peer, s.sets[StepMaskedInputCollection])
	i, _ := slices.BinarySearch(wantSeeds, peer)
	wantSeeds = slices.Insert(wantSeeds, i, peer)
	if !ownersAre(u.seedShares, wantSeeds) {
		return peerErr(peer, ErrMalformed, "Unmasking reveals %d self-mask shares, the request asks for %d", len(u.seedShares), len(wantSeeds))
	}
	if !ownersAre(u.keyShares, s.neighboursIn(peer, s.dropped)) {
		return peerErr(peer, ErrMalformed, "Unmasking reveals %d masking-key shares, not those of its dropped neighbours", len(u.keyShares))
	}
	s.unmask[peer] = &u
	s.record(StepUnmasking, peer)
	return nil
}

func ownersAre(list []ownedShare, owners []int) bool {
	return slices.EqualFunc(list, owners, func(s ownedShare, o int) bool { return s.owner == o })
}
