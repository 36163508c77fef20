package secagg

import (
	"crypto/ecdh"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/subtle"
	"fmt"
	"io"

	"github.com/veil-market/veil/secagg/shamir"
)

// Client is one data owner's side of the protocol: a local state machine
// with one method per step. Each method takes the server's message for that
// step (none for the first) and returns the client's signed reply, to be
// carried to the server by any transport. Methods must be called in order,
// once each; a Client is not safe for concurrent use.
//
// The Client holds secrets (its X25519 private keys, its self-mask seed and
// the shares it received) until Unmask returns.
type Client struct {
	params    Params
	session   Session
	index     int
	signer    ed25519.PrivateKey
	peers     []ed25519.PublicKey
	rand      io.Reader
	neighbour []bool // neighbour[j]: this client pairs with j

	next Step // the step whose method runs next; 0 once finished

	encKey, maskKey *ecdh.PrivateKey
	maskSecret      [shamir.Size]byte // maskKey's bytes, the secret that is shared
	seed            [shamir.Size]byte // b_i, the self-mask seed

	peerEnc, peerMask []*ecdh.PublicKey // indexed by client, nil outside U1
	peerSeed          [][32]byte        // advertised seed commitments, by client
	encShared         [][]byte          // X25519(c_i, c_j) by neighbour j, computed once for both directions
	inU2              []bool
	ownKeyShare       [shamir.Size]byte
	ownSeedShare      [shamir.Size]byte
	keyShares         map[int][shamir.Size]byte // received, by owner
	seedShares        map[int][shamir.Size]byte
	signedSurvivors   []int
	signedDigest      [32]byte // the masked-sum digest signed with signedSurvivors
	dropped           []int    // U2 \ U3 as the unmask request named it

	stats Stats
}

// Stats counts the expensive operations a party performed, so benchmarks
// can price them apart (key agreement, mask expansion).
type Stats struct {
	KeyAgreements int   // X25519 operations
	MaskBytes     int64 // AES-CTR keystream bytes expanded into masks
}

// NewClient prepares client index of p.N for one session. signer is the
// client's Ed25519 key (the key the chain registry holds); peers holds every
// client's public key by index, this client's included. rand is the source
// of all randomness (crypto/rand if nil).
func NewClient(p Params, s Session, index int, signer ed25519.PrivateKey, peers []ed25519.PublicKey, rnd io.Reader) (*Client, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if index < 0 || index >= p.N {
		return nil, fmt.Errorf("%w: client index %d outside [0, %d)", ErrParams, index, p.N)
	}
	if err := checkPeerKeys(peers, p.N); err != nil {
		return nil, err
	}
	if len(signer) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("%w: signing key of %d bytes", ErrParams, len(signer))
	}
	if !signer.Public().(ed25519.PublicKey).Equal(peers[index]) {
		return nil, fmt.Errorf("%w: signing key does not match peer key %d", ErrParams, index)
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	c := &Client{params: p, session: s, index: index, signer: signer, peers: peers, rand: rnd,
		neighbour: make([]bool, p.N), next: StepAdvertiseKeys}
	for _, j := range p.graph().Neighbours(p.N, index) {
		c.neighbour[j] = true
	}
	return c, nil
}

func checkPeerKeys(peers []ed25519.PublicKey, n int) error {
	if len(peers) != n {
		return fmt.Errorf("%w: %d peer keys for N = %d clients", ErrParams, len(peers), n)
	}
	for i, k := range peers {
		if len(k) != ed25519.PublicKeySize {
			return fmt.Errorf("%w: peer key %d has %d bytes", ErrParams, i, len(k))
		}
	}
	return nil
}

// Index returns the client's index.
func (c *Client) Index() int { return c.index }

// Stats returns the operation counts so far.
func (c *Client) Stats() Stats { return c.stats }

func (c *Client) expect(s Step) error {
	if c.next != s {
		return fmt.Errorf("%w: %v called, client %d expects %v", ErrWrongStep, s, c.index, c.next)
	}
	return nil
}

func (c *Client) header(s Step) []byte {
	return appendHeader(nil, Header{Kind: ClientKind(s), Session: c.session, Sender: uint32(c.index)})
}

// newX25519 samples an X25519 private key whose 32 bytes are a canonical
// field element of GF(2^255-19), so they can be Shamir-shared as they are.
func newX25519(r io.Reader) (*ecdh.PrivateKey, [shamir.Size]byte, error) {
	secret, err := shamir.RandomSecret(r)
	if err != nil {
		return nil, secret, err
	}
	key, err := ecdh.X25519().NewPrivateKey(secret[:])
	return key, secret, err
}

// AdvertiseKeys runs step 1: it generates the client's two X25519 key pairs
// and self-mask seed, and returns the signed message advertising the public
// keys.
func (c *Client) AdvertiseKeys() ([]byte, error) {
	if err := c.expect(StepAdvertiseKeys); err != nil {
		return nil, err
	}
	var err error
	if c.encKey, _, err = newX25519(c.rand); err != nil {
		return nil, fmt.Errorf("secagg: encryption key: %w", err)
	}
	if c.maskKey, c.maskSecret, err = newX25519(c.rand); err != nil {
		return nil, fmt.Errorf("secagg: masking key: %w", err)
	}
	if c.seed, err = shamir.RandomSecret(c.rand); err != nil {
		return nil, fmt.Errorf("secagg: self-mask seed: %w", err)
	}
	body := advertiseBody{encKey: [32]byte(c.encKey.PublicKey().Bytes()), maskKey: [32]byte(c.maskKey.PublicKey().Bytes()),
		seedCommit: seedCommitment(c.seed, c.session, c.index)}
	c.next = StepShareKeys
	return sealClient(body.append(c.header(StepAdvertiseKeys)), c.signer), nil
}

