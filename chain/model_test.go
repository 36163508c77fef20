package chain_test

import (
	"math/big"
	"time"

	"github.com/veil-market/veil/chain"
)

// model is the Marketplace as docs/fair-exchange.md states its rules, written
// from the rules and not from the contract (reservations, for instance, are a
// list that lapses by time, not the contract's two buckets). The property test
// runs the same random sequence on both and compares them after every step.
// Each outcome function returns the custom error the rules call for, or "" when
// the call must succeed; the matching apply function then makes the change.
type model struct {
	cfg       chain.MarketConfig
	roles     map[int]uint8
	fees      map[int]*big.Int
	stakes    map[int]*big.Int
	locked    map[int]*big.Int
	datasets  []*mDataset // dataset id i+1
	jobs      []*mJob     // job id i+1
	credits   map[int]*big.Int
	credited  map[int]*big.Int // everything ever credited
	withdrawn map[int]*big.Int
	burned    *big.Int
}

type mDataset struct {
	owner                   int
	price, submitFee        *big.Int
	budget, spent           uint64
	deltaBudget, deltaSpent uint64
	maxDelta                uint64
	minOwners               int
	paused                  bool
	reservations            []mReservation
}

// mReservation is ε and δ held for an open job until its window ends.
type mReservation struct {
	job        *mJob
	eps, delta uint64
	until      uint64
}

// held is what live reservations hold at time now: a reservation lapses when
// its window ends, without a transaction.
func (d *mDataset) held(now uint64) (eps, delta uint64) {
	for _, r := range d.reservations {
		if r.until > now {
			eps += r.eps
			delta += r.delta
		}
	}
	return eps, delta
}

func (d *mDataset) release(j *mJob) {
	for i, r := range d.reservations {
		if r.job == j {
			d.reservations = append(d.reservations[:i], d.reservations[i+1:]...)
			return
		}
	}
}

type mJob struct {
	id                          uint64
	buyer                       int
	datasets, owners, compute   []int
	prices, fees, submitFees    []*big.Int // as at submission
	eps, delta                  uint64
	rounds                      uint32
	quorum                      int
	acceptBy, deadline, endedAt uint64
	state, failure              uint8
	closed, committed           bool
	payment, escrow, bond       *big.Int
	payload                     [32]byte
	accepted, declined          map[int]bool
	ownersAccepted              int
	ownersDeclined              int
	computeDeclined             bool
	confirmed, matched          map[int]bool     // owners
	disputed, forfeited         map[int]bool     // owners
	preCommit                   map[int][32]byte // owners' commitments posted before the reveal
	confirmations, disputes     int
	delivered, culprits         map[int]bool // compute nodes
	ownerPaid                   map[int]*big.Int
	flows                       map[int]*big.Int // credited by this job, by account
	slashed                     map[int]*big.Int // stake burned or paid out, by account
}

func newModel(cfg chain.MarketConfig) *model {
	return &model{
		cfg: cfg, roles: map[int]uint8{}, fees: map[int]*big.Int{}, stakes: map[int]*big.Int{},
		locked: map[int]*big.Int{}, credits: map[int]*big.Int{}, credited: map[int]*big.Int{},
		withdrawn: map[int]*big.Int{}, burned: new(big.Int),
	}
}

func seconds(d time.Duration) uint64 { return uint64(d / time.Second) }

func (m *model) register(acct int, roles uint8, fee, stake *big.Int) {
	m.roles[acct] = roles
	m.fees[acct] = sum(fee)
	m.stakes[acct] = sum(m.stakes[acct], stake)
	m.locked[acct] = sum(m.locked[acct])
}

func (m *model) publish(owner int, p chain.PublishParams) {
	m.datasets = append(m.datasets, &mDataset{owner: owner, price: p.Price, submitFee: sum(p.SubmitFee),
		budget: p.Budget, deltaBudget: p.DeltaBudget, maxDelta: p.MaxDelta, minOwners: int(p.MinOwners)})
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
	eps, delta        uint64
	rounds            uint32
	dropouts          int
	deadline          uint64
	pay, maxTotal     *big.Int
}

// required is what a submission costs now: prices, submission fees and compute fees.
func (m *model) required(s submission) *big.Int {
	total := new(big.Int)
	for _, d := range s.datasets {
		total.Add(total, m.datasets[d].price).Add(total, m.datasets[d].submitFee)
	}
	for _, c := range s.compute {
		total.Add(total, m.fees[c])
	}
	return total
}

