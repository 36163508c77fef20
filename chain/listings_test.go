package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// TestListings: one log query reads any set of datasets, in the order asked
// (repeats included), each with its publication event and current terms, as
// Listing reads them one by one; an unknown id is refused as the contract
// refuses it.
func TestListings(t *testing.T) {
	w := newWorld(t, startChain(t))
	w.publish(owners[0], w.publishParams(0), datasetMetadata)
	all, err := w.m[0].Catalog(w.ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	ids := []uint64{all[len(all)-1].ID, w.ds[0], all[len(all)-1].ID}
	for _, l := range all {
		ids = append(ids, l.ID)
	}
	slices.Reverse(ids[3:])
	got, err := w.m[0].Listings(w.ctx, ids, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		one, err := w.m[0].Listing(w.ctx, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got[i].ID != id || got[i].TxHash != one.TxHash || got[i].Terms.Sha256Digest != one.Terms.Sha256Digest ||
			!slices.Equal(got[i].Metadata, one.Metadata) {
			t.Fatalf("listing %d: got dataset %d (tx %s), want %d as Listing reads it (tx %s)", i, got[i].ID, got[i].TxHash, id, one.TxHash)
		}
	}
	if got[0].Metadata == nil {
		t.Fatal("the dataset published with its metadata lists none")
	}
	if _, err := w.m[0].Listings(w.ctx, []uint64{w.ds[0], 999}, 0); !chain.IsRevert(err, "UnknownDataset") {
		t.Fatalf("an unknown dataset among known ones: %v, want the contract's UnknownDataset", err)
	}
}

// countingBackend counts eth_getLogs calls and can add logs to its answers
// (a log for a dataset nobody asked for, a second log for one asked for).
type countingBackend struct {
	chain.Backend
	calls int
	extra []types.Log
}

func (b *countingBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.calls++
	logs, err := b.Backend.FilterLogs(ctx, q)
	for _, l := range b.extra { // in the page that holds its block, after the page's own
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			logs = append(logs, l)
		}
	}
	return logs, err
}

// TestListingsPagedOverOldDatasets: on an endpoint that serves 4 blocks per
// eth_getLogs call, a job's datasets published many pages before the head
// are all found, with as many calls as one dataset takes (one paged query,
// not one per id), each equal to its own first DatasetPublished log (the
// per-dataset path Listings replaced); logs the endpoint adds for ids not
// asked for, or after an id's first, change nothing; a dataset published
// before `from` is refused naming it.
func TestListingsPagedOverOldDatasets(t *testing.T) {
	c := startChain(t)
	w := newWorld(t, c)
	for range 13 { // the world's datasets now lie pages behind
		c.sim.Commit()
	}
	late := w.publish(owners[1], w.publishParams(1), datasetMetadata)
	for range 9 {
		c.sim.Commit()
	}
	b := &countingBackend{Backend: c.client}
	m := chain.NewMarket(b, w.m[0].Address(), nil, 0)
	m.UseNetwork(chain.Network{LogRange: 4})
	ids := []uint64{late, w.ds[2], w.ds[0], w.ds[1], w.ds[0]}

	perID := map[uint64]types.Log{}
	for _, id := range ids {
		topic := common.BigToHash(new(big.Int).SetUint64(id))
		b.calls = 0
		logs, err := m.Logs(w.ctx, "DatasetPublished", 0, &topic)
		if err != nil || len(logs) != 1 {
			t.Fatalf("dataset %d: %d logs, %v", id, len(logs), err)
		}
		perID[id] = logs[0]
	}
	onePage := b.calls
	if onePage < 5 {
		t.Fatalf("%d eth_getLogs calls cover the chain: the datasets are not pages apart", onePage)
	}
	b.calls = 0
	got, err := m.Listings(w.ctx, ids, 0)
	if err != nil {
		t.Fatal(err)
	}
	if b.calls != onePage {
		t.Errorf("%d eth_getLogs calls for %d ids, want %d (one paged query)", b.calls, len(ids), onePage)
	}
	check := func(what string, got []chain.Listing) {
		t.Helper()
		for i, id := range ids {
			l := perID[id]
			if got[i].ID != id || got[i].TxHash != l.TxHash || got[i].Block != l.BlockNumber || got[i].Terms.Owner != got[i].Owner {
				t.Fatalf("%s: listing %d is dataset %d from block %d (tx %s), want dataset %d from block %d (tx %s)",
					what, i, got[i].ID, got[i].Block, got[i].TxHash, id, l.BlockNumber, l.TxHash)
			}
		}
	}
	check("honest endpoint", got)

	// The endpoint adds a log of a dataset not asked for, and a later copy
	// of an asked one's log under another transaction.
	other := w.publish(owners[2], w.publishParams(2), nil)
	topic := common.BigToHash(new(big.Int).SetUint64(other))
	extra, err := m.Logs(w.ctx, "DatasetPublished", 0, &topic)
	if err != nil || len(extra) != 1 {
		t.Fatalf("dataset %d: %d logs, %v", other, len(extra), err)
	}
	again := perID[w.ds[0]]
	again.TxHash, again.BlockNumber = common.Hash{0xee}, extra[0].BlockNumber+1
	b.extra = []types.Log{extra[0], again}
	got, err = m.Listings(w.ctx, ids, 0)
	if err != nil {
		t.Fatal(err)
	}
	check("endpoint adding logs", got)
	b.extra = nil

	b.calls = 0
	if none, err := m.Listings(w.ctx, nil, 0); err != nil || len(none) != 0 || b.calls != 0 {
		t.Fatalf("no ids: %d listings, %d eth_getLogs calls, %v; want none, no call (no topic would match every dataset)", len(none), b.calls, err)
	}

	from := perID[w.ds[2]].BlockNumber + 1
	if _, err := m.Listings(w.ctx, []uint64{late, w.ds[2]}, from); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("dataset %d has no publication event after block %d", w.ds[2], from)) {
		t.Fatalf("a dataset published before from: %v, want its id and the block named", err)
	}
}
