package wire

import (
	"crypto/sha256"
	"fmt"
	"sync"
	"sync/atomic"
)

// stream is what gRPC gives both ends of a bidirectional stream.
type stream interface {
	SendMsg(m any) error
	RecvMsg(m any) error
}

// Counters count the bytes a node exchanges, for its metrics.
type Counters struct {
	BytesIn, BytesOut atomic.Uint64
}

// conn sends and receives frames on one stream; sends are serialised.
type conn struct {
	s        stream
	sendMu   sync.Mutex
	counters *Counters
}

func newConn(s stream, c *Counters) *conn {
	if c == nil {
		c = &Counters{}
	}
	return &conn{s: s, counters: c}
}

func (c *conn) send(f *Frame) error {
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	if err := c.s.SendMsg(f); err != nil {
		return err
	}
	c.counters.BytesOut.Add(uint64(len(f.Payload)) + 32)
	return nil
}

func (c *conn) recv() (*Frame, error) {
	f := new(Frame)
	if err := c.s.RecvMsg(f); err != nil {
		return nil, err
	}
	c.counters.BytesIn.Add(uint64(len(f.Payload)) + 32)
	return f, nil
}

// sendMessage splits payload into chunks. When sign is set, every data chunk
// is hashed after it is handed to gRPC, so that hashing overlaps the
// transfer, and an empty last chunk carries sign(SHA-256 of the payload):
// no byte waits for the hash before it is sent.
func (c *conn) sendMessage(kind FrameKind, job uint64, round uint32, step string, payload []byte, sign func(payloadSHA [32]byte) []byte) error {
	if len(step) > MaxStep || !printable(step) {
		return fmt.Errorf("wire: bad step name %q", step)
	}
	total := uint64(len(payload))
	h := sha256.New()
	for seq := uint32(0); ; seq++ {
		n := min(len(payload), MaxChunk)
		f := &Frame{Kind: kind, Job: job, Round: round, Step: step, Seq: seq, Total: total, Payload: payload[:n], Last: n == len(payload)}
		if sign != nil && f.Last {
			if n > 0 { // the data goes first; the signature follows in an empty chunk
				f.Last = false
			} else {
				f.Sig = sign([32]byte(h.Sum(nil)))
			}
		}
		if err := c.send(f); err != nil {
			return err
		}
		if f.Last {
			return nil
		}
		if sign != nil {
			hashChunk(h, f.Payload)
		}
		payload = payload[n:]
	}
}
