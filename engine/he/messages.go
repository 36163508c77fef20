package he

import (
	"errors"
	"fmt"
	"strings"

	"github.com/veil-market/veil/mhe"
)

// Codec of the engine's own messages between owners and the aggregator
// (the announcement, reply framing, the payload). Every decoder is strict:
// exact lengths, bounded counts, no trailing bytes, so a peer cannot make us
// allocate more than the job's declared message size and every accepted
// message has one encoding. The objects inside (the buyer key, the
// secure-aggregation messages) are decoded by their own canonical codecs.

// errMalformed is wrapped by every refusal of the engine's own messages
// (and matches mhe.ErrMalformed, like the refusals of the objects inside).
var errMalformed = fmt.Errorf("he: %w", mhe.ErrMalformed)

// ErrAborted is wrapped by the error an owner returns when the aggregator
// aborted the round (the reason the aggregator gave follows it).
var ErrAborted = errors.New("he: the aggregator aborted the round")

const (
	replyAbort byte = 0
	replyOK    byte = 1

	maxReason = 512
	maxName   = 128 // bytes of an owner's name (a checksummed address is 42)
)

// reply frames every aggregator-to-owner message after the announcement:
// either the body, or an abort with a printable reason so that owners stop
// at once instead of waiting for their deadline.
func reply(body []byte) []byte { return append([]byte{replyOK}, body...) }

func abortReply(reason string) []byte {
	return append([]byte{replyAbort}, printable(reason, maxReason)...)
}

// decodeReply returns the body of an OK reply, or an error wrapping
// ErrAborted with the aggregator's reason.
func decodeReply(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: empty message", errMalformed)
	}
	switch b[0] {
	case replyOK:
		return b[1:], nil
	case replyAbort:
		if len(b)-1 > maxReason {
			return nil, fmt.Errorf("%w: abort reason of %d bytes", errMalformed, len(b)-1)
		}
		return nil, fmt.Errorf("%w: %s", ErrAborted, printable(string(b[1:]), maxReason))
	}
	return nil, fmt.Errorf("%w: reply status %d", errMalformed, b[0])
}

// printable keeps at most n bytes of s, with every byte outside printable
// ASCII replaced, so a peer's text cannot inject control sequences in logs.
func printable(s string, n int) string {
	if len(s) > n {
		s = s[:n]
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e {
			return '?'
		}
		return r
	}, s)
}
