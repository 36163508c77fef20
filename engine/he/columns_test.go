package he

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
)

// An owner loads only the task's columns: Columns names them (a linreg's
// features, then its label), and an owner given only those columns computes
// exactly the contribution it computes from the whole table.
func TestOwnerReadsOnlyTheTasksColumns(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 70)
	for _, tc := range []struct {
		task string
		want []string
	}{
		{`{"type":"stats","columns":["bmi","age"],"stats":["mean","corr"]}`, []string{"bmi", "age"}},
		{`{"type":"linreg","label":"progression","features":["bp","s5"]}`, []string{"bp", "s5", "progression"}},
	} {
		job := m.job(tc.task, jobPrivacy, 0, 1, 2)
		cols, err := engine.OwnerColumns(m.eng, job, 1)
		if err != nil || !slices.Equal(cols, tc.want) {
			t.Fatalf("%s: columns %q, %v; want %q", tc.task, cols, err, tc.want)
		}
		narrow, err := m.tables[1].Select(cols)
		if err != nil {
			t.Fatal(err)
		}
		whole, only := m.contribution(t, job, 1, m.tables[1]), m.contribution(t, job, 1, narrow)
		if !slices.Equal(whole, only) {
			t.Errorf("%s: the owner's contribution from its task's columns differs from the one from the whole table", tc.task)
		}
	}
	if _, err := m.eng.Columns(m.job(statsTask, jobPrivacy, 0, 1, 2), 3); err == nil {
		t.Error("columns of an owner outside the job")
	}
}

// contribution is owner i's noised statistics from tab, drawn from a fixed seed.
func (m *market) contribution(t *testing.T, job *engine.Job, i int, tab *dataset.Table) []float64 {
	t.Helper()
	run, err := m.eng.NewOwner(job, i, tab, m.ownerEnv(i, 71))
	if err != nil {
		t.Fatal(err)
	}
	return run.(*ownerRun).contrib.Values()
}

// The lead of an he job never resumes after a restart: one secure
// aggregation per job (owners send their masked inputs once).
func TestLeadDoesNotResume(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 72)
	run, err := engine.ResumeAggregator(m.eng, m.job(statsTask, jobPrivacy, 0, 1, 2), 1, m.aggregatorEnv())
	if run != nil || !errors.Is(err, engine.ErrNotResumable) || !errors.Is(err, errOneUse) || !strings.Contains(err.Error(), "one secure aggregation per job") {
		t.Fatalf("resume: %v, %v; want ErrNotResumable naming the one-use rule", run, err)
	}
}
