package prio

import "errors"

// Why an owner is rejected. Aggregator.Rejected wraps one of these with the
// detail; callers recognise them with errors.Is.
var (
	// ErrMalformed: a share or message does not decode to the sizes the
	// scheme fixes (or is missing a block).
	ErrMalformed = errors.New("prio: malformed share")
	// ErrInconsistent: the owner's shares at the two nodes do not belong
	// together (different public shares, joint randomness that does not
	// match).
	ErrInconsistent = errors.New("prio: inconsistent shares")
	// ErrInvalid: the recombined measurement fails its validity proof (out
	// of range, not one-hot, a forged proof).
	ErrInvalid = errors.New("prio: invalid measurement")
	// ErrOutOfBounds: a sum constraint does not hold (a group of entries
	// does not add up to its public total).
	ErrOutOfBounds = errors.New("prio: measurement outside its public bounds")
	// ErrMeasurement: the owner's own measurement does not fit the
	// circuit (Shard refuses it before anything is sent).
	ErrMeasurement = errors.New("prio: measurement does not fit the circuit")
	// ErrPeer: the other node's message is malformed or does not match
	// this node's view of the round; the run cannot go on.
	ErrPeer = errors.New("prio: bad message from the other node")
)
