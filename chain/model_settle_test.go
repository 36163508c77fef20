package chain_test

import (
	"math/big"

	"github.com/veil-market/veil/chain"
)

// The model's rules for the running and the end of a job: steps, result,
// confirmations, disputes, settlement, failure, closing, payments, books.

func (m *model) attestOutcome(j *mJob, who int, now uint64) string {
	switch {
	case j.state != chain.JobStarted:
		return "WrongState"
	case now > j.deadline:
		return "DeadlinePassed"
	case indexOf(j.compute, who) < 1:
		return "NotHelper"
	case j.delivered[who]:
		return "AlreadyAttested"
	}
	return ""
}

func (m *model) commitOutcome(j *mJob, who int, vouched uint8, now uint64) string {
	switch {
	case who != j.compute[0]:
		return "NotAggregator"
	case j.state != chain.JobStarted:
		return "WrongState"
	case now > j.commitBy(m):
		return "DeadlinePassed"
	case j.committed:
		return "AlreadyCommitted"
	case int(vouched)>>len(j.compute) != 0:
		return "InvalidResult"
	}
	return ""
}

// applyCommit reveals the payload: the commitments owners posted before count
// as confirmations when they bind this payload to their own address.
func (m *model) applyCommit(j *mJob, payload [32]byte, vouched uint8) {
	j.committed = true
	j.payload = payload
	for i, c := range j.compute {
		if i == 0 || vouched&(1<<i) != 0 {
			j.delivered[c] = true
		}
	}
	for o, c := range j.preCommit {
		if c == chain.ResultCommitment(j.id, addrOf(o), payload) {
			j.matched[o] = true
			j.confirmations++
		}
	}
}

func (m *model) confirmOutcome(j *mJob, who int, rounds uint32, signer int) string {
	switch {
	case j.state != chain.JobStarted && j.state != chain.JobSettled && j.state != chain.JobFailed:
		return "WrongState"
	case j.closed:
		return "RedeemWindowClosed"
	case !j.isOwner(who) || !j.accepted[who]:
		return "NotAccepted"
	case j.confirmed[who]:
		return "AlreadyConfirmed"
	case rounds != 0 && signer != j.compute[0]:
		return "BadReceipt"
	}
	return ""
}

// applyConfirm records the owner's commitment and pays it: its receipt's share
// of the price, or kappa for its spent ε when it has none. What it did not earn
// goes back to the buyer.
func (m *model) applyConfirm(j *mJob, who int, commitment [32]byte, rounds uint32) {
	j.confirmed[who] = true
	if commitment != ([32]byte{}) && j.state == chain.JobStarted {
		switch {
		case !j.committed:
			j.preCommit[who] = commitment
		case commitment == chain.ResultCommitment(j.id, addrOf(who), j.payload) && !j.disputed[who]:
			j.matched[who] = true
			j.confirmations++
		}
	}
	i := indexOf(j.owners, who)
	price := j.prices[i]
	pay := ownerPay(price, rounds, j.rounds, m.cfg.KappaBps)
	j.ownerPaid[who] = pay
	j.escrow.Sub(j.escrow, pay)
	m.credit(j, who, pay)
	m.paySubmitFee(j, i)
	m.refund(j, new(big.Int).Sub(price, pay))
}

func (j *mJob) disputeQuorum() int { return j.ownersAccepted/2 + 1 }

func (m *model) disputeOutcome(j *mJob, who int, bond *big.Int, now uint64) string {
	switch {
	case j.state != chain.JobStarted:
		return "WrongState"
	case !j.committed:
		return "NotCommitted"
	case now > j.deadline:
		return "DeadlinePassed"
	case !j.isOwner(who) || !j.accepted[who]:
		return "NotAccepted"
	case j.matched[who]:
		return "AlreadyConfirmed"
	case j.disputed[who]:
		return "AlreadyDisputed"
	case bond.Cmp(m.cfg.DisputeBond) != 0:
		return "WrongBond"
	}
	return ""
}

// applyDispute: the dispute that makes a majority of the accepted owners fails
// the job, blaming the aggregator.
func (m *model) applyDispute(j *mJob, who int, now uint64) {
	j.disputed[who] = true
	j.disputes++
	j.escrow.Add(j.escrow, m.cfg.DisputeBond)
	if j.disputes >= j.disputeQuorum() {
		m.fail(j, chain.FailDisputed, []int{j.compute[0]}, now)
	}
}

func (m *model) settleOutcome(j *mJob, now uint64) string {
	switch {
	case j.state != chain.JobStarted:
		return "WrongState"
	case !j.committed:
		return "NotCommitted"
	case now <= j.deadline && j.confirmations+j.disputeQuorum() <= j.ownersAccepted:
		return "NotDecided"
	}
	return ""
}

// applySettle pays the compute nodes that delivered and frees every bond.
func (m *model) applySettle(j *mJob, now uint64) {
	j.state = chain.JobSettled
	j.endedAt = now
	m.releaseBonds(j)
	for i, c := range j.compute {
		if j.delivered[c] {
			j.escrow.Sub(j.escrow, j.fees[i])
			m.credit(j, c, j.fees[i])
		} else {
			m.refund(j, j.fees[i])
		}
	}
}

func (m *model) failOutcome(j *mJob, now uint64) string {
	switch {
	case j.state != chain.JobStarted:
		return "WrongState"
	case j.committed:
		return "AlreadyCommitted"
	case now <= j.commitBy(m):
		return "DeadlineNotReached"
	}
	return ""
}

