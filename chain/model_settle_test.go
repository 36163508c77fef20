package chain_test

import (
	"math/big"

	"github.com/veil-market/veil/chain"
)

// The model's rules for the end of a job: result, failure, receipts, closing,
// payments, and its books.

func (m *model) commitOutcome(j *mJob, who int, now uint64) string {
	switch {
	case who != j.compute[0]:
		return "NotAggregator"
	case j.state != chain.JobStarted:
		return "WrongState"
	case now > j.deadline:
		return "DeadlinePassed"
	case j.committed:
		return "AlreadyCommitted"
	}
	return ""
}

func (m *model) confirmOutcome(j *mJob, who int, now uint64) string {
	switch {
	case j.state != chain.JobStarted:
		return "WrongState"
	case now > j.deadline:
		return "DeadlinePassed"
	case !j.committed:
		return "NotCommitted"
	case !j.isOwner(who) || !j.accepted[who]:
		return "NotAccepted"
	case j.confirmed[who]:
		return "AlreadyConfirmed"
	}
	return ""
}

// applyConfirm counts a matching confirmation; the one that makes n - d settles
// the job and pays the compute fees (rules 4 and 5).
func (m *model) applyConfirm(j *mJob, who int, matches bool, now uint64) {
	j.confirmed[who] = true
	if !matches {
		return
	}
	j.confirmations++
	if j.confirmations < len(j.owners)-j.dropouts {
		return
	}
	j.state = chain.JobSettled
	j.endedAt = now
	m.release(j)
	for i, c := range j.compute {
		j.escrow.Sub(j.escrow, j.fees[i])
		m.credit(j, c, j.fees[i])
	}
}

func (m *model) failOutcome(j *mJob, now uint64) string {
	switch {
	case j.state != chain.JobStarted:
		return "WrongState"
	case now <= j.deadline:
		return "DeadlineNotReached"
	}
	return ""
}

// applyFail refunds the fees and burns slashBps of the aggregator's stake (rule 5).
func (m *model) applyFail(j *mJob) {
	j.state = chain.JobFailed
	j.endedAt = j.deadline
	m.release(j)
	agg := j.compute[0]
	burned := new(big.Int).Mul(m.stakes[agg], big.NewInt(int64(m.cfg.SlashBps)))
	burned.Div(burned, big.NewInt(10000))
	m.stakes[agg].Sub(m.stakes[agg], burned)
	m.burned.Add(m.burned, burned)
	j.burned.Add(j.burned, burned)
	m.refund(j, sum(j.fees...))
}

// ---------------------------------------------------------------- receipts

func (m *model) redeemOutcome(j *mJob, who int, rounds uint32, signer int) string {
	switch {
	case j.state != chain.JobSettled && j.state != chain.JobFailed:
		return "JobNotEnded"
	case j.closed:
		return "RedeemWindowClosed"
	case !j.isOwner(who) || !j.accepted[who]:
		return "NotAccepted"
	case j.redeemed[who]:
		return "AlreadyRedeemed"
	case rounds == 0 || signer != j.compute[0]:
		return "BadReceipt"
	}
	return ""
}

// applyRedeem pays the owner by its receipt and returns the rest of its price (rule 3).
func (m *model) applyRedeem(j *mJob, who int, rounds uint32) {
	j.redeemed[who] = true
	price := j.prices[indexOf(j.owners, who)]
	pay := ownerPay(price, rounds, j.rounds, m.cfg.KappaBps)
	j.escrow.Sub(j.escrow, pay)
	m.credit(j, who, pay)
	m.refund(j, new(big.Int).Sub(price, pay))
}

func (m *model) closeJobOutcome(j *mJob, now uint64) string {
	switch {
	case j.state != chain.JobSettled && j.state != chain.JobFailed:
		return "JobNotEnded"
	case j.closed:
		return "AlreadyClosed"
	case now <= j.endedAt+seconds(m.cfg.RedeemWindow):
		return "RedeemWindowOpen"
	}
	return ""
}

func (m *model) applyCloseJob(j *mJob) {
	j.closed = true
	m.refund(j, new(big.Int).Set(j.escrow))
}

// ---------------------------------------------------------------- payments

func (m *model) withdrawOutcome(who int) string {
	if sum(m.credits[who]).Sign() == 0 {
		return "NothingToWithdraw"
	}
	return ""
}

// applyWithdraw returns what the account must receive (rule 6).
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
		out = append(out, j.acceptBy, j.deadline)
		if j.endedAt != 0 {
			out = append(out, j.endedAt+seconds(m.cfg.RedeemWindow))
		}
	}
	return out
}
