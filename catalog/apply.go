package catalog

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/display"
)

// Event is one step in the history of a job, a dataset or a node, from one
// of the Marketplace's events.
type Event struct {
	Block  uint64 `json:"block"`
	Time   string `json:"time"`
	Tx     string `json:"tx"`
	Kind   string `json:"kind"`
	Who    string `json:"who,omitempty"`
	Role   string `json:"role,omitempty"`
	Detail string `json:"detail,omitempty"` // escaped
}

// Payment is a credit the contract made for a job (Credited events).
type Payment struct {
	Block   uint64 `json:"block"`
	Account string `json:"account"`
	Role    string `json:"role"`
	Reason  string `json:"reason"`
	Amount  string `json:"amount"`
}

type datasetEntry struct {
	listing chain.Listing
	view    Dataset
	jobs    []uint64
	history []Event
}

type jobEntry struct {
	id        uint64
	submitted Event
	buyer     common.Address
	terms     *chain.Terms // nil when the event's terms do not decode
	datasets  []uint64
	rounds    uint32
	spec      []byte
	specURI   string
	job       *chain.Job // nil until read from the contract
	timeline  []Event
	declines  map[common.Address]string
	confirms  map[common.Address]confirmation
	payments  []Payment
	revealed  bool
	lapsed    bool
	plan      *Plan
}

type confirmation struct {
	rounds     uint32
	amount     *big.Int
	commitment [32]byte
	before     bool // posted before the aggregator revealed the result
}

type nodeEntry struct {
	view     Node
	history  []Event
	jobs     []uint64
	datasets []uint64
}

// stamp is the part of an Event every log gives.
func (x *Index) stamp(block *uint64, tx common.Hash) Event {
	return Event{Block: *block, Time: Time(x.times[*block]), Tx: tx.Hex()}
}

// apply records one decoded event; base holds its block, time and transaction.
func (x *Index) apply(ev any, base Event) {
	switch e := ev.(type) {
	case *chain.MarketplaceNodeRegistered:
		x.nodeEvent(e.Node, base, "registered", nodeTerms(e.Roles, e.Endpoint, e.Fee, e.Stake))
	case *chain.MarketplaceNodeUpdated:
		x.nodeEvent(e.Node, base, "updated", nodeTerms(e.Roles, e.Endpoint, e.Fee, e.Stake))
	case *chain.MarketplaceNodeUnregistered:
		x.nodeEvent(e.Node, base, "unregistered", "stake claimable from "+Time(e.UnlockAt))
	case *chain.MarketplaceStakeReleased:
		x.nodeEvent(e.Node, base, "stake released", chain.FormatCoins(e.Amount)+" credited")
	case *chain.MarketplaceDatasetPublished:
		x.published(e, base)
	case *chain.MarketplaceDatasetUpdated:
		x.datasetEvent(e.Id.Uint64(), base, "updated", fmt.Sprintf("price %s, submission fee %s, engines %s, paused %t",
			chain.FormatCoins(e.Price), chain.FormatCoins(e.SubmitFee), chain.EngineNames(e.Engines), e.Paused))
	case *chain.MarketplaceDatasetRestricted:
		x.datasetEvent(e.Id.Uint64(), base, "restricted", fmt.Sprintf("ε budget %g, max δ per job %g, δ budget %g",
			chain.MicroToEpsilon(e.Budget), chain.FixedToDelta(e.MaxDelta), chain.FixedToDelta(e.DeltaBudget)))
	case *chain.MarketplaceJobSubmitted:
		x.submitted(e, base)
	case *chain.MarketplaceJobSpec:
		if j := x.jobs[e.Id.Uint64()]; j != nil {
			j.spec, j.specURI = e.Spec, e.SpecURI
		}
	default:
		x.applyJob(ev, base)
	}
}

