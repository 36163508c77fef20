package he

import (
	"encoding/json"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/suffstat"
)

// PlaintextForTest is the job's computation in plaintext over tables: the
// plan's statistics without noise, summed and decoded. ridge, when not nil,
// replaces the task's λ (pass the released one to compare like with like:
// the default λ depends on the noise scale). For the external e2e test.
func PlaintextForTest(job *engine.Job, tables []*dataset.Table, ridge *float64) (*suffstat.Release, error) {
	spec := *job.Spec
	if ridge != nil {
		task, err := suffstat.ParseTask(spec.Task)
		if err != nil {
			return nil, err
		}
		task.Ridge = ridge
		if spec.Task, err = json.Marshal(task); err != nil {
			return nil, err
		}
	}
	j := *job
	j.Spec = &spec
	plan, err := planOf(&j)
	if err != nil {
		return nil, err
	}
	return plan.Plaintext(tables)
}
