package enginetest

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"

	"github.com/veil-market/veil/engine"
)

// sendHook decides what an owner really sends for message k instead of payload;
// an error means it sends nothing.
type sendHook func(ctx context.Context, k stepKey, payload []byte, env hookEnv) ([]byte, error)

// hookEnv is what a hook may use: the job's tap and the owner's connection.
type hookEnv struct {
	tap    *tap
	hangUp func() // ends the owner's connection
}

// tappedLink is the engine.Link an owner's engine gets: it records each message
// in the job's tap and lets a hook tamper with it.
type tappedLink struct {
	engine.Link
	owner  int
	tap    *tap
	hook   sendHook
	hangUp func()
}

func (l *tappedLink) Send(ctx context.Context, step string, payload []byte) error {
	k := stepKey{l.Round(), step}
	l.tap.sent(l.owner, k, payload)
	if l.hook != nil {
		p, err := l.hook(ctx, k, payload, hookEnv{tap: l.tap, hangUp: l.hangUp})
		if err != nil {
			return err
		}
		payload = p
	}
	return l.Link.Send(ctx, step, payload)
}

// at applies f to message target only.
func at(target stepKey, f func(ctx context.Context, payload []byte, env hookEnv) ([]byte, error)) sendHook {
	return func(ctx context.Context, k stepKey, payload []byte, env hookEnv) ([]byte, error) {
		if k != target {
			return payload, nil
		}
		return f(ctx, payload, env)
	}
}

// hangUpAt makes an owner disconnect instead of sending target.
func hangUpAt(owner int, target stepKey) sendHook {
	return at(target, func(_ context.Context, _ []byte, env hookEnv) ([]byte, error) {
		env.hangUp()
		return nil, fmt.Errorf("enginetest: owner %d hung up instead of sending %s", owner, target)
	})
}

// malformAt replaces target's payload with m's bytes.
func malformAt(target stepKey, m malformation, maxMessage uint64, rnd io.Reader) sendHook {
	return at(target, func(_ context.Context, payload []byte, _ hookEnv) ([]byte, error) {
		return m.apply(payload, maxMessage, rnd), nil
	})
}

// borrowAt makes an owner send, as target, the exact bytes owner `from` sent.
func borrowAt(target stepKey, from int) sendHook {
	return at(target, func(ctx context.Context, _ []byte, env hookEnv) ([]byte, error) {
		return env.tap.payload(ctx, from, target)
	})
}

// replayAt makes an owner send, as target, bytes captured in another job;
// identical reports whether they equal what the engine wanted to send now.
func replayAt(target stepKey, captured []byte, identical *bool) sendHook {
	return at(target, func(_ context.Context, payload []byte, _ hookEnv) ([]byte, error) {
		*identical = bytes.Equal(payload, captured)
		return bytes.Clone(captured), nil
	})
}

// malformation is one way of breaking a message.
type malformation struct {
	name  string
	apply func(payload []byte, maxMessage uint64, rnd io.Reader) []byte
}

// malformations: random bytes of the right length, a cut, nothing, one byte too
// many, and more than the plan's largest message (which the transport refuses).
var malformations = []malformation{
	{"garbage", func(p []byte, _ uint64, rnd io.Reader) []byte { return randomBytes(rnd, cmp.Or(len(p), 16)) }},
	{"truncated", func(p []byte, _ uint64, _ io.Reader) []byte { return bytes.Clone(p[:len(p)/2]) }},
	{"empty", func([]byte, uint64, io.Reader) []byte { return []byte{} }},
	{"trailing-byte", func(p []byte, _ uint64, _ io.Reader) []byte { return append(bytes.Clone(p), 0) }},
	{"oversized", func(_ []byte, maxMessage uint64, rnd io.Reader) []byte { return randomBytes(rnd, int(maxMessage)+1) }},
}

func randomBytes(rnd io.Reader, n int) []byte {
	b := make([]byte, n)
	_, _ = io.ReadFull(rnd, b) // a ChaCha8 stream never fails
	return b
}