// applyFail blames the party whose signed step is missing: compute nodes other
// than the aggregator that neither attested nor were vouched for (their steps
// come first), or else the aggregator.
func (m *model) applyFail(j *mJob, now uint64) {
	var missing []int
	for _, c := range j.compute[1:] {
		if !j.delivered[c] {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		m.fail(j, chain.FailHelper, missing, now)
	} else {
		m.fail(j, chain.FailNoResult, []int{j.compute[0]}, now)
	}
}

func (m *model) abortOutcome(j *mJob, who int) string {
	switch {
	case who != j.compute[0]:
		return "NotAggregator"
	case j.state != chain.JobStarted:
		return "WrongState"
	case j.committed:
		return "AlreadyCommitted"
	}
	return ""
}

// applyAbort: the aggregator forgoes its fee and is not slashed; the other
// compute nodes are paid from escrow.
func (m *model) applyAbort(j *mJob, now uint64) {
	j.delivered = map[int]bool{}
	for _, c := range j.compute[1:] {
		j.delivered[c] = true
	}
	m.fail(j, chain.FailAborted, nil, now)
}

// fail ends a job without a result: the culprits' bonds are slashed and pay
// the fees of the compute nodes that delivered, the rest is burned; the buyer
// gets the fees back (an abort pays the others from escrow instead).
func (m *model) fail(j *mJob, reason uint8, culprits []int, now uint64) {
	j.state, j.failure, j.endedAt = chain.JobFailed, reason, now
	m.releaseBonds(j)
	pool := new(big.Int)
	for _, c := range culprits {
		j.culprits[c] = true
		m.stakes[c].Sub(m.stakes[c], j.bond)
		j.slashed[c] = sum(j.slashed[c], j.bond)
		pool.Add(pool, j.bond)
	}
	refund := new(big.Int)
	for i, c := range j.compute {
		paid := !j.culprits[c] && j.delivered[c]
		switch {
		case paid && reason == chain.FailAborted:
			j.escrow.Sub(j.escrow, j.fees[i])
			m.credit(j, c, j.fees[i])
		case paid:
			pool.Sub(pool, j.fees[i])
			m.credit(j, c, j.fees[i])
			refund.Add(refund, j.fees[i])
		default:
			refund.Add(refund, j.fees[i])
		}
	}
	m.burned.Add(m.burned, pool)
	m.refund(j, refund)
	if reason == chain.FailDisputed {
		m.returnBonds(j)
	}
}

func (m *model) returnBonds(j *mJob) {
	for o := range j.disputed {
		if !j.forfeited[o] {
			j.escrow.Sub(j.escrow, m.cfg.DisputeBond)
			m.credit(j, o, m.cfg.DisputeBond)
		}
	}
}

// ---------------------------------------------------------------- bonds and closing

func (m *model) forfeitOutcome(j *mJob, owner int, signer int, hash [32]byte) string {
	switch {
	case j.state != chain.JobSettled:
		return "WrongState"
	case j.closed:
		return "AlreadyClosed"
	case !j.isOwner(owner) || !j.accepted[owner]:
		return "NotAccepted"
	case !j.disputed[owner] || j.forfeited[owner]:
		return "NotDisputed"
	case signer != owner || hash != j.payload:
		return "BadPayloadReceipt"
	}
	return ""
}

// applyForfeit burns the bond of a dispute no majority joined, on the owner's
// own signed receipt of the committed payload.
func (m *model) applyForfeit(j *mJob, owner int) {
	j.forfeited[owner] = true
	j.escrow.Sub(j.escrow, m.cfg.DisputeBond)
	m.burned.Add(m.burned, m.cfg.DisputeBond)
}

func (m *model) closeJobOutcome(j *mJob, now uint64) string {
	switch {
	case j.state != chain.JobSettled && j.state != chain.JobFailed:
		return "WrongState"
	case j.closed:
		return "AlreadyClosed"
	case now <= j.endedAt+seconds(m.cfg.RedeemWindow):
		return "RedeemWindowOpen"
	}
	return ""
}

func (m *model) applyCloseJob(j *mJob) {
	j.closed = true
	for i, o := range j.owners {
		if !j.confirmed[o] && !j.declined[o] {
			m.paySubmitFee(j, i)
		}
	}
	if j.state == chain.JobSettled {
		m.returnBonds(j)
	}
	m.refund(j, new(big.Int).Set(j.escrow))
}

// ---------------------------------------------------------------- payments

func (m *model) withdrawOutcome(who int) string {
	if sum(m.credits[who]).Sign() == 0 {
		return "NothingToWithdraw"
	}
	return ""
}

// applyWithdraw returns what must be sent.
func (m *model) applyWithdraw(who int) *big.Int {
	amount := sum(m.credits[who])
	m.credits[who] = new(big.Int)
	m.withdrawn[who] = sum(m.withdrawn[who], amount)
	return amount
}

// ---------------------------------------------------------------- books

func (m *model) totalEscrow() *big.Int {
	total := new(big.Int)
	for _, j := range m.jobs {
		total.Add(total, j.escrow)
	}
	return total
}

func (m *model) totalCredits() *big.Int {
	total := new(big.Int)
	for _, c := range m.credits {
		total.Add(total, c)
	}
	return total
}

func (m *model) totalStaked() *big.Int {
	total := new(big.Int)
	for _, s := range m.stakes {
		total.Add(total, s)
	}
	return total
}

// boundaries are the times at which some call changes its outcome.
func (m *model) boundaries() []uint64 {
	var out []uint64
	for _, j := range m.jobs {
		out = append(out, j.acceptBy, j.commitBy(m), j.deadline)
		if j.endedAt != 0 {
			out = append(out, j.endedAt+seconds(m.cfg.RedeemWindow))
		}
	}
	return out
}
