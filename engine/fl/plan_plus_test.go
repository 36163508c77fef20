package fl

import (
	"strings"
	"testing"
)

// Issue 15's task fields: the mlp's width, the sampling rate and the graph,
// refused with the field's name outside their ranges.
func TestPlanRefusesBadExtras(t *testing.T) {
	for _, tc := range []struct{ task, want string }{
		{`"model":"mlp","hidden":0`, ``}, // 0 is the default width
		{`"model":"mlp","hidden":2000`, `field "task.hidden" must be in [1, 1024], got 2000`},
		{`"model":"softmax","hidden":4`, `field "task.hidden" is for model mlp`},
		{`"sample_rate":1.5`, `field "task.sample_rate" must be in [0.0001, 1]`},
		{`"sample_rate":-0.1`, `field "task.sample_rate" must be in`},
		{`"sample_rate":0.0001`, `field "task.sample_rate" = 0.0001 keeps`},
		{`"graph":"sparse"`, `field "task.graph" must be "auto" or "complete"`},
	} {
		task := `{"type":"train","label":"y",` + tc.task + `}`
		if !strings.Contains(tc.task, `"model"`) {
			task = `{"type":"train","model":"softmax","label":"y",` + tc.task + `}` // specs refuse a key given twice
		}
		_, err := planFor(t, task, `{"epsilon":1,"delta":1e-5,"dropouts":0,"colluders":1}`, 3, nil)
		if tc.want == "" {
			if err != nil {
				t.Errorf("task %s: %v", tc.task, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("task %s: Plan = %v, want %q", tc.task, err, tc.want)
		}
	}
}

// The plan says which graph it picked: the complete graph for three owners,
// SecAgg+ for a hundred; an mlp has its hidden layer's parameters; a
// sampled job is accounted by the subsampled accountant and needs less
// noise per round than the full batch.
func TestPlanChoosesGraphModelAndAccountant(t *testing.T) {
	small, err := planFor(t, `{"type":"train","model":"mlp","hidden":8,"label":"y"}`, `{"epsilon":1,"delta":1e-5,"dropouts":0,"colluders":1}`, 3, nil)
	if err != nil {
		t.Fatal(err)
	}
	st := small.Plan.Detail.(*Setup)
	if !strings.HasPrefix(st.Graph, "complete") || st.Hidden != 8 || st.Params != 8*3+4*9 {
		t.Fatalf("3 owners: graph %q, hidden %d, %d params", st.Graph, st.Hidden, st.Params)
	}
	big, err := planFor(t, `{"type":"train","label":"y","model":"softmax"}`, `{"epsilon":1,"delta":1e-5,"colluders":1,"dropouts":10}`, 100, nil)
	if err != nil {
		t.Fatal(err)
	}
	full := big.Plan.Detail.(*Setup)
	if !strings.HasPrefix(full.Graph, "SecAgg+") || full.graph.Degree != 12 {
		t.Fatalf("100 owners: graph %q", full.Graph)
	}
	forced, err := planFor(t, `{"type":"train","label":"y","model":"softmax","graph":"complete"}`, `{"epsilon":1,"delta":1e-5,"colluders":1,"dropouts":10}`, 100, nil)
	if err != nil || !strings.HasPrefix(forced.Plan.Detail.(*Setup).Graph, "complete") {
		t.Fatalf("graph complete: %v", err)
	}
	sampled, err := planFor(t, `{"type":"train","label":"y","model":"softmax","sample_rate":0.05}`, `{"epsilon":1,"delta":1e-5,"colluders":1,"dropouts":10}`, 100, nil)
	if err != nil {
		t.Fatal(err)
	}
	ss := sampled.Plan.Detail.(*Setup)
	if ss.Accountant != "ddg-poisson-replace-one-rdp-improved" || ss.ShareSigma >= full.ShareSigma || ss.SampleRate != 0.05 {
		t.Fatalf("sampled: accountant %s, σ %v against %v", ss.Accountant, ss.ShareSigma, full.ShareSigma)
	}
	if ss.batch(1000) != 50 || full.batch(1000) != 1000 {
		t.Fatalf("batch divisors %d and %d", ss.batch(1000), full.batch(1000))
	}
}
