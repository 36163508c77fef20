package mhe

import (
	"errors"
	"fmt"
)

// Sentinel errors of the protocol checks. Returned errors wrap them (and,
// where a peer is to blame, an *OwnerError naming it).
var (
	ErrUnknownOwner      = errors.New("not a committee member")
	ErrDuplicate         = errors.New("more than one message from the same owner")
	ErrBadSignature      = errors.New("bad signature")
	ErrMissingShare      = errors.New("no share received")
	ErrTooFewInputs      = errors.New("too few inputs")
	ErrAggregateMismatch = errors.New("aggregate differs from the one recomputed from the signed inputs")
	ErrShapeMismatch     = errors.New("inputs have different numbers of ciphertexts")
	ErrInternal          = errors.New("internal error in the HE library")
	ErrNoKey             = errors.New("key not in store")
	ErrCommitment        = errors.New("object differs from the one its owner committed to")
)

// OwnerError blames one committee member for a refused message.
type OwnerError struct {
	Owner string
	Err   error
}

func (e *OwnerError) Error() string { return fmt.Sprintf("mhe: owner %q: %v", e.Owner, e.Err) }

func (e *OwnerError) Unwrap() error { return e.Err }

func ownerErr(owner string, err error) error { return &OwnerError{Owner: owner, Err: err} }

// guard runs f and turns a panic inside Lattigo into an error. Our own inputs
// to Lattigo are checked before the call; this is the last line of defence
// at the boundary with a library that panics on some malformed operands.
func guard(what string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("mhe: %s: %w: %v", what, ErrInternal, r)
		}
	}()
	return f()
}
