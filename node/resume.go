package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/veil-market/veil/engine"
)

// aggState is what an aggregator records about a job it runs, so that it can
// take the job up again after a restart.
type aggState struct {
	Announced uint32            `json:"announced"`         // the newest round announced (recorded first)
	Credits   map[string]uint32 `json:"credits,omitempty"` // owner address → rounds credited (recorded before signing)
	Payload   [32]byte          `json:"payload"`           // SHA-256 of the result's payload, once sealed
	Blob      [32]byte          `json:"blob"`              // SHA-256 of the sealed result, once stored
	Vouched   uint8             `json:"vouched,omitempty"` // the compute nodes the commit vouches for (bit k: compute[k]), with the result
	Ended     string            `json:"ended,omitempty"`   // why the job was ended instead of resumed
}

var bucketAggregator = []byte("aggregator")

// resume takes a job up again after a restart: the engine rebuilds its run
// from what it stored, and rounds go on after the last one announced. An
// engine that cannot resume safely makes the node end the job at once; the
// decision and its reason are recorded (see endUnresumable).
func (d *Daemon) resume(ctx context.Context, rec *jobRecord, v *jobView, job *engine.Job) (engine.AggregatorRun, uint32, error) {
	st, err := d.store.aggState(rec.ID)
	if err != nil {
		return nil, 0, err
	}
	next := st.Announced + 1
	env, err := d.env(v.eng.Name())
	if err != nil {
		return nil, 0, err
	}
	run, err := engine.ResumeAggregator(v.eng, job, next, env)
	if errors.Is(err, engine.ErrNotResumable) {
		return nil, 0, d.endUnresumable(ctx, rec.ID, err)
	}
	if err != nil {
		return nil, 0, err
	}
	d.log.Info("resuming the job after a restart", "job", rec.ID, "next_round", next, "of", v.plan.Rounds,
		"lost_round", st.Announced)
	return run, next, nil
}

// endUnresumable ends a job its restarted aggregator cannot go on with: the
// decision and its reason are recorded, the job is abandoned here (owners are
// refused from now on) and aborted on-chain at once (the aggregator is not
// slashed and forgoes its fee; owners are paid for what they delivered).
func (d *Daemon) endUnresumable(ctx context.Context, id uint64, why error) error {
	reason := fmt.Sprintf("the aggregator restarted in the middle of the job and ended it: %v", why)
	if err := d.store.updateAggState(id, func(st *aggState) { st.Ended = reason }); err != nil {
		return err
	}
	d.log.Warn("ending a job after a restart", "job", id, "reason", reason)
	d.abandon(id, reason)
	d.abort(id, errors.New(reason))
	return nil
}

func (s *store) aggState(id uint64) (*aggState, error) {
	st := &aggState{Credits: map[string]uint32{}}
	err := s.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketAggregator); b != nil {
			if v := b.Get(jobKey(id)); v != nil {
				return json.Unmarshal(v, st)
			}
		}
		return nil
	})
	if st.Credits == nil {
		st.Credits = map[string]uint32{}
	}
	return st, err
}

// updateAggState applies f to a job's aggregator state in one transaction.
func (s *store) updateAggState(id uint64, f func(*aggState)) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketAggregator)
		if err != nil {
			return err
		}
		st := &aggState{}
		if v := b.Get(jobKey(id)); v != nil {
			if err := json.Unmarshal(v, st); err != nil {
				return fmt.Errorf("node: job %d aggregator state is corrupted: %w", id, err)
			}
		}
		if st.Credits == nil {
			st.Credits = map[string]uint32{}
		}
		f(st)
		v, err := json.Marshal(st)
		if err != nil {
			return err
		}
		return b.Put(jobKey(id), v)
	})
}

// JobState is this node's local view of a job.
type JobState struct {
	Role   string `json:"role"`
	Phase  string `json:"phase"`
	Reason string `json:"reason,omitempty"`
}

// Job is this node's local state of job id; ok is false if the node never saw it.
func (d *Daemon) Job(id uint64) (JobState, bool, error) {
	rec, ok, err := d.store.job(id)
	if err != nil || !ok {
		return JobState{}, ok, err
	}
	return JobState{Role: rec.Role, Phase: rec.Phase, Reason: rec.Reason}, true, nil
}
