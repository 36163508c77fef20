package engine

import (
	"errors"
	"fmt"
)

// Resumer is implemented by an engine whose aggregator can take a job up
// again after its process restarted in the middle of it. It is optional: an
// engine without it keeps its aggregator state in memory only, and a job its
// restarted aggregator was running is ended (docs/node.md says which engines
// resume and why).
//
// The contract with the node:
//   - While it runs, the aggregator keeps in env.Store (the engine's store in
//     the node's database, shared by its jobs: keys must name the job) what
//     it needs to go on, and keeps it *before* the message that makes a
//     round's outcome visible to any owner. It also credits owners (Hub.Credit)
//     before that message, so that an owner never holds a round's outcome
//     without its receipt.
//   - The node records each round before announcing it. After a restart it
//     calls ResumeAggregator with next, the round after the last one
//     announced, and runs rounds next..Plan.Rounds on the returned run, then
//     Result. A round that was in progress is lost: owners never send a round
//     twice (a second, differently noised contribution to the same sum would
//     leak). The resumed run treats rounds before next it has no record of as
//     skipped.
//   - ResumeAggregator returns an error wrapping ErrNotResumable, saying why,
//     when going on would be unsafe for the protocol or its state is missing;
//     the node then ends the job.
type Resumer interface {
	ResumeAggregator(job *Job, next uint32, env Env) (AggregatorRun, error)
}

// ErrNotResumable means a job's aggregator cannot safely take the job up
// again after a restart.
var ErrNotResumable = errors.New("engine: the aggregator cannot resume this job")

// ResumeAggregator resumes the aggregator's side of job with e, if e can.
func ResumeAggregator(e Engine, job *Job, next uint32, env Env) (AggregatorRun, error) {
	r, ok := e.(Resumer)
	if !ok {
		return nil, fmt.Errorf("%w: engine %s keeps its aggregator state in memory only", ErrNotResumable, e.Name())
	}
	return r.ResumeAggregator(job, next, env)
}
