package fl

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/secagg"
)

// aggregator is the aggregator's side of an fl job.
type aggregator struct {
	eng    Engine
	job    *engine.Job
	st     *Setup
	env    engine.Env
	log    *slog.Logger
	hist   history
	rounds []roundReport
	cur    *announcement
	maxMsg int
	// announced is when the current round was announced: owners send their
	// first message a compute window later.
	announced time.Time
}

// roundReport says, for the buyer, who took part in each round.
type roundReport struct {
	Round     uint32 `json:"round"`
	Owners    []int  `json:"owners,omitempty"` // whose inputs are in the released sum
	Rows      uint32 `json:"rows,omitempty"`
	Threshold int    `json:"threshold,omitempty"`
}

func newAggregator(e Engine, job *engine.Job, st *Setup, env engine.Env) *aggregator {
	log := env.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &aggregator{eng: e, job: job, st: st, env: env, log: log, maxMsg: int(job.Plan.MaxMessage)}
}

// Announce implements engine.AggregatorRun: the live owners take part, with the
// threshold that keeps both secure aggregation and the noise sizing sound.
func (a *aggregator) Announce(r uint32, live []int) ([]byte, error) {
	parts := slices.Sorted(slices.Values(live))
	t := secagg.RoundThreshold(len(parts), a.st.Owners, a.st.Dropouts, a.st.Colluders)
	a.cur = &announcement{Round: r, T: t, Participants: parts, History: a.hist.releases, Skip: len(parts) < t || len(parts) < 2}
	a.announced = time.Now()
	a.hist.known = r - 1
	return a.cur.encode(), nil
}

// Round implements engine.AggregatorRun.
func (a *aggregator) Round(ctx context.Context, r uint32, hub engine.Hub) error {
	if a.cur == nil || a.cur.Round != r {
		return fmt.Errorf("fl: round %d was not announced", r)
	}
	if a.cur.Skip {
		return fmt.Errorf("fl: round %d: %d owners connected, %d needed (the job tolerates %d dropouts); missing: %s",
			r, len(a.cur.Participants), a.cur.T, a.st.Dropouts, a.missing(a.cur.Participants))
	}
	sum, in, credit, err := a.collect(ctx, hub)
	out := outcome{Failed: err != nil}
	if err == nil {
		out.Release = release{Round: r, Rows: a.rowsOf(in), Sum: sum}
		rep := roundReport{Round: r, Owners: in, Rows: out.Release.Rows, Threshold: a.cur.T}
		// Kept before any owner sees it, so that a restarted aggregator
		// resumes with the history owners hold (resume.go).
		if err := a.keep(out.Release, rep); err != nil {
			return err
		}
		if err := a.hist.add(out.Release); err != nil {
			return err
		}
		a.rounds = append(a.rounds, rep)
	}
	// Receipts before the outcome: an owner never holds a round's outcome
	// without its receipt, even if the aggregator dies in between.
	for _, i := range credit {
		if cerr := hub.Credit(ctx, i); cerr != nil {
			a.log.Warn("could not send a receipt", "round", r, "owner", i, "address", a.job.Owners[i].Address.Hex(), "err", cerr)
		}
	}
	hub.Broadcast(ctx, a.cur.Participants, "outcome", out.encode())
	if err != nil {
		return fmt.Errorf("fl: round %d failed: %w", r, err)
	}
	return nil
}

// missing names the job's owners outside `in`.
func (a *aggregator) missing(in []int) string {
	var names []string
	for i, o := range a.job.Owners {
		if !slices.Contains(in, i) {
			names = append(names, fmt.Sprintf("owner %d (%s)", i, o.Address.Hex()))
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

func (a *aggregator) rowsOf(owners []int) uint32 {
	var n uint32
	for _, i := range owners {
		n += uint32(a.job.Owners[i].Metadata.Rows)
	}
	return n
}

// collect returns the round's sum, the owners whose inputs are in it, and the
// owners to credit (every owner whose masked input arrived did its part).
func (a *aggregator) collect(ctx context.Context, hub engine.Hub) ([]int64, []int, []int, error) {
	if a.eng.plain {
		return a.plainSum(ctx, hub)
	}
	return a.secureSum(ctx, hub)
}

func (a *aggregator) deadline() time.Time { return time.Now().Add(a.job.Plan.RoundTimeout) }

// firstDeadline is the deadline of a round's first step: owners hold their
// first message until the compute window after the announcement ends.
func (a *aggregator) firstDeadline() time.Time {
	return a.announced.Add(a.st.ComputeWindow + a.job.Plan.RoundTimeout)
}

func (a *aggregator) plainSum(ctx context.Context, hub engine.Hub) ([]int64, []int, []int, error) {
	got, _ := hub.Gather(ctx, "plain", a.cur.Participants, a.maxMsg, a.firstDeadline())
	total := make([]int64, a.st.Params)
	var in []int
	for _, i := range a.cur.Participants {
		v, err := decodeInts(got[i], a.st.Params)
		if err != nil {
			continue
		}
		for k := range total {
			total[k] += v[k]
		}
		in = append(in, i)
	}
	if len(in) < a.cur.T {
		return nil, nil, in, fmt.Errorf("fl: %d of %d owners sent their vector", len(in), a.cur.T)
	}
	return total, in, in, nil
}

func (a *aggregator) secureSum(ctx context.Context, hub engine.Hub) ([]int64, []int, []int, error) {
	parts := a.cur.Participants
	peers := make([]ed25519.PublicKey, len(parts))
	for i, p := range parts {
		peers[i] = a.job.Owners[p].NodeKey
	}
	session := secagg.Session{JobID: sessionID(a.job), Round: uint64(a.cur.Round)}
	p, err := a.st.roundParams(len(parts), a.cur.T, session)
	if err != nil {
		return nil, nil, nil, err
	}
	srv, err := secagg.NewServer(p, session, peers)
	if err != nil {
		return nil, nil, nil, err
	}
	s := &secureRound{a: a, hub: hub, srv: srv}
	sum, survivors, err := s.run(ctx)
	credit := s.jobIndices(srv.Completed(secagg.StepMaskedInputCollection))
	if err != nil {
		return nil, nil, credit, err
	}
	return secagg.DecodeSigned(sum, a.st.ModBits), s.jobIndices(survivors), credit, nil
}

// Result implements engine.AggregatorRun.
func (a *aggregator) Result(ctx context.Context) (*engine.Result, error) {
	payload, err := a.hist.payload(a.st)
	if err != nil {
		return nil, err
	}
	report, err := json.Marshal(map[string]any{"setup": a.st, "rounds": a.rounds, "secure_aggregation": !a.eng.plain})
	if err != nil {
		return nil, err
	}
	return &engine.Result{Payload: payload, Report: report}, nil
}
