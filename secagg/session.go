package secagg

import (
	"encoding/binary"
	"fmt"
)

// Session binds every message to one aggregation: the job it belongs to and
// the job's round (a federated-learning job runs one aggregation per round).
// A message carried into another session fails with ErrSession.
type Session struct {
	JobID [32]byte
	Round uint64
}

func (s Session) bytes() []byte {
	b := make([]byte, 40)
	copy(b, s.JobID[:])
	binary.BigEndian.PutUint64(b[32:], s.Round)
	return b
}

// Step names a protocol step; every message carries one.
type Step uint8

// The protocol steps, in order (Bonawitz et al. Fig. 4, malicious variant).
const (
	StepAdvertiseKeys         Step = 1 // client: two X25519 public keys
	StepShareKeys             Step = 2 // client: encrypted shares of its mask key and seed
	StepMaskedInputCollection Step = 3 // client: masked input vector
	StepConsistencyCheck      Step = 4 // client: signature on the survivor set
	StepUnmasking             Step = 5 // client: the shares the server asked for
	// StepOpening is the server's last message, after Sum: what every
	// client needs to recompute and check the sum (Client.VerifySum).
	// Clients send nothing at this step.
	StepOpening Step = 6
)

func (s Step) String() string {
	switch s {
	case StepAdvertiseKeys:
		return "AdvertiseKeys"
	case StepShareKeys:
		return "ShareKeys"
	case StepMaskedInputCollection:
		return "MaskedInputCollection"
	case StepConsistencyCheck:
		return "ConsistencyCheck"
	case StepUnmasking:
		return "Unmasking"
	case StepOpening:
		return "Opening"
	}
	return fmt.Sprintf("Step(%d)", uint8(s))
}

// Kind tells who sent a message and for which step: a client's message has
// the step's value, the server's broadcast that opens a step has it with the
// high bit set.
type Kind uint8

const serverKindBit = 0x80

// ClientKind is the kind of a client's message at step s.
func ClientKind(s Step) Kind { return Kind(s) }

// ServerKind is the kind of the server message that opens step s.
func ServerKind(s Step) Kind { return Kind(s) | serverKindBit }

// Step returns the step a message of this kind belongs to.
func (k Kind) Step() Step { return Step(k &^ serverKindBit) }

// FromServer reports whether a message of this kind comes from the server.
func (k Kind) FromServer() bool { return k&serverKindBit != 0 }

func (k Kind) String() string {
	if k.FromServer() {
		return "server " + k.Step().String()
	}
	return k.Step().String()
}