// applyJob records an event of a job's life in its timeline.
func (x *Index) applyJob(ev any, base Event) {
	switch e := ev.(type) {
	case *chain.MarketplaceJobAccepted:
		x.jobEvent(e.Id, base, "accepted", e.Participant, "")
	case *chain.MarketplaceJobDeclined:
		if j := x.jobEvent(e.Id, base, "declined", e.Participant, display.Line(e.Reason, 0)); j != nil {
			j.declines[e.Participant] = e.Reason
		}
	case *chain.MarketplaceJobStarted:
		x.jobEvent(e.Id, base, "started", common.Address{}, fmt.Sprintf("%d owner(s) accepted", e.OwnersAccepted))
	case *chain.MarketplaceJobCancelled:
		x.jobEvent(e.Id, base, "cancelled", common.Address{}, "escrow refunded: "+chain.FormatCoins(e.Refund))
	case *chain.MarketplaceStepAttested:
		x.jobEvent(e.Id, base, "step attested", e.Node, "step 0x"+hex.EncodeToString(e.StepHash[:]))
	case *chain.MarketplaceResultConfirmed:
		x.confirmed(e, base)
	case *chain.MarketplaceResultCommitted:
		if j := x.jobEvent(e.Id, base, "result revealed", common.Address{}, revealDetail(e)); j != nil {
			j.revealed = true
		}
	case *chain.MarketplaceResultDisputed:
		x.jobEvent(e.Id, base, "disputed", e.Owner, fmt.Sprintf("%d dispute(s) so far", e.Disputes))
	case *chain.MarketplaceBondForfeited:
		x.jobEvent(e.Id, base, "dispute bond forfeited", e.Owner, chain.FormatCoins(e.Amount)+" burned")
	case *chain.MarketplaceJobSettled:
		x.jobEvent(e.Id, base, "settled", common.Address{}, "fees paid: "+chain.FormatCoins(e.Fees))
	case *chain.MarketplaceJobAborted:
		x.jobEvent(e.Id, base, "aborted", common.Address{}, "the aggregator said: "+display.Line(e.Reason, 0))
	case *chain.MarketplaceJobFailed:
		x.jobEvent(e.Id, base, "failed", common.Address{}, fmt.Sprintf("%s; refunded %s, slashed %s, burned %s",
			chain.FailureName(e.Reason), chain.FormatCoins(e.Refund), chain.FormatCoins(e.Slashed), chain.FormatCoins(e.Burned)))
	case *chain.MarketplaceJobClosed:
		x.jobEvent(e.Id, base, "closed", common.Address{}, "unclaimed prices refunded: "+chain.FormatCoins(e.Refund))
	case *chain.MarketplaceCredited:
		if j := x.jobs[e.JobId.Uint64()]; j != nil && e.JobId.Sign() != 0 {
			j.payments = append(j.payments, Payment{Block: base.Block, Account: e.Account.Hex(), Role: j.role(e.Account),
				Reason: creditReason(e.Reason), Amount: chain.FormatCoins(e.Amount)})
		}
	}
}

func (x *Index) node(addr common.Address) *nodeEntry {
	n := x.nodes[addr]
	if n == nil {
		n = &nodeEntry{view: Node{Address: addr.Hex()}}
		x.nodes[addr] = n
		x.dirty.nodes[addr] = true
	}
	return n
}

// addJob lists job id once (a buyer may also be an owner or compute node).
func (n *nodeEntry) addJob(id uint64) {
	if len(n.jobs) == 0 || n.jobs[len(n.jobs)-1] != id {
		n.jobs = append(n.jobs, id)
	}
}

func (x *Index) nodeEvent(addr common.Address, base Event, kind, detail string) {
	n := x.node(addr)
	base.Kind, base.Detail = kind, detail
	n.history = append(n.history, base)
	x.dirty.nodes[addr] = true
}

func nodeTerms(roles uint8, endpoint string, fee, stake *big.Int) string {
	return fmt.Sprintf("roles %s, endpoint %s, fee %s, stake %s", chain.RoleNames(roles), display.Line(endpoint, 0),
		chain.FormatCoins(fee), chain.FormatCoins(stake))
}

func (x *Index) published(e *chain.MarketplaceDatasetPublished, base Event) {
	l := chain.PublishedListing(e)
	id := l.ID
	d := &datasetEntry{listing: l, view: NewDataset(l)}
	x.datasets[id] = d
	x.dirty.datasets[id] = true
	x.node(e.Owner).datasets = append(x.node(e.Owner).datasets, id)
	x.datasetEvent(id, base, "published", fmt.Sprintf("price %s, engines %s, ε budget %g, δ budget %g",
		chain.FormatCoins(e.Price), chain.EngineNames(e.Engines), chain.MicroToEpsilon(e.Budget), chain.FixedToDelta(e.DeltaBudget)))
}

func (x *Index) datasetEvent(id uint64, base Event, kind, detail string) {
	d := x.datasets[id]
	if d == nil {
		return
	}
	base.Kind, base.Detail = kind, detail
	d.history = append(d.history, base)
	x.dirty.datasets[id] = true
}

