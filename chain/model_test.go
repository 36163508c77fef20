package chain_test

import (
	"math/big"
	"time"

	"github.com/veil-market/veil/chain"
)

// model is the Marketplace as the fair-exchange rules state it, written from the
// rules and not from the contract. The property test runs the same random
// sequence on both and compares them after every step. Each outcome function
// returns the custom error the rules call for, or "" when the call must succeed;
// the matching apply function then makes the change.
type model struct {
	cfg       chain.MarketConfig
	roles     map[int]uint8
	fees      map[int]*big.Int
	stakes    map[int]*big.Int
	openJobs  map[int]int
	datasets  []*mDataset // dataset id i+1
	jobs      []*mJob     // job id i+1
	credits   map[int]*big.Int
	credited  map[int]*big.Int // everything ever credited
	withdrawn map[int]*big.Int
	burned    *big.Int
}

type mDataset struct {
	owner                   int
	price                   *big.Int
	budget, spent, reserved uint64
	minOwners               int
}

type mJob struct {
	buyer                           int
	datasets, owners, compute       []int
	prices, fees                    []*big.Int // as at submission
	eps                             uint64
	rounds                          uint32
	dropouts, quorum                int
	acceptBy, deadline, endedAt     uint64
	state                           uint8
	closed, committed               bool
	payment, escrow                 *big.Int
	accepted, declined, confirmed   map[int]bool
	redeemed                        map[int]bool
	ownersAccepted, computeAccepted int
	ownersDeclined, confirmations   int
	computeDeclined                 bool
	burned                          *big.Int         // of the aggregator's stake, by this job
	flows                           map[int]*big.Int // credited by this job, by account
}

func newModel(cfg chain.MarketConfig) *model {
	return &model{
		cfg: cfg, roles: map[int]uint8{}, fees: map[int]*big.Int{}, stakes: map[int]*big.Int{},
		openJobs: map[int]int{}, credits: map[int]*big.Int{}, credited: map[int]*big.Int{},
		withdrawn: map[int]*big.Int{}, burned: new(big.Int),
	}
}

func seconds(d time.Duration) uint64 { return uint64(d / time.Second) }

func (m *model) register(acct int, roles uint8, fee, stake *big.Int) {
	m.roles[acct] = roles
	m.fees[acct] = sum(fee)
	m.stakes[acct] = sum(m.stakes[acct], stake)
}

func (m *model) publish(owner int, price *big.Int, budget uint64, minOwners int) {
	m.datasets = append(m.datasets, &mDataset{owner: owner, price: price, budget: budget, minOwners: minOwners})
}

func (m *model) credit(j *mJob, acct int, v *big.Int) {
	if v.Sign() == 0 {
		return
	}
	m.credits[acct] = sum(m.credits[acct], v)
	m.credited[acct] = sum(m.credited[acct], v)
	if j != nil {
		j.flows[acct] = sum(j.flows[acct], v)
	}
}

func (m *model) refund(j *mJob, v *big.Int) {
	j.escrow.Sub(j.escrow, v)
	m.credit(j, j.buyer, v)
}

// ---------------------------------------------------------------- submission

// submission is a submitJob call as the property test draws it.
type submission struct {
	buyer             int
	datasets, compute []int
	eps               uint64
	rounds            uint32
	dropouts          int
	deadline          uint64
	pay               *big.Int
}

// required is what a submission must escrow: prices and fees as they are now.
func (m *model) required(s submission) *big.Int {
	total := new(big.Int)
	for _, d := range s.datasets {
		total.Add(total, m.datasets[d].price)
	}
	for _, c := range s.compute {
		total.Add(total, m.fees[c])
	}
	return total
}

// submitOutcome checks, in the contract's order, the terms the test can break:
// budget, min-owners, one dataset per owner, then payment.
func (m *model) submitOutcome(s submission) string {
	seen := map[int]bool{}
	for _, i := range s.datasets {
		d := m.datasets[i]
		switch {
		case s.eps > d.budget-d.spent-d.reserved:
			return "BudgetExceeded"
		case len(s.datasets) < d.minOwners:
			return "TooFewOwners"
		case seen[d.owner]:
			return "DuplicateOwner"
		}
		seen[d.owner] = true
	}
	for _, c := range s.compute {
		if m.stakes[c].Cmp(m.cfg.MinStake) < 0 {
			return "InsufficientStake"
		}
		if seen[c] {
			return "ParticipantConflict"
		}
	}
	if s.pay.Cmp(m.required(s)) < 0 {
		return "InsufficientPayment"
	}
	return ""
}

