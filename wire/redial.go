package wire

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// redialBackoff is how long a redialer waits after a failed dial or a lost link.
const redialBackoff = 500 * time.Millisecond

// redialer keeps a link to one compute node up: it dials in the background,
// and again whenever the link fails, until closed. Its inbox outlives the
// links, so a message is taken wherever it arrived.
type redialer struct {
	cfg      UplinkConfig
	endpoint func(ctx context.Context, addr common.Address) (string, error)
	stop     context.CancelFunc
	done     chan struct{}
	mu       sync.Mutex
	link     *Uplink
	last     error // why the last dial failed, for the errors of those who wait
	changed  chan struct{}
}

func startRedialer(cfg UplinkConfig, endpoint func(context.Context, common.Address) (string, error)) *redialer {
	if cfg.inbox == nil {
		cfg.inbox = newInbox(cfg.MaxMessage)
		cfg.inbox.lenient = cfg.Peer
	}
	ctx, stop := context.WithCancel(context.Background())
	d := &redialer{cfg: cfg, endpoint: endpoint, stop: stop, done: make(chan struct{}), changed: make(chan struct{})}
	go d.run(ctx)
	return d
}

func (d *redialer) run(ctx context.Context) {
	defer close(d.done)
	for ctx.Err() == nil {
		l, err := d.dial(ctx)
		d.set(l, err)
		if l != nil {
			_ = l.wait(ctx, func() bool { return false }) // until the link fails or we stop
			l.Close()
			d.set(nil, l.Err())
		}
		select {
		case <-ctx.Done():
		case <-time.After(redialBackoff):
		}
	}
}

func (d *redialer) dial(ctx context.Context) (*Uplink, error) {
	if d.endpoint == nil {
		return nil, fmt.Errorf("wire: no way to find compute node %s's endpoint", d.cfg.Server.Hex())
	}
	ep, err := d.endpoint(ctx, d.cfg.Server)
	if err != nil {
		return nil, err
	}
	cfg := d.cfg
	cfg.Endpoint = ep
	return Dial(ctx, cfg)
}

func (d *redialer) set(l *Uplink, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.link = l
	if err != nil {
		d.last = err
	}
	close(d.changed)
	d.changed = make(chan struct{})
}

// current is the link while it is up, else nil.
func (d *redialer) current() *Uplink {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.link != nil && d.link.Err() == nil {
		return d.link
	}
	return nil
}

func (d *redialer) up() bool { return d.current() != nil }

// get waits for the link to be up.
func (d *redialer) get(ctx context.Context) (*Uplink, error) {
	for {
		d.mu.Lock()
		l, last, ch := d.link, d.last, d.changed
		d.mu.Unlock()
		if l != nil && l.Err() == nil {
			return l, nil
		}
		select {
		case <-ctx.Done():
			if last == nil {
				last = ctx.Err()
			}
			return nil, fmt.Errorf("%w: compute node %s is not connected: %w", ErrDropped, d.cfg.Server.Hex(), last)
		case <-d.done:
			return nil, fmt.Errorf("%w: compute node %s: %w", ErrDropped, d.cfg.Server.Hex(), errors.New("the job's links are closed"))
		case <-ch:
		}
	}
}

// close stops dialling and ends the link.
func (d *redialer) close() {
	d.stop()
	<-d.done
	d.cfg.inbox.close(errors.New("wire: the job's links are closed"))
}
