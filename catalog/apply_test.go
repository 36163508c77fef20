package catalog

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
)

// TestTimelineOfADisputedJob feeds the events of a job that two of three
// owners dispute, one after confirming late, and reads its timeline: every
// step in order, commitments before the reveal told from those after, the
// reason of a decline escaped, the payments with each account's role.
func TestTimelineOfADisputedJob(t *testing.T) {
	owners := []common.Address{{1}, {2}, {3}}
	agg, buyer := common.Address{9}, common.Address{8}
	terms := &chain.Terms{Datasets: []*big.Int{big.NewInt(11), big.NewInt(12), big.NewInt(13)}, Owners: owners,
		Prices: []*big.Int{big.NewInt(1), big.NewInt(1), big.NewInt(1)}, SubmitFees: []*big.Int{new(big.Int), new(big.Int), new(big.Int)},
		Compute: []common.Address{agg}, Fees: []*big.Int{big.NewInt(1)}}
	enc, err := terms.Encode()
	if err != nil {
		t.Fatal(err)
	}
	id := big.NewInt(5)
	x := NewIndex(nil, 0, 0)
	events := []any{
		&chain.MarketplaceJobSubmitted{Id: id, Buyer: buyer, Rounds: 4, Payment: big.NewInt(4), Terms: enc},
		&chain.MarketplaceJobAccepted{Id: id, Participant: owners[0]},
		&chain.MarketplaceJobDeclined{Id: id, Participant: owners[1], Reason: "policy\x1b[2J"},
		&chain.MarketplaceJobAccepted{Id: id, Participant: owners[2]},
		&chain.MarketplaceJobAccepted{Id: id, Participant: agg},
		&chain.MarketplaceJobStarted{Id: id, OwnersAccepted: 2},
		&chain.MarketplaceResultConfirmed{Id: id, Owner: owners[0], Commitment: [32]byte{1}, Rounds: 4, Amount: big.NewInt(1)},
		&chain.MarketplaceResultCommitted{Id: id, PayloadHash: [32]byte{2}, BlobHash: [32]byte{3}, Uri: "veil-dir://x\n", Delivered: 1},
		&chain.MarketplaceResultConfirmed{Id: id, Owner: owners[2], Commitment: [32]byte{4}, Rounds: 2, Amount: big.NewInt(1)},
		&chain.MarketplaceResultDisputed{Id: id, Owner: owners[0], Disputes: 1},
		&chain.MarketplaceResultDisputed{Id: id, Owner: owners[2], Disputes: 2},
		&chain.MarketplaceJobFailed{Id: id, Reason: chain.FailDisputed, Refund: big.NewInt(1), Slashed: big.NewInt(1), Burned: new(big.Int)},
		&chain.MarketplaceCredited{Account: buyer, JobId: id, Amount: big.NewInt(1), Reason: chain.CreditRefund},
		&chain.MarketplaceCredited{Account: owners[2], JobId: id, Amount: big.NewInt(1), Reason: chain.CreditOwnerPay},
	}
	for i, ev := range events {
		block := uint64(100 + i)
		x.apply(ev, x.stamp(&block, common.Hash{}))
	}
	j := x.jobs[5]
	want := []string{"submitted", "accepted", "declined", "accepted", "accepted", "started", "commitment posted",
		"result revealed", "confirmed after the reveal", "disputed", "disputed", "failed"}
	if len(j.timeline) != len(want) {
		t.Fatalf("timeline %+v", j.timeline)
	}
	for i, k := range want {
		if j.timeline[i].Kind != k {
			t.Errorf("step %d is %q, want %q", i, j.timeline[i].Kind, k)
		}
	}
	if d := j.timeline[2]; d.Detail != `policy\x1b[2J` || d.Role != "owner of dataset 12" {
		t.Errorf("decline %+v", d)
	}
	if d := j.timeline[7].Detail; d != "payload sha256 0200000000000000000000000000000000000000000000000000000000000000, sealed blob sha256 0300000000000000000000000000000000000000000000000000000000000000 at veil-dir://x\\x0a" {
		t.Errorf("reveal %q", d)
	}
	if !j.confirms[owners[0]].before || j.confirms[owners[2]].before || j.confirms[owners[2]].rounds != 2 {
		t.Errorf("confirmations %+v", j.confirms)
	}
	if len(j.payments) != 2 || j.payments[0].Role != "buyer" || j.payments[0].Reason != "refund" || j.payments[1].Role != "owner of dataset 13" {
		t.Errorf("payments %+v", j.payments)
	}
	if !x.dirty.jobs[5] || !x.dirty.nodes[agg] {
		t.Error("the job and its compute node are not marked to be read again")
	}
}

// TestUndecodableTermsAreNeverRead: a JobSubmitted whose terms do not decode
// is listed with a note, and never marked to be read (every call about the
// job needs its terms: reading it would fail every round).
func TestUndecodableTermsAreNeverRead(t *testing.T) {
	x := NewIndex(nil, 0, 0)
	block := uint64(1)
	x.apply(&chain.MarketplaceJobSubmitted{Id: big.NewInt(1), Buyer: common.Address{8}, Payment: new(big.Int), Terms: []byte{1}}, x.stamp(&block, common.Hash{}))
	if j := x.jobs[1]; j == nil || j.terms != nil || x.dirty.jobs[1] || len(j.timeline) != 1 {
		t.Fatalf("job %+v, dirty %v", j, x.dirty.jobs)
	}
}

// TestPublishedDatasetShowsItsTermsBeforeTheyAreRead: between applying a
// DatasetPublished event and reading the dataset again from the contract,
// a page shows the terms the event published, never zeros (the browser test
// once caught a row with price 0 and no engines in that window).
func TestPublishedDatasetShowsItsTermsBeforeTheyAreRead(t *testing.T) {
	x := NewIndex(nil, 0, 0)
	block := uint64(7)
	x.apply(&chain.MarketplaceDatasetPublished{Id: big.NewInt(3), Owner: common.Address{1}, Price: big.NewInt(1e17),
		SubmitFee: new(big.Int), Engines: chain.EngineHE, Budget: 5_000_000, MaxDelta: 1e13, DeltaBudget: 1e14, MinOwners: 1},
		x.stamp(&block, common.Hash{}))
	v := x.datasets[3].view
	if v.Price != chain.FormatCoins(big.NewInt(1e17)) || v.Engines != "he" || v.Epsilon != 5 || v.EpsilonLeft != 5 || v.MinOwners != 1 {
		t.Errorf("before the dataset is read again its page shows %+v", v)
	}
	if !x.dirty.datasets[3] {
		t.Error("the dataset is not marked to be read again")
	}
}
