package chain

import (
	"context"
	"fmt"
	"math/big"
	"math/bits"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Job is a job as the chain knows it: what the contract stores (JobState), its
// terms and the facts of its submission (from JobSubmitted), and its result
// commitment (from ResultCommitted) once there is one.
type Job struct {
	ID uint64
	JobState
	Terms
	SpecHash       [32]byte
	Payment        *big.Int
	SubmittedBlock uint64
	CommitBy       uint64   // the aggregator's commit deadline: Deadline - confirmWindow
	BlobHash       [32]byte // zero until the result is committed
	ResultURI      string
	AbortReason    string // why the aggregator aborted (Failure == FailAborted)
}

// Job flags as the contract stores them.
const (
	flagCommitted uint8 = 1
	flagClosed    uint8 = 2
)

// Committed reports whether the aggregator committed the result.
func (j *Job) Committed() bool { return j.Flags&flagCommitted != 0 }

// Closed reports whether nothing more can be paid out of the job.
func (j *Job) Closed() bool { return j.Flags&flagClosed != 0 }

// Ended reports whether the job settled or failed.
func (j *Job) Ended() bool { return j.State == JobSettled || j.State == JobFailed }

// DisputeQuorum is how many owners must dispute to overturn the result: a
// strict majority of those that accepted.
func (j *Job) DisputeQuorum() int { return int(j.OwnersAccepted)/2 + 1 }

// Unconfirmed is how many owners that accepted have not posted their
// confirmation yet.
func (j *Job) Unconfirmed() int {
	if j.Accepted == nil {
		return 0
	}
	left := new(big.Int).AndNot(j.Accepted, orZero(j.Paid))
	n := 0
	for _, w := range left.Bits() {
		n += bits.OnesCount(uint(w))
	}
	return n
}

// Participant is one party's place and progress in a job.
type Participant struct {
	IsOwner, IsCompute bool
	Index              int // among the owners or the compute nodes
	Accepted, Declined bool
	Confirmed          bool // owner: posted its final confirmation and was paid
	Matched            bool // owner: its commitment matched the committed payload
	Disputed           bool // owner: disputed the result
	Delivered          bool // compute: proven to have delivered its step
}

// Participant says what who is in the job; IsOwner and IsCompute are both false
// for a stranger.
func (j *Job) Participant(who common.Address) Participant {
	if i := j.OwnerIndex(who); i >= 0 {
		accepted, paid := hasBit(j.Accepted, i), hasBit(j.Paid, i)
		return Participant{IsOwner: true, Index: i, Accepted: accepted, Declined: paid && !accepted,
			Confirmed: paid && accepted, Matched: hasBit(j.Matched, i), Disputed: hasBit(j.Disputed, i)}
	}
	if i := j.ComputeIndex(who); i >= 0 {
		bit := uint8(1) << i
		return Participant{IsCompute: true, Index: i, Accepted: j.ComputeAccepted&bit != 0,
			Declined: j.ComputeDeclined&bit != 0, Delivered: j.Delivered&bit != 0}
	}
	return Participant{Index: -1}
}

// hasBit reports whether bit i of an owner bitmap (uint128 in the contract, nil
// when a JobState was built by hand) is set. The contract keeps one bitmap,
// Paid, for an owner's one payment: its decline (its submission fee) or, having
// accepted, its confirmation.
func hasBit(bitmap *big.Int, i int) bool { return bitmap != nil && bitmap.Bit(i) == 1 }

// Job reads a job: its stored state, its terms (read once from JobSubmitted
// and cached: they never change) and its result commitment.
func (m *Market) Job(ctx context.Context, id uint64) (*Job, error) {
	st, err := call(ctx, m, m.binding.PackGetJob(big64(id)), m.binding.UnpackGetJob)
	if err != nil {
		return nil, err
	}
	sub, err := m.submission(ctx, id)
	if err != nil {
		return nil, err
	}
	cfg, err := m.Config(ctx)
	if err != nil {
		return nil, err
	}
	j := &Job{ID: id, JobState: st, Terms: *sub.terms, SpecHash: sub.specHash, Payment: sub.payment,
		SubmittedBlock: sub.block, CommitBy: uint64(st.Deadline) - seconds(cfg.ConfirmWindow)}
	if j.Committed() {
		if err := m.addResult(ctx, j); err != nil {
			return nil, err
		}
	}
	if j.State == JobFailed && j.Failure == FailAborted {
		if j.AbortReason, err = m.abortReason(ctx, id, sub.block); err != nil {
			return nil, err
		}
	}
	return j, nil
}

// JobState reads only what the contract stores of a job.
func (m *Market) JobState(ctx context.Context, id uint64) (JobState, error) {
	return call(ctx, m, m.binding.PackGetJob(big64(id)), m.binding.UnpackGetJob)
}

// submitted is what JobSubmitted fixed about a job.
type submitted struct {
	terms    *Terms
	specHash [32]byte
	payment  *big.Int
	block    uint64
}

// Terms returns job id's terms (from its JobSubmitted event, cached).
func (m *Market) Terms(ctx context.Context, id uint64) (*Terms, error) {
	s, err := m.submission(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.terms, nil
}

func (m *Market) submission(ctx context.Context, id uint64) (*submitted, error) {
	m.mu.Lock()
	s, ok := m.submitted[id]
	m.mu.Unlock()
	if ok {
		return s, nil
	}
	topic := common.BigToHash(big64(id))
	logs, err := m.Logs(ctx, "JobSubmitted", m.from, &topic)
	if err != nil {
		return nil, err
	}
	if len(logs) == 0 {
		if _, err := m.JobState(ctx, id); err != nil {
			return nil, err // UnknownJob, in the contract's words
		}
		return nil, fmt.Errorf("chain: job %d has no JobSubmitted event after block %d", id, m.from)
	}
	ev, err := m.binding.UnpackJobSubmittedEvent(&logs[0])
	if err != nil {
		return nil, fmt.Errorf("chain: decoding JobSubmitted of job %d: %w", id, err)
	}
	t, err := DecodeTerms(ev.Terms)
	if err != nil {
		return nil, fmt.Errorf("job %d: %w", id, err)
	}
	s = &submitted{terms: t, specHash: ev.SpecHash, payment: ev.Payment, block: logs[0].BlockNumber}
	m.mu.Lock()
	m.submitted[id] = s
	m.mu.Unlock()
	return s, nil
}

func (m *Market) addResult(ctx context.Context, j *Job) error {
	topic := common.BigToHash(big64(j.ID))
	logs, err := m.Logs(ctx, "ResultCommitted", j.SubmittedBlock, &topic)
	if err != nil {
		return err
	}
	if len(logs) == 0 {
		return fmt.Errorf("chain: job %d is committed but its ResultCommitted event is not visible", j.ID)
	}
	ev, err := m.binding.UnpackResultCommittedEvent(&logs[0])
	if err != nil {
		return fmt.Errorf("chain: decoding ResultCommitted of job %d: %w", j.ID, err)
	}
	j.BlobHash, j.ResultURI = ev.BlobHash, ev.Uri
	return nil
}

func (m *Market) abortReason(ctx context.Context, id, from uint64) (string, error) {
	topic := common.BigToHash(big64(id))
	logs, err := m.Logs(ctx, "JobAborted", from, &topic)
	if err != nil || len(logs) == 0 {
		return "", err
	}
	ev, err := m.binding.UnpackJobAbortedEvent(&logs[0])
	if err != nil {
		return "", fmt.Errorf("chain: decoding JobAborted of job %d: %w", id, err)
	}
	return ev.Reason, nil
}

// Explain says in one line where the job stands and what happens next, at
// chain time now: what `veil job status` prints beside the state.
func (j *Job) Explain(now uint64) string {
	at := func(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }
	switch j.State {
	case JobOpen:
		if now < uint64(j.AcceptBy) {
			return fmt.Sprintf("waiting for acceptances until %s: %d of %d owners (%d needed), %d of %d compute nodes",
				at(uint64(j.AcceptBy)), j.OwnersAccepted, len(j.Owners), j.StartQuorum, bits.OnesCount8(j.ComputeAccepted), len(j.Compute))
		}
		if int(j.OwnersAccepted) >= int(j.StartQuorum) && int(j.ComputeAccepted) == 1<<len(j.Compute)-1 && now < j.CommitBy {
			return "acceptance window closed with enough acceptances: closeAcceptance starts it"
		}
		return "acceptance window closed without enough acceptances: closeAcceptance cancels and refunds it"
	case JobStarted:
		return j.explainStarted(now, at)
	case JobSettled:
		return fmt.Sprintf("settled at %s: fees paid to the compute nodes that delivered", at(uint64(j.EndedAt)))
	case JobFailed:
		s := "failed at " + at(uint64(j.EndedAt)) + ": " + FailureName(j.Failure)
		if j.AbortReason != "" {
			s += ": " + j.AbortReason
		}
		return s
	case JobCancelled:
		return "cancelled: escrow refunded, reservations released"
	}
	return ""
}

func (j *Job) explainStarted(now uint64, at func(uint64) string) string {
	if !j.Committed() {
		if now <= j.CommitBy {
			return fmt.Sprintf("running: the aggregator must commit the result by %s", at(j.CommitBy))
		}
		all := uint8(1<<len(j.Compute) - 1)
		if missing := all &^ j.Delivered &^ 1; missing != 0 {
			return "no result by the commit deadline and a compute node withheld its step: failJob slashes that node"
		}
		return "no result by the commit deadline: failJob ends it and slashes the aggregator"
	}
	s := fmt.Sprintf("result committed: %d of %d owners' commitments matched, %d dispute(s) of %d that overturn it",
		j.Confirmations, j.OwnersAccepted, j.Disputes, j.DisputeQuorum())
	if int(j.Confirmations)+j.DisputeQuorum() > int(j.OwnersAccepted) || now > uint64(j.Deadline) {
		return s + "; settleJob pays it now"
	}
	return s + "; settles at " + at(uint64(j.Deadline)) + " unless disputed"
}
