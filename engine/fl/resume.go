package fl

import (
	"encoding/json"
	"fmt"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/internal/binread"
)

// An fl aggregator resumes at a round boundary: the model is a deterministic
// function of the released sums, which it keeps (each round's release and its
// report, in the engine's store) before any owner sees them. A resumed run
// announces the next round with that history, so owners that missed the
// restart catch up; the round in progress at the restart is lost (its owners
// never send it again, and secure aggregation's session is per round).
var _ engine.Resumer = Engine{}

func releaseKey(job uint64, r uint32) string {
	return fmt.Sprintf("fl/aggregator/%d/release/%d", job, r)
}
func reportKey(job uint64, r uint32) string { return fmt.Sprintf("fl/aggregator/%d/report/%d", job, r) }

// keep stores a round's release and report (before the outcome is broadcast).
func (a *aggregator) keep(rel release, rep roundReport) error {
	if a.env.Store == nil {
		return nil
	}
	b, err := json.Marshal(rep)
	if err != nil {
		return err
	}
	if err := a.env.Store.Put(reportKey(a.job.ID, rel.Round), b); err != nil {
		return fmt.Errorf("fl: keeping round %d's report: %w", rel.Round, err)
	}
	if err := a.env.Store.Put(releaseKey(a.job.ID, rel.Round), rel.append(nil)); err != nil {
		return fmt.Errorf("fl: keeping round %d's release: %w", rel.Round, err)
	}
	return nil
}

// ResumeAggregator implements engine.Resumer: it reloads every release kept
// for rounds before next.
func (e Engine) ResumeAggregator(job *engine.Job, next uint32, env engine.Env) (engine.AggregatorRun, error) {
	if env.Store == nil {
		return nil, fmt.Errorf("%w: fl: no store to resume from", engine.ErrNotResumable)
	}
	st, err := setupOf(job)
	if err != nil {
		return nil, err
	}
	a := newAggregator(e, job, st, env)
	for r := uint32(1); r < next; r++ {
		if err := a.reload(r); err != nil {
			return nil, fmt.Errorf("%w: %w", engine.ErrNotResumable, err)
		}
	}
	a.hist.known = next - 1
	return a, nil
}

// reload takes round r's release and report back, if the round released one.
func (a *aggregator) reload(r uint32) error {
	b, err := a.env.Store.Get(releaseKey(a.job.ID, r))
	if err != nil || b == nil {
		return err
	}
	rd := binread.New(b, errCodec)
	rel, err := readRelease(rd, a.st.Params)
	if err == nil {
		err = rd.Done("the kept release")
	}
	if err == nil && rel.Round != r {
		err = fmt.Errorf("%w: kept as round %d, says round %d", errCodec, r, rel.Round)
	}
	if err != nil {
		return fmt.Errorf("fl: round %d's kept release: %w", r, err)
	}
	var rep roundReport
	if rb, err := a.env.Store.Get(reportKey(a.job.ID, r)); err != nil || json.Unmarshal(rb, &rep) != nil {
		return fmt.Errorf("fl: round %d's kept report is missing or corrupted", r)
	}
	a.rounds = append(a.rounds, rep)
	return a.hist.add(rel)
}
