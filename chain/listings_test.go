package chain_test

import (
	"slices"
	"testing"

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
