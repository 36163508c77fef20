package he

import (
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
)

// PlaintextForTest is the job's computation in plaintext over tables: the
// plan's statistics without noise, summed and decoded. ridge, when not nil,
// replaces the task's λ (pass the released one to compare like with like:
// the default λ depends on the noise scale). For the external e2e test.
func PlaintextForTest(job *engine.Job, tables []*dataset.Table, ridge *float64) (*Result, error) {
	plan, err := planOf(job)
	if err != nil {
		return nil, err
	}
	q := withoutNoise(plan)
	if ridge != nil {
		task := *q.task
		task.Ridge = ridge
		q.task = &task
	}
	sum := make([]float64, q.Len())
	for _, t := range tables {
		v, err := q.EncodeContribution(t, dpSampler(1))
		if err != nil {
			return nil, err
		}
		for i, x := range v.Values() {
			sum[i] += x
		}
	}
	return q.Decode(sum)
}
