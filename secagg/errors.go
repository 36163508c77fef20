package secagg

import (
	"errors"
	"fmt"
)

// Sentinel errors. Errors about a peer's message are *PeerError values that
// wrap one of these, so callers can branch with errors.Is and find the peer
// with errors.As.
var (
	// ErrParams: the parameters are inconsistent or unsafe.
	ErrParams = errors.New("secagg: invalid parameters")
	// ErrMalformed: a message has the wrong size, encoding or a value out of range.
	ErrMalformed = errors.New("secagg: malformed message")
	// ErrSession: a message belongs to another job or another round (a replay).
	ErrSession = errors.New("secagg: message from another session")
	// ErrWrongStep: a message or a call arrived at the wrong protocol step.
	ErrWrongStep = errors.New("secagg: wrong protocol step")
	// ErrBadSignature: a message's signature does not verify under the sender's key.
	ErrBadSignature = errors.New("secagg: signature does not verify")
	// ErrBadCiphertext: an encrypted share fails authentication.
	ErrBadCiphertext = errors.New("secagg: share ciphertext fails authentication")
	// ErrUnexpectedSender: a sender that is not in the set expected at this step,
	// or a second message from the same sender.
	ErrUnexpectedSender = errors.New("secagg: unexpected sender")
	// ErrTooFewSurvivors: fewer clients than the threshold are left; the
	// protocol aborts and no sum is produced.
	ErrTooFewSurvivors = errors.New("secagg: too few surviving clients")
	// ErrBothShares: the server asked for the self-mask share and the
	// pairwise-key share of the same client; revealing both would unmask its input.
	ErrBothShares = errors.New("secagg: server asked for both shares of one client")
	// ErrInconsistentSurvivors: the server showed different survivor sets to
	// different clients (the malicious-server consistency check failed).
	ErrInconsistentSurvivors = errors.New("secagg: inconsistent survivor sets")
	// ErrSplitSurvivors: the announced survivor set could be split in the
	// masking graph by removing the colluders the parameters allow for, so
	// the server could unmask a smaller group's sum (SecAgg+'s sparse
	// graphs); clients refuse to sign it.
	ErrSplitSurvivors = errors.New("secagg: survivor set can be split in the masking graph")
	// ErrReconstruction: a reconstructed key does not match the key its owner
	// advertised, so some share holder sent a wrong share.
	ErrReconstruction = errors.New("secagg: secret reconstruction failed")
	// ErrInput: the caller's input vector is invalid.
	ErrInput = errors.New("secagg: invalid input")
)

// ServerPeer is the peer number PeerError uses for the server.
const ServerPeer = -1

// PeerError is an error attributed to one peer: a client by its index, or
// the server (ServerPeer).
type PeerError struct {
	Peer   int
	Err    error  // one of the sentinels above
	Detail string // what was wrong, never a secret
}

func (e *PeerError) Error() string {
	who := fmt.Sprintf("client %d", e.Peer)
	if e.Peer == ServerPeer {
		who = "server"
	}
	return fmt.Sprintf("%v: %s: %s", e.Err, who, e.Detail)
}

func (e *PeerError) Unwrap() error { return e.Err }

func peerErr(peer int, sentinel error, format string, args ...any) error {
	return &PeerError{Peer: peer, Err: sentinel, Detail: fmt.Sprintf(format, args...)}
}

func serverErr(sentinel error, format string, args ...any) error {
	return peerErr(ServerPeer, sentinel, format, args...)
}

func tooFew(what string, have, need int) error {
	return fmt.Errorf("%w: %s: %d clients left, threshold is %d", ErrTooFewSurvivors, what, have, need)
}