// submitOutcome checks, in the contract's order, the terms the test can break
// (the property test names each dataset once per job).
func (m *model) submitOutcome(s submission, now uint64) string {
	seen := map[int]bool{}
	n := len(s.datasets)
	for _, i := range s.datasets {
		d := m.datasets[i]
		eps, delta := d.held(now)
		switch {
		case d.paused:
			return "DatasetPaused"
		case s.delta > d.maxDelta:
			return "DeltaTooLarge"
		case n < d.minOwners:
			return "TooFewOwners"
		case s.eps > d.budget-d.spent-eps:
			return "BudgetExceeded"
		case s.delta > d.deltaBudget-d.deltaSpent-delta:
			return "DeltaBudgetExceeded"
		case seen[d.owner]:
			return "DuplicateOwner"
		}
		seen[d.owner] = true
	}
	for k, c := range s.compute {
		switch {
		case m.roles[c]&chain.RoleCompute == 0:
			return "NotComputeNode"
		case sum(m.stakes[c]).Cmp(m.cfg.MinStake) < 0:
			return "InsufficientStake"
		case indexOf(s.compute[:k], c) >= 0:
			return "DuplicateCompute"
		case seen[c]:
			return "ParticipantConflict"
		}
	}
	if required := m.required(s); required.Cmp(s.maxTotal) > 0 {
		return "PriceAboveMax"
	} else if s.pay.Cmp(required) < 0 {
		return "InsufficientPayment"
	}
	return ""
}

// acceptByFor is when a window opened at now closes: on the grid of
// acceptWindow, more than one and at most two steps later.
func (m *model) acceptByFor(now uint64) uint64 {
	w := seconds(m.cfg.AcceptWindow)
	return (now/w + 2) * w
}

func (m *model) applySubmit(s submission, now uint64) *mJob {
	j := &mJob{
		id: uint64(len(m.jobs) + 1), buyer: s.buyer, datasets: s.datasets, compute: s.compute, eps: s.eps, delta: s.delta,
		rounds: s.rounds, quorum: len(s.datasets) - s.dropouts, acceptBy: m.acceptByFor(now), deadline: s.deadline,
		payment: new(big.Int).Set(s.pay), escrow: new(big.Int).Set(s.pay), bond: new(big.Int),
		accepted: map[int]bool{}, declined: map[int]bool{}, confirmed: map[int]bool{}, matched: map[int]bool{},
		disputed: map[int]bool{}, forfeited: map[int]bool{}, preCommit: map[int][32]byte{},
		delivered: map[int]bool{}, culprits: map[int]bool{}, ownerPaid: map[int]*big.Int{},
		flows: map[int]*big.Int{}, slashed: map[int]*big.Int{},
	}
	for _, i := range s.datasets {
		d := m.datasets[i]
		d.reservations = append(d.reservations, mReservation{job: j, eps: s.eps, delta: s.delta, until: j.acceptBy})
		j.owners = append(j.owners, d.owner)
		j.prices = append(j.prices, d.price)
		j.submitFees = append(j.submitFees, d.submitFee)
		j.quorum = max(j.quorum, d.minOwners)
	}
	for _, c := range s.compute {
		j.fees = append(j.fees, m.fees[c])
		j.bond.Add(j.bond, m.fees[c])
	}
	m.jobs = append(m.jobs, j)
	return j
}

// ---------------------------------------------------------------- acceptance

func (j *mJob) isOwner(who int) bool   { return indexOf(j.owners, who) >= 0 }
func (j *mJob) isCompute(who int) bool { return indexOf(j.compute, who) >= 0 }
func (j *mJob) commitBy(m *model) uint64 {
	return j.deadline - seconds(m.cfg.ConfirmWindow)
}

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
	case now >= j.acceptBy:
		return "AcceptanceClosed"
	case !j.isOwner(who) && !j.isCompute(who):
		return "NotParticipant"
	case j.accepted[who]:
		return "AlreadyAccepted"
	case j.declined[who]:
		return "AlreadyDeclined"
	case j.isOwner(who) && m.roles[who]&chain.RoleOwner == 0:
		return "NotOwnerRole"
	case j.isOwner(who):
		return ""
	case m.roles[who]&chain.RoleCompute == 0:
		return "NotComputeNode"
	case sum(m.stakes[who]).Cmp(m.cfg.MinStake) < 0:
		return "InsufficientStake"
	case new(big.Int).Sub(sum(m.stakes[who]), sum(m.locked[who])).Cmp(j.bond) < 0:
		return "BondUnavailable"
	}
	return ""
}

