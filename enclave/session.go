package enclave

import (
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"

	"filippo.io/hpke"

	"github.com/veil-market/veil/attest"
)

// The key release, as network-free steps (the engine carries the messages):
//
//  1. each owner sends the enclave a fresh nonce (OwnerSession.Nonce);
//  2. the enclave makes its ephemeral key and one report binding the job,
//     every nonce it got and the key, and sends every owner the evidence
//     and the nonce list (EnclaveSession.Evidence);
//  3. each owner checks that its own nonce is in the list at its place,
//     verifies and validates the evidence under its policy, and only then
//     sends its dataset key wrapped to the enclave key (OwnerSession.Release);
//  4. the enclave unwraps each key (EnclaveSession.OpenKey), fetches each
//     sealed blob and checks it against the on-chain digest before
//     decrypting (seal.Open).

// ErrNonce is returned when the evidence's nonce list does not hold an
// owner's nonce where it should.
var ErrNonce = errors.New("enclave: the owner's nonce is not bound by the evidence")

// OwnerSession is an owner's side of the key release for one job.
type OwnerSession struct {
	jobID, datasetID uint64
	self             int
	nonce            [attest.NonceSize]byte
	policy           *attest.Policy
}

// NewOwnerSession draws the owner's nonce (from rng, crypto/rand when nil);
// self is the owner's place in the job's owner order.
func NewOwnerSession(jobID, datasetID uint64, self int, policy *attest.Policy, rng io.Reader) (*OwnerSession, error) {
	if rng == nil {
		rng = rand.Reader
	}
	s := &OwnerSession{jobID: jobID, datasetID: datasetID, self: self, policy: policy}
	if _, err := io.ReadFull(rng, s.nonce[:]); err != nil {
		return nil, fmt.Errorf("enclave: drawing a nonce: %w", err)
	}
	return s, nil
}

// Nonce is the message of step 1.
func (s *OwnerSession) Nonce() [attest.NonceSize]byte { return s.nonce }

// Release is step 3: the owner's nonce must be nonces[self]; the evidence
// must pass the owner's policy for this job and these nonces; only then is
// dataKey (the dataset's age identity, never the owner's own) wrapped to
// the attested enclave key.
func (s *OwnerSession) Release(evidence []byte, nonces [][attest.NonceSize]byte, dataKey []byte) ([]byte, *attest.Verified, error) {
	if s.self < 0 || s.self >= len(nonces) || subtle.ConstantTimeCompare(nonces[s.self][:], s.nonce[:]) != 1 {
		return nil, nil, ErrNonce
	}
	ev, err := attest.DecodeEvidence(evidence)
	if err != nil {
		return nil, nil, err
	}
	return s.policy.WrapDataKey(ev, attest.Binding{JobID: s.jobID, Nonces: nonces}, s.datasetID, dataKey)
}

// EnclaveSession is the enclave's side.
type EnclaveSession struct {
	jobID    uint64
	nonces   [][attest.NonceSize]byte
	got      []bool
	key      hpke.PrivateKey
	pub      []byte
	attester attest.Attester
}

// NewEnclaveSession starts the key release for a job with owners owners.
func NewEnclaveSession(jobID uint64, owners int, a attest.Attester) (*EnclaveSession, error) {
	key, pub, err := attest.NewEnclaveKey()
	if err != nil {
		return nil, err
	}
	return &EnclaveSession{jobID: jobID, nonces: make([][attest.NonceSize]byte, owners), got: make([]bool, owners),
		key: key, pub: pub, attester: a}, nil
}

// AddNonce records owner's nonce (step 1); a second nonce is refused.
func (s *EnclaveSession) AddNonce(owner int, nonce []byte) error {
	switch {
	case owner < 0 || owner >= len(s.nonces):
		return fmt.Errorf("enclave: no owner %d", owner)
	case len(nonce) != attest.NonceSize:
		return fmt.Errorf("enclave: owner %d sent a nonce of %d bytes", owner, len(nonce))
	case s.got[owner]:
		return fmt.Errorf("enclave: owner %d sent a second nonce", owner)
	}
	copy(s.nonces[owner][:], nonce)
	s.got[owner] = true
	return nil
}

// Evidence is step 2: one report over every nonce received (an owner that
// sent none has a zero nonce and will not find its own), and the nonce list.
func (s *EnclaveSession) Evidence() ([]byte, [][attest.NonceSize]byte, error) {
	b := attest.Binding{JobID: s.jobID, Nonces: s.nonces, EnclaveKey: s.pub}
	ev, err := s.attester.Attest(b.ReportData(), s.pub)
	if err != nil {
		return nil, nil, err
	}
	enc, err := ev.Encode()
	return enc, s.nonces, err
}

// OpenKey is step 4: the dataset key an owner wrapped for this job and dataset.
func (s *EnclaveSession) OpenKey(datasetID uint64, wrapped []byte) ([]byte, error) {
	return attest.UnwrapDataKey(s.key, s.jobID, datasetID, wrapped)
}
