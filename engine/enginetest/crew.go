package enginetest

import (
	"context"
	"maps"
	"slices"
	"sync"
)

// crew is the owners of one job while they run, grouped by what the job waits
// for once the aggregator is done: honest owners and forged peers; the others
// are stopped.
type crew struct {
	all, honest, forgers sync.WaitGroup
	mu                   sync.Mutex
	owners               map[int]ownerOutcome
	forged               map[int]forgeryOutcome
}

func (c *crew) group(sc scenario, i int) *sync.WaitGroup {
	if sc.honest(i) {
		return &c.honest
	}
	if _, ok := sc.forged[i]; ok {
		return &c.forgers
	}
	return nil
}

// collect copies what the owners reported into out; an owner that has not
// returned by now is hung (it ignores its context).
func (c *crew) collect(out *outcome) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range out.owners {
		o, ok := c.owners[i]
		_, forged := c.forged[i]
		if !ok && !forged {
			out.hung = append(out.hung, i)
		}
		out.owners[i] = o
	}
	maps.Copy(out.forged, c.forged)
	slices.Sort(out.hung)
}

// startOwners runs every owner of the job: its engine, or a forged peer.
func (s *suite) startOwners(ctx context.Context, pub *published, sc scenario, t *tap) *crew {
	c := &crew{owners: map[int]ownerOutcome{}, forged: map[int]forgeryOutcome{}}
	for i := range s.tables {
		g := c.group(sc, i)
		c.all.Add(1)
		if g != nil {
			g.Add(1)
		}
		go func() {
			defer c.all.Done()
			if g != nil {
				defer g.Done()
			}
			if fg, ok := sc.forged[i]; ok {
				r := s.forge(ctx, pub, i, fg, t)
				c.mu.Lock()
				c.forged[i] = r
				c.mu.Unlock()
				return
			}
			o := s.own(ctx, pub, i, sc, t)
			c.mu.Lock()
			c.owners[i] = o
			c.mu.Unlock()
		}()
	}
	return c
}