// applyAccept: an owner's acceptance spends its dataset's ε and δ at once (its
// reservation becomes spent); a compute node's reserves the job's bond.
func (m *model) applyAccept(j *mJob, who int) {
	j.accepted[who] = true
	if i := indexOf(j.owners, who); i >= 0 {
		d := m.datasets[j.datasets[i]]
		d.release(j)
		d.spent += j.eps
		d.deltaSpent += j.delta
		j.ownersAccepted++
	} else {
		m.locked[who] = sum(m.locked[who], j.bond)
	}
	if j.ownersAccepted == len(j.owners) && len(j.acceptedCompute()) == len(j.compute) {
		m.start(j)
	}
}

func (j *mJob) acceptedCompute() []int {
	var out []int
	for _, c := range j.compute {
		if j.accepted[c] {
			out = append(out, c)
		}
	}
	return out
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

// applyDecline: an owner's decline releases its dataset's reservation at once
// and is paid its submission fee.
func (m *model) applyDecline(j *mJob, who int) {
	j.declined[who] = true
	if i := indexOf(j.owners, who); i >= 0 {
		m.datasets[j.datasets[i]].release(j)
		j.ownersDeclined++
		m.paySubmitFee(j, i)
	} else {
		j.computeDeclined = true
	}
}

// paySubmitFee credits owner i the submission fee it is owed from the
// submission, at its first payment (decline, confirmation, cancel or close).
func (m *model) paySubmitFee(j *mJob, i int) {
	j.escrow.Sub(j.escrow, j.submitFees[i])
	m.credit(j, j.owners[i], j.submitFees[i])
}

// start refunds the prices of the owners that did not join and any overpayment;
// the submission fees not yet paid stay in escrow.
func (m *model) start(j *mJob) {
	j.state = chain.JobStarted
	unused := new(big.Int).Sub(j.escrow, j.bond)
	for i, o := range j.owners {
		if j.accepted[o] {
			unused.Sub(unused, j.prices[i])
		}
		if !j.declined[o] {
			unused.Sub(unused, j.submitFees[i])
		}
		m.datasets[j.datasets[i]].release(j) // lapsed by now, or converted at acceptance
	}
	m.refund(j, unused)
}

// cancel refunds the escrow (submission fees are not refundable), gives back
// the ε and δ of the owners that accepted and frees the bonds.
func (m *model) cancel(j *mJob) {
	j.state = chain.JobCancelled
	j.closed = true
	for i, o := range j.owners {
		d := m.datasets[j.datasets[i]]
		if j.accepted[o] {
			d.spent -= j.eps
			d.deltaSpent -= j.delta
		}
		d.release(j)
		if !j.declined[o] {
			m.paySubmitFee(j, i)
		}
	}
	m.releaseBonds(j)
	m.refund(j, new(big.Int).Set(j.escrow))
}

func (m *model) releaseBonds(j *mJob) {
	for _, c := range j.acceptedCompute() {
		m.locked[c].Sub(m.locked[c], j.bond)
	}
}

func (m *model) cancelOutcome(j *mJob, who int) string {
	cannotStart := j.computeDeclined || len(j.owners)-j.ownersDeclined < j.quorum
	switch {
	case who != j.buyer:
		return "NotBuyer"
	case j.state != chain.JobOpen:
		return "WrongState"
	case j.ownersAccepted+len(j.acceptedCompute()) > 0 && !cannotStart:
		return "HasAcceptances"
	}
	return ""
}

func (m *model) closeAcceptanceOutcome(j *mJob, now uint64) string {
	switch {
	case j.state != chain.JobOpen:
		return "WrongState"
	case now < j.acceptBy:
		return "AcceptanceOpen"
	}
	return ""
}

func (m *model) applyCloseAcceptance(j *mJob, now uint64) {
	if now < j.commitBy(m) && j.ownersAccepted >= j.quorum && len(j.acceptedCompute()) == len(j.compute) {
		m.start(j)
	} else {
		m.cancel(j)
	}
}
