package wire

import (
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

// sendMessage splits payload into chunks; the last one carries sig.
func (c *conn) sendMessage(kind FrameKind, job uint64, round uint32, step string, payload, sig []byte) error {
	if len(step) > MaxStep || !printable(step) {
		return fmt.Errorf("wire: bad step name %q", step)
	}
	total := uint64(len(payload))
	for seq := uint32(0); ; seq++ {
		n := min(len(payload), MaxChunk)
		f := &Frame{Kind: kind, Job: job, Round: round, Step: step, Seq: seq, Total: total, Payload: payload[:n], Last: n == len(payload)}
		if f.Last {
			f.Sig = sig
		}
		if err := c.send(f); err != nil {
			return err
		}
		payload = payload[n:]
		if f.Last {
			return nil
		}
	}
}
