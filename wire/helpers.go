package wire

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/engine"
)

// Helpers is an owner's links to the helper compute nodes of one job (its
// link to the lead is an Uplink the caller dials and redials: the lead clocks
// the rounds and pays the receipts). Each is dialled in the background, with
// the same checks as the lead's (registry pin, job membership, the owner's
// Verify), and again whenever it fails, until Close.
type Helpers struct {
	links map[int]*redialer
	once  sync.Once
}

// DialHelpers starts the owner's links to the helpers (compute index →
// address); cfg is the owner's UplinkConfig to the lead, whose Server and
// Endpoint are replaced per helper (endpoint finds them in the registry).
func DialHelpers(cfg UplinkConfig, helpers map[int]common.Address, endpoint func(context.Context, common.Address) (string, error)) *Helpers {
	hs := &Helpers{links: map[int]*redialer{}}
	for k, addr := range helpers {
		c := cfg
		c.Server, c.Receipt, c.Paid, c.Peer, c.inbox = addr, nil, 0, false, nil
		hs.links[k] = startRedialer(c, endpoint)
	}
	return hs
}

// Close ends every helper link.
func (hs *Helpers) Close() {
	if hs == nil {
		return
	}
	hs.once.Do(func() {
		var wg sync.WaitGroup
		for _, d := range hs.links {
			wg.Go(d.close)
		}
		wg.Wait()
	})
}

// With is round lr (with the lead) joined by this round's channels to the
// helpers: what the owner's engine gets. With on nil Helpers is lr.
func (hs *Helpers) With(lr *OwnerRound) engine.Link {
	if hs == nil || len(hs.links) == 0 {
		return lr
	}
	for _, d := range hs.links {
		d.cfg.inbox.forget(lr.round)
	}
	return &ownerRound{OwnerRound: lr, helpers: hs}
}

type ownerRound struct {
	*OwnerRound
	helpers *Helpers
}

func (r *ownerRound) To(k int) engine.Channel {
	if k == 0 {
		return r.OwnerRound
	}
	if d, ok := r.helpers.links[k]; ok {
		return &helperChannel{d: d, round: r.round}
	}
	return engine.NoChannel(k)
}

// helperChannel is an owner's channel to a helper in one round; Send waits
// for the link to be up (bounded by ctx).
type helperChannel struct {
	d     *redialer
	round uint32
}

func (c *helperChannel) Send(ctx context.Context, step string, payload []byte) error {
	l, err := c.d.get(ctx)
	if err != nil {
		return err
	}
	return (&OwnerRound{link: l, round: c.round}).Send(ctx, step, payload)
}

func (c *helperChannel) Recv(ctx context.Context, step string, maxBytes int) ([]byte, error) {
	m, err := c.d.cfg.inbox.take(ctx, msgKey{c.round, step})
	if err != nil {
		return nil, fmt.Errorf("%w: compute node %s, round %d step %q: %v", ErrDropped, c.d.cfg.Server.Hex(), c.round, step, err)
	}
	if len(m.Payload) > maxBytes {
		return nil, fmt.Errorf("wire: compute node %s sent %d bytes for round %d step %q (max %d)", c.d.cfg.Server.Hex(), len(m.Payload), c.round, step, maxBytes)
	}
	return m.Payload, nil
}

func (c *helperChannel) Evidence(ctx context.Context) ([]byte, error) {
	l, err := c.d.get(ctx)
	if err != nil {
		return nil, err
	}
	return l.evidence, nil
}
