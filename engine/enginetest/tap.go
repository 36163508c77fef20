package enginetest

import (
	"bytes"
	"context"
	"fmt"
	"sync"
)

// stepKey names one message an owner sends: the round and the step.
type stepKey struct {
	Round uint32
	Step  string
}

func (k stepKey) String() string { return fmt.Sprintf("round %d step %q", k.Round, k.Step) }

type tapKey struct {
	owner int
	stepKey
}

// tap records, for one job, what each owner's engine asked to send (before any
// tampering). The suite takes messages from it to replay them or to send them
// under another owner's name.
type tap struct {
	mu       sync.Mutex
	changed  chan struct{}
	payloads map[tapKey][]byte
	trace    map[int][]stepKey // each owner's sends, in order
}

func newTap() *tap {
	return &tap{changed: make(chan struct{}), payloads: map[tapKey][]byte{}, trace: map[int][]stepKey{}}
}

func (t *tap) sent(owner int, k stepKey, payload []byte) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.payloads[tapKey{owner, k}] = bytes.Clone(payload)
	t.trace[owner] = append(t.trace[owner], k)
	t.notifyLocked()
}

func (t *tap) notifyLocked() {
	close(t.changed)
	t.changed = make(chan struct{})
}

// payload waits until the owner's engine has asked to send k.
func (t *tap) payload(ctx context.Context, owner int, k stepKey) ([]byte, error) {
	return t.wait(ctx, owner, k, t.payloads)
}

func (t *tap) wait(ctx context.Context, owner int, k stepKey, m map[tapKey][]byte) ([]byte, error) {
	for {
		t.mu.Lock()
		v, ok := m[tapKey{owner, k}]
		ch := t.changed
		t.mu.Unlock()
		if ok {
			return bytes.Clone(v), nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("enginetest: waiting for owner %d's %s: %w", owner, k, ctx.Err())
		case <-ch:
		}
	}
}

// steps is the owner's sends in order.
func (t *tap) steps(owner int) []stepKey {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]stepKey(nil), t.trace[owner]...)
}
