package node_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/result"
	"github.com/veil-market/veil/wire"
)

// TestResultServedOnlyOnceSettled: the aggregator serves a committed result to
// the buyer only once the job settled, that is once its fee is paid. The job is
// driven by hand up to the commit (no owner confirms before the reveal, so a
// majority could still dispute); the aggregator's daemon refuses the buyer's
// download, then serves it once two owners' matching confirmations let it settle.
// The gate binds only an aggregator that does not collude with the buyer; the
// payments do not depend on it (docs/fair-exchange.md).
func TestResultServedOnlyOnceSettled(t *testing.T) {
	m, _ := toyMarket(t, 3)
	ctx := context.Background()
	b, agg := m.Members["buyer"], m.Members["compute1"]
	id := m.Submit(m.Spec("toy", `{"rounds":1}`, `{"epsilon":1,"delta":1e-6}`))
	for _, name := range []string{"owner1", "owner2", "owner3", "compute1"} {
		if _, err := m.Members[name].Market.AcceptJob(ctx, id); err != nil {
			t.Fatalf("%s accepting: %v", name, err)
		}
	}
	store, err := agg.Home.Store()
	if err != nil {
		t.Fatal(err)
	}
	ptr, err := store.Put(ctx, bytes.NewReader([]byte("a sealed result")))
	if err != nil {
		t.Fatal(err)
	}
	payload := [32]byte{1}
	if _, err := agg.Market.CommitResult(ctx, id, payload, ptr.SHA256, ptr.URI, 0); err != nil {
		t.Fatal(err)
	}
	m.Run("compute1")
	m.WaitServing("compute1")
	get := func() ([]byte, error) {
		c := wire.BlobClient{Identity: wire.Identity{Address: b.Home.Address(), Key: b.Secrets.NodeKey}, Account: b.Secrets.Account,
			Registry: chain.NewRegistry(b.Market)}
		return c.Get(ctx, m.Daemons["compute1"].Addr(), agg.Home.Address(), id, ptr.SHA256, result.MaxSize)
	}
	if _, err := get(); err == nil {
		t.Fatal("the aggregator served the result of a job that has not settled")
	}
	if _, err := buyer.Fetch(ctx, b.Market, chain.NewRegistry(b.Market), b.Home, b.Secrets, id); err == nil {
		t.Fatal("buyer.Fetch returned a result before settlement")
	}
	for _, name := range []string{"owner1", "owner2"} {
		o := m.Members[name]
		if _, err := o.Market.ConfirmResult(ctx, id, chain.ResultCommitment(id, o.Home.Address(), payload), 0, nil); err != nil {
			t.Fatal(err)
		}
	}
	m.WaitState(id, chain.JobSettled, time.Minute) // the aggregator's daemon settles as soon as it may
	data, err := get()
	if err != nil || string(data) != "a sealed result" {
		t.Fatalf("after settlement: %q, %v", data, err)
	}
}