// ShareKeys runs step 2. It takes the server's broadcast of every client's
// signed keys (U1), checks each signature, and returns this client's Shamir
// shares of its masking key and self-mask seed, each encrypted to its
// recipient.
func (c *Client) ShareKeys(keysMsg []byte) ([]byte, error) {
	if err := c.expect(StepShareKeys); err != nil {
		return nil, err
	}
	u1, err := c.readKeys(keysMsg)
	if err != nil {
		return nil, err
	}
	holders := []int{c.index}
	for _, j := range u1 {
		if c.neighbour[j] {
			holders = append(holders, j)
		}
	}
	if t := c.params.shareT(); len(holders) < t {
		return nil, tooFew(fmt.Sprintf("client %d: share holders in U1", c.index), len(holders), t)
	}
	xs := make([]uint32, len(holders))
	for i, h := range holders {
		xs[i] = uint32(h) + 1
	}
	keyShares, err := shamir.Split(c.maskSecret, c.params.shareT(), xs, c.rand)
	if err != nil {
		return nil, fmt.Errorf("secagg: sharing masking key: %w", err)
	}
	seedShares, err := shamir.Split(c.seed, c.params.shareT(), xs, c.rand)
	if err != nil {
		return nil, fmt.Errorf("secagg: sharing self-mask seed: %w", err)
	}
	c.ownKeyShare, c.ownSeedShare = keyShares[0], seedShares[0]
	sealed := make([]sealedShare, 0, len(holders)-1)
	c.encShared = make([][]byte, c.params.N)
	for i, j := range holders[1:] {
		shared, err := c.agree(c.encKey, c.peerEnc[j], j, "encryption")
		if err != nil {
			return nil, err
		}
		c.encShared[j] = shared
		plain := sharePlain{sender: c.index, recipient: j, keyShare: keyShares[i+1], seedShare: seedShares[i+1]}
		sealed = append(sealed, sealedShare{peer: j, ciphertext: sealShare(shared, c.session, c.index, j, plain.bytes())})
	}
	c.next = StepMaskedInputCollection
	return sealClient(appendSealed(c.header(StepShareKeys), sealed), c.signer), nil
}

// readKeys checks the server's key broadcast and records every advertised
// key; it returns U1 as far as the broadcast shows it (on a sparse graph
// the server may send each client only its neighbourhood's keys, KeysFor).
func (c *Client) readKeys(msg []byte) ([]int, error) {
	body, err := openServer(msg, ServerKind(StepShareKeys), c.session)
	if err != nil {
		return nil, err
	}
	kb, err := parseKeysBroadcast(body, c.params.N)
	if err != nil {
		return nil, serverErr(ErrMalformed, "key broadcast: %v", err)
	}
	c.peerEnc = make([]*ecdh.PublicKey, c.params.N)
	c.peerMask = make([]*ecdh.PublicKey, c.params.N)
	c.peerSeed = make([][32]byte, c.params.N)
	u1 := make([]int, 0, len(kb.adverts))
	for _, raw := range kb.adverts {
		peer, body, err := openClient(raw, ClientKind(StepAdvertiseKeys), c.session, c.peers)
		if err != nil {
			return nil, err
		}
		if len(u1) > 0 && peer <= u1[len(u1)-1] {
			return nil, serverErr(ErrMalformed, "key broadcast lists client %d out of order", peer)
		}
		adv, err := parseAdvertise(body)
		if err != nil {
			return nil, peerErr(peer, ErrMalformed, "%v", err)
		}
		if peer == c.index && !c.isOwn(adv) {
			return nil, serverErr(ErrMalformed, "key broadcast carries keys for client %d that it did not generate", c.index)
		}
		c.peerEnc[peer], _ = ecdh.X25519().NewPublicKey(adv.encKey[:]) // any 32 bytes parse
		c.peerMask[peer], _ = ecdh.X25519().NewPublicKey(adv.maskKey[:])
		c.peerSeed[peer] = adv.seedCommit
		u1 = append(u1, peer)
	}
	if c.peerEnc[c.index] == nil {
		return nil, serverErr(ErrUnexpectedSender, "key broadcast leaves out client %d", c.index)
	}
	if t := c.params.shareT(); len(u1) < t {
		return nil, tooFew("AdvertiseKeys (U1)", len(u1), t)
	}
	return u1, nil
}

func (c *Client) isOwn(adv advertiseBody) bool {
	enc, mask := c.encKey.PublicKey().Bytes(), c.maskKey.PublicKey().Bytes()
	seed := seedCommitment(c.seed, c.session, c.index)
	return subtle.ConstantTimeCompare(enc, adv.encKey[:])&subtle.ConstantTimeCompare(mask, adv.maskKey[:])&
		subtle.ConstantTimeCompare(seed[:], adv.seedCommit[:]) == 1
}

// agree runs X25519 with a peer's advertised key, naming the peer if the key
// is a low-order point.
func (c *Client) agree(own *ecdh.PrivateKey, theirs *ecdh.PublicKey, peer int, which string) ([]byte, error) {
	c.stats.KeyAgreements++
	shared, err := own.ECDH(theirs)
	if err != nil {
		return nil, peerErr(peer, ErrMalformed, "advertised %s key is a low-order point", which)
	}
	return shared, nil
}
