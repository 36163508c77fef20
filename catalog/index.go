package catalog

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/ctxtime"
)

// Index follows one Marketplace's events and keeps its datasets, jobs and
// nodes cached. Like a daemon it reads the chain up to the newest block with
// enough confirmations, remembers where it stopped and reads only the new
// blocks next time; an event marks what it touched (a dataset, a job, a node)
// to be read again from the contract, and a job's acceptance window ending
// marks its datasets (their reservations lapse without a transaction). It
// keeps everything in memory: one process per market, rebuilt at start.
type Index struct {
	market        *chain.Market
	from          uint64
	confirmations uint64

	syncMu sync.Mutex // one Sync at a time

	mu       sync.RWMutex
	next     uint64 // first block not read yet
	head     uint64 // newest block read
	headTime uint64
	synced   bool
	lastErr  string
	times    map[uint64]uint64 // block → timestamp, for blocks with events
	datasets map[uint64]*datasetEntry
	jobs     map[uint64]*jobEntry
	nodes    map[common.Address]*nodeEntry
	dirty    dirtySet
}

type dirtySet struct {
	datasets map[uint64]bool
	jobs     map[uint64]bool
	nodes    map[common.Address]bool
}

func newDirty() dirtySet {
	return dirtySet{datasets: map[uint64]bool{}, jobs: map[uint64]bool{}, nodes: map[common.Address]bool{}}
}

// NewIndex is an index of market's events from block from (the deploy block)
// on, reading blocks with at least confirmations blocks on top.
func NewIndex(market *chain.Market, from, confirmations uint64) *Index {
	return &Index{market: market, from: from, confirmations: confirmations, next: from, times: map[uint64]uint64{},
		datasets: map[uint64]*datasetEntry{}, jobs: map[uint64]*jobEntry{}, nodes: map[common.Address]*nodeEntry{}, dirty: newDirty()}
}

// Follow syncs every period until ctx ends; errors are logged and kept for
// Status, and the next round tries again.
func (x *Index) Follow(ctx context.Context, period time.Duration, log *slog.Logger) {
	for {
		if err := x.Sync(ctx); err != nil && ctx.Err() == nil {
			log.Warn("catalog: following the chain", "err", err)
		}
		if ctxtime.Sleep(ctx, period) != nil {
			return
		}
	}
}

// Sync reads the blocks since the last call and refreshes what they touched.
func (x *Index) Sync(ctx context.Context) error {
	x.syncMu.Lock()
	defer x.syncMu.Unlock()
	err := x.sync(ctx)
	x.mu.Lock()
	x.lastErr = ""
	if err != nil {
		x.lastErr = err.Error()
	}
	x.mu.Unlock()
	return err
}

func (x *Index) sync(ctx context.Context) error {
	b := x.market.Backend()
	head, err := b.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("catalog: reading head: %w", err)
	}
	safe := head - min(head, x.confirmations)
	if safe >= x.next {
		if err := x.read(ctx, x.next, safe); err != nil {
			return err
		}
	}
	hdr, err := b.HeaderByNumber(ctx, big64(safe))
	if err != nil {
		return fmt.Errorf("catalog: reading block %d: %w", safe, err)
	}
	x.mu.Lock()
	x.head, x.headTime = safe, hdr.Time
	x.markLapsed()
	x.mu.Unlock()
	if err := x.refresh(ctx); err != nil {
		return err
	}
	x.mu.Lock()
	x.synced = true
	x.mu.Unlock()
	return nil
}

// read applies the events of blocks [from, to].
func (x *Index) read(ctx context.Context, from, to uint64) error {
	logs, err := x.market.EventLogs(ctx, from, to)
	if err != nil {
		return err
	}
	times := map[uint64]uint64{}
	for _, l := range logs {
		if _, ok := times[l.BlockNumber]; ok {
			continue
		}
		h, err := x.market.Backend().HeaderByNumber(ctx, big64(l.BlockNumber))
		if err != nil {
			return fmt.Errorf("catalog: reading block %d: %w", l.BlockNumber, err)
		}
		times[l.BlockNumber] = h.Time
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	for bn, t := range times {
		x.times[bn] = t
	}
	for i := range logs {
		ev, err := chain.DecodeEvent(&logs[i])
		if err != nil {
			continue // not ours to show (a future event, or garbage from the endpoint)
		}
		x.apply(ev, x.stamp(&logs[i].BlockNumber, logs[i].TxHash))
	}
	x.next = to + 1
	return nil
}

// refresh reads again from the contract what events or time changed.
func (x *Index) refresh(ctx context.Context) error {
	x.mu.RLock()
	datasets, jobs, nodes := sortedKeys(x.dirty.datasets), sortedKeys(x.dirty.jobs), sortedAddrs(x.dirty.nodes)
	x.mu.RUnlock()
	err := reread(ctx, &x.mu, datasets, x.dirty.datasets, x.market.Dataset, func(id uint64, terms chain.DatasetInfo) {
		e := x.datasets[id]
		e.listing.Terms = terms
		e.view = NewDataset(e.listing)
	})
	if err == nil {
		err = reread(ctx, &x.mu, jobs, x.dirty.jobs, x.market.Job, func(id uint64, j *chain.Job) { x.jobs[id].job = j })
	}
	if err == nil {
		err = reread(ctx, &x.mu, nodes, x.dirty.nodes, x.market.Node, func(addr common.Address, n chain.NodeInfo) {
			x.nodes[addr].view = NewNode(addr, n)
		})
	}
	if err != nil {
		return err
	}
	return x.plans()
}

// reread reads each key again from the contract and applies it under the
// lock, clearing its dirty mark.
func reread[K comparable, V any](ctx context.Context, mu *sync.RWMutex, keys []K, dirty map[K]bool,
	read func(context.Context, K) (V, error), apply func(K, V)) error {
	for _, k := range keys {
		v, err := read(ctx, k)
		if err != nil {
			return err
		}
		mu.Lock()
		apply(k, v)
		delete(dirty, k)
		mu.Unlock()
	}
	return nil
}

// markLapsed marks the datasets of open jobs whose acceptance window ended:
// their reservations stopped counting without a transaction.
func (x *Index) markLapsed() {
	for _, e := range x.jobs {
		if e.lapsed || e.job == nil || e.job.State != chain.JobOpen || uint64(e.job.AcceptBy) > x.headTime {
			continue
		}
		e.lapsed = true
		x.dirty.jobs[e.id] = true
		for _, ds := range e.datasets {
			if x.datasets[ds] != nil {
				x.dirty.datasets[ds] = true
			}
		}
	}
}

func sortedKeys(m map[uint64]bool) []uint64 {
	out := make([]uint64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func sortedAddrs(m map[common.Address]bool) []common.Address {
	out := make([]common.Address, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

func big64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