func (m *model) applySubmit(s submission, now uint64) *mJob {
	j := &mJob{
		buyer: s.buyer, datasets: s.datasets, compute: s.compute, eps: s.eps, rounds: s.rounds,
		dropouts: s.dropouts, quorum: len(s.datasets) - s.dropouts,
		acceptBy: now + seconds(m.cfg.AcceptWindow), deadline: s.deadline,
		payment: new(big.Int).Set(s.pay), escrow: new(big.Int).Set(s.pay), burned: new(big.Int),
		accepted: map[int]bool{}, declined: map[int]bool{}, confirmed: map[int]bool{}, redeemed: map[int]bool{},
		flows: map[int]*big.Int{},
	}
	for _, i := range s.datasets {
		d := m.datasets[i]
		d.reserved += s.eps
		j.owners = append(j.owners, d.owner)
		j.prices = append(j.prices, d.price)
		j.quorum = max(j.quorum, d.minOwners)
	}
	for _, c := range s.compute {
		j.fees = append(j.fees, m.fees[c])
	}
	m.jobs = append(m.jobs, j)
	return j
}

// ---------------------------------------------------------------- acceptance

func (j *mJob) isOwner(who int) bool   { return indexOf(j.owners, who) >= 0 }
func (j *mJob) isCompute(who int) bool { return indexOf(j.compute, who) >= 0 }

func indexOf(list []int, v int) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}

func (m *model) acceptOutcome(j *mJob, who int, now uint64) string {
	switch {
	case j.state != chain.JobOpen:
		return "WrongState"
	case now > j.acceptBy:
		return "AcceptanceClosed"
	case !j.isOwner(who) && !j.isCompute(who):
		return "NotParticipant"
	case j.accepted[who]:
		return "AlreadyAccepted"
	case j.declined[who]:
		return "AlreadyDeclined"
	case j.isOwner(who) && m.roles[who]&chain.RoleOwner == 0:
		return "NotOwnerRole"
	case j.isCompute(who) && m.roles[who]&chain.RoleCompute == 0:
		return "NotComputeNode"
	case j.isCompute(who) && m.stakes[who].Cmp(m.cfg.MinStake) < 0:
		return "InsufficientStake"
	}
	return ""
}

func (m *model) applyAccept(j *mJob, who int) {
	j.accepted[who] = true
	m.openJobs[who]++
	if j.isOwner(who) {
		j.ownersAccepted++
	} else {
		j.computeAccepted++
	}
	if j.ownersAccepted == len(j.owners) && j.computeAccepted == len(j.compute) {
		m.start(j)
	}
}

func (m *model) declineOutcome(j *mJob, who int) string {
	switch {
	case j.state != chain.JobOpen:
		return "WrongState"
	case !j.isOwner(who) && !j.isCompute(who):
		return "NotParticipant"
	case j.accepted[who]:
		return "AlreadyAccepted"
	case j.declined[who]:
		return "AlreadyDeclined"
	}
	return ""
}

func (m *model) applyDecline(j *mJob, who int) {
	j.declined[who] = true
	if j.isOwner(who) {
		j.ownersDeclined++
	} else {
		j.computeDeclined = true
	}
}

// start spends ε of the owners that accepted only, releases every reservation
// and refunds the prices of the owners that did not join (rule 1).
func (m *model) start(j *mJob) {
	j.state = chain.JobStarted
	unused := new(big.Int).Set(j.escrow)
	for i, ds := range j.datasets {
		d := m.datasets[ds]
		d.reserved -= j.eps
		if j.accepted[j.owners[i]] {
			d.spent += j.eps
			unused.Sub(unused, j.prices[i])
		}
	}
	unused.Sub(unused, sum(j.fees...))
	m.refund(j, unused)
}

// cancel refunds everything and releases everything (rules 1 and 2).
func (m *model) cancel(j *mJob) {
	j.state = chain.JobCancelled
	j.closed = true
	for _, ds := range j.datasets {
		m.datasets[ds].reserved -= j.eps
	}
	m.release(j)
	m.refund(j, new(big.Int).Set(j.escrow))
}

func (m *model) release(j *mJob) {
	for who := range j.accepted {
		m.openJobs[who]--
	}
}

func (m *model) cancelOutcome(j *mJob, who int) string {
	cannotStart := j.computeDeclined || len(j.owners)-j.ownersDeclined < j.quorum
	switch {
	case who != j.buyer:
		return "NotBuyer"
	case j.state != chain.JobOpen:
		return "WrongState"
	case j.ownersAccepted+j.computeAccepted > 0 && !cannotStart:
		return "HasAcceptances"
	}
	return ""
}

func (m *model) closeAcceptanceOutcome(j *mJob, now uint64) string {
	switch {
	case j.state != chain.JobOpen:
		return "WrongState"
	case now <= j.acceptBy:
		return "AcceptanceOpen"
	}
	return ""
}

func (m *model) applyCloseAcceptance(j *mJob, now uint64) {
	if now <= j.deadline && j.ownersAccepted >= j.quorum && j.computeAccepted == len(j.compute) {
		m.start(j)
	} else {
		m.cancel(j)
	}
}
