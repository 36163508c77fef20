package catalog_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/catalog"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/markettest"

	_ "github.com/veil-market/veil/engine/fl"
)

// TestIndexFollowsTheChain follows a market block by block, with no daemon:
// the index lists what `veil dataset list` lists (the same view of the same
// listings), a submitted job reserves ε on its datasets, an owner's decline
// releases its reservation and its hostile reason shows escaped, and the
// other reservation lapses when the acceptance window ends, with no
// transaction, as the contract counts it.
func TestIndexFollowsTheChain(t *testing.T) {
	ctx := context.Background()
	m := markettest.StartWith(t, markettest.Options{Owners: 2, AcceptWindow: 10 * time.Second, Quiet: true})
	tab := markettest.Table(t, "../testdata/breast_cancer.csv")
	m.Publish(tab.SplitIID(2, rand.New(rand.NewPCG(1, 1))), markettest.Bounds(t, "../testdata/breast_cancer.bounds.json"),
		chain.EngineFL, big.NewInt(1e17))
	hostile := m.PublishTitle("\x1b[2JFree\ndata") // a terminal escape and a newline (the CLI refuses such a title)
	reader := chain.NewMarket(m.Members["buyer"].Market.Backend(), m.Members["buyer"].Market.Address(), nil, 0)
	idx := catalog.NewIndex(reader, m.Net.Info.DeployBlock, 0)
	sync(t, idx)

	listings, err := reader.Catalog(ctx, m.Net.Info.DeployBlock)
	if err != nil {
		t.Fatal(err)
	}
	var want []catalog.Dataset
	for _, l := range listings {
		v := catalog.NewDataset(l)
		v.Columns = nil
		want = append(want, v)
	}
	if got := idx.Datasets(catalog.Query{}); !reflect.DeepEqual(got, want) {
		t.Fatalf("index lists\n%+v\nveil dataset list lists\n%+v", got, want)
	}
	if d, _ := idx.Dataset(hostile); d.Title != `\x1b[2JFree\x0adata` || len(d.Columns) != 1 || d.Columns[0].Name != "income" {
		t.Fatalf("hostile dataset shows title %q, columns %+v", d.Title, d.Columns)
	}

	id := m.Submit(m.Spec("fl", `{"type":"train","model":"logistic","label":"benign","rounds":2}`, `{"epsilon":1,"delta":1e-5}`))
	sync(t, idx)
	for _, ds := range m.IDs {
		if d, _ := idx.Dataset(ds); d.EpsilonHeld != 1 || d.EpsilonLeft != 99 || len(d.Jobs) != 1 || d.Jobs[0].ID != id {
			t.Fatalf("dataset %d after the submission: ε %g reserved, %g left, jobs %+v", ds, d.EpsilonHeld, d.EpsilonLeft, d.Jobs)
		}
	}
	j, ok := idx.Job(id)
	if !ok || j.State != "open" || len(j.Timeline) != 1 || j.Timeline[0].Kind != "submitted" || j.Plan == nil || len(j.Plan.Noise) == 0 {
		t.Fatalf("job %d after the submission: %+v", id, j)
	}

	owner1 := m.Owners()[0]
	if _, err := owner1.Market.DeclineJob(ctx, id, "\x1b[31mno\nthanks"); err != nil {
		t.Fatal(err)
	}
	sync(t, idx)
	sync(t, idx) // nothing new: nothing repeated
	j, _ = idx.Job(id)
	if n := len(j.Timeline); n != 2 || j.Timeline[1].Kind != "declined" || j.Timeline[1].Detail != `\x1b[31mno\x0athanks` ||
		j.Participants[0].Declined != `\x1b[31mno\x0athanks` {
		t.Fatalf("after owner1 declined: timeline %+v, participant %+v", j.Timeline, j.Participants[0])
	}
	if d, _ := idx.Dataset(m.IDs[0]); d.EpsilonHeld != 0 || d.EpsilonLeft != 100 {
		t.Fatalf("owner1's dataset after its decline: ε %g reserved, %g left", d.EpsilonHeld, d.EpsilonLeft)
	}
	if d, _ := idx.Dataset(m.IDs[1]); d.EpsilonHeld != 1 {
		t.Fatalf("owner2's dataset: ε %g reserved, want 1 until the window ends", d.EpsilonHeld)
	}

	if err := m.Net.Chain.AdjustTime(30 * time.Second); err != nil {
		t.Fatal(err)
	}
	sync(t, idx)
	if d, _ := idx.Dataset(m.IDs[1]); d.EpsilonHeld != 0 || d.EpsilonLeft != 100 {
		t.Fatalf("owner2's dataset after the acceptance window: ε %g reserved, %g left; the reservation lapsed", d.EpsilonHeld, d.EpsilonLeft)
	}
	if j, _ = idx.Job(id); !strings.Contains(j.Why, "acceptance window closed") {
		t.Fatalf("job after its window: %q", j.Why)
	}
	head, err := reader.Backend().BlockNumber(ctx)
	if err != nil || idx.Status().Block != head || !idx.Status().Synced {
		t.Fatalf("status %+v, head %d (%v)", idx.Status(), head, err)
	}
}

func sync(t *testing.T, idx *catalog.Index) {
	t.Helper()
	if err := idx.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
}