func (x *Index) submitted(e *chain.MarketplaceJobSubmitted, base Event) {
	id := e.Id.Uint64()
	j := &jobEntry{id: id, buyer: e.Buyer, rounds: e.Rounds, declines: map[common.Address]string{},
		confirms: map[common.Address]confirmation{}}
	x.jobs[id] = j
	x.node(e.Buyer).addJob(id)
	base.Kind, base.Who, base.Role = "submitted", e.Buyer.Hex(), "buyer"
	base.Detail = fmt.Sprintf("%s engine, ε %g, δ %g, %d round(s); paid %s; accept by %s, deadline %s", chain.EngineName(e.Engine),
		chain.MicroToEpsilon(e.Epsilon), chain.FixedToDelta(e.Delta), e.Rounds, chain.FormatCoins(e.Payment), Time(e.AcceptBy), Time(e.Deadline))
	terms, err := chain.DecodeTerms(e.Terms)
	if err != nil {
		base.Detail += "; its terms do not decode: " + err.Error()
		j.timeline, j.submitted = []Event{base}, base
		return // never read from the contract: every call about it needs the terms
	}
	j.terms, j.datasets = terms, terms.DatasetIDs()
	j.timeline, j.submitted = []Event{base}, base
	for i, ds := range j.datasets {
		if d := x.datasets[ds]; d != nil {
			d.jobs = append(d.jobs, id)
		}
		x.node(terms.Owners[i]).addJob(id)
	}
	for _, c := range terms.Compute {
		x.node(c).addJob(id)
	}
	x.touch(j)
}

// touch marks a job and what its events change to be read again: its
// datasets' budgets and reservations, its compute nodes' bonds.
func (x *Index) touch(j *jobEntry) {
	if j.terms == nil {
		return
	}
	x.dirty.jobs[j.id] = true
	for _, ds := range j.datasets {
		if x.datasets[ds] != nil {
			x.dirty.datasets[ds] = true
		}
	}
	for _, c := range j.terms.Compute {
		x.dirty.nodes[c] = true
	}
}

func (x *Index) jobEvent(id *big.Int, base Event, kind string, who common.Address, detail string) *jobEntry {
	j := x.jobs[id.Uint64()]
	if j == nil {
		return nil
	}
	base.Kind, base.Detail = kind, detail
	if who != (common.Address{}) {
		base.Who, base.Role = who.Hex(), j.role(who)
	}
	j.timeline = append(j.timeline, base)
	x.touch(j)
	return j
}

func (x *Index) confirmed(e *chain.MarketplaceResultConfirmed, base Event) {
	j := x.jobs[e.Id.Uint64()]
	if j == nil {
		return
	}
	c := confirmation{rounds: e.Rounds, amount: e.Amount, commitment: e.Commitment, before: !j.revealed}
	j.confirms[e.Owner] = c
	kind := "confirmed after the reveal"
	switch {
	case e.Commitment == [32]byte{}:
		kind = "confirmed without a payload"
	case c.before:
		kind = "commitment posted"
	}
	detail := fmt.Sprintf("%d of %d receipted round(s) redeemed, paid %s", e.Rounds, j.rounds, chain.FormatCoins(e.Amount))
	if e.Commitment != [32]byte{} {
		detail = "commitment 0x" + hex.EncodeToString(e.Commitment[:]) + "; " + detail
	}
	x.jobEvent(e.Id, base, kind, e.Owner, detail)
}

func revealDetail(e *chain.MarketplaceResultCommitted) string {
	var vouched []string
	for i := 1; i < 8; i++ {
		if e.Delivered&(1<<i) != 0 {
			vouched = append(vouched, fmt.Sprintf("compute[%d]", i))
		}
	}
	s := fmt.Sprintf("payload sha256 %x, sealed blob sha256 %x at %s", e.PayloadHash, e.BlobHash, display.Line(e.Uri, 0))
	if len(vouched) > 0 {
		s += "; vouches for " + strings.Join(vouched, ", ")
	}
	return s
}

// role says what who is in the job.
func (j *jobEntry) role(who common.Address) string {
	if j.terms != nil {
		if i := j.terms.OwnerIndex(who); i >= 0 {
			return fmt.Sprintf("owner of dataset %d", j.datasets[i])
		}
		switch i := j.terms.ComputeIndex(who); {
		case i == 0:
			return "aggregator"
		case i > 0:
			return "compute node"
		}
	}
	if who == j.buyer {
		return "buyer"
	}
	return "other"
}

func creditReason(r uint8) string {
	switch r {
	case chain.CreditRefund:
		return "refund"
	case chain.CreditOwnerPay:
		return "owner's pay"
	case chain.CreditFee:
		return "compute fee"
	case chain.CreditStake:
		return "stake"
	case chain.CreditSubmitFee:
		return "submission fee"
	case chain.CreditBond:
		return "fee from a slashed bond"
	case chain.CreditDisputeBond:
		return "dispute bond returned"
	}
	return fmt.Sprintf("reason %d", r)
}
