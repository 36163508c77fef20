package mpc

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/spec"
)

func testMeta(rows int) *dataset.Metadata {
	return &dataset.Metadata{Version: 1, Title: "t", Rows: rows, Columns: []dataset.ColumnMeta{
		{Name: "patient_id", Type: dataset.TypeInteger},
		{Name: "age", Type: dataset.TypeInteger, Bounds: &dataset.Bounds{Lo: 0, Hi: 120}},
		{Name: "bmi", Type: dataset.TypeReal},
	}}
}

func testSpec(task string, compute ...string) *spec.Spec {
	if compute == nil {
		compute = []string{"0x1000000000000000000000000000000000000001", "0x2000000000000000000000000000000000000002"}
	}
	return &spec.Spec{Engine: "mpc", Datasets: []uint64{1, 2}, Task: json.RawMessage(task),
		Privacy: spec.Privacy{Epsilon: 1, Delta: 1e-6}, Compute: compute,
		Buyer: &spec.Buyer{Address: "0x3000000000000000000000000000000000000003"}}
}

func TestPlanAcceptsBothTasks(t *testing.T) {
	metas := []*dataset.Metadata{testMeta(100), testMeta(50)}
	for _, task := range []string{
		`{"type":"stats","columns":["age","bmi"],"stats":["count","mean","var","hist"],"bins":{"age":[0,40,80,120]},"bounds":{"bmi":[10,50],"age":[20,100]}}`,
		`{"type":"psi","id":"patient_id"}`,
	} {
		p, err := newJobPlan(testSpec(task), metas)
		if err != nil {
			t.Fatalf("%s: %v", task, err)
		}
		if p.task.Type == TypeStats && (p.stats == nil || len(p.stats.Blocks()) != 2) {
			t.Fatalf("stats plan %+v", p.stats)
		}
	}
}

// Every refusal names what is wrong.
func TestPlanRefusals(t *testing.T) {
	metas := []*dataset.Metadata{testMeta(100), testMeta(50)}
	buyer := "0x3000000000000000000000000000000000000003"
	for _, tc := range []struct {
		name    string
		s       *spec.Spec
		mention string
	}{
		{"cov", testSpec(`{"type":"stats","columns":["age"],"stats":["cov"]}`), "cov"},
		{"unknown field", testSpec(`{"type":"stats","columns":["age"],"stats":["mean"],"labels":1}`), "labels"},
		{"psi with columns", testSpec(`{"type":"psi","id":"patient_id","columns":["age"]}`), "belong to stats"},
		{"psi without id", testSpec(`{"type":"psi"}`), `"id"`},
		{"id not integer", testSpec(`{"type":"psi","id":"bmi"}`), "declared real"},
		{"id missing", testSpec(`{"type":"psi","id":"nope"}`), "not in the schema"},
		{"no bounds", testSpec(`{"type":"stats","columns":["bmi"],"stats":["mean"]}`), "no declared bounds"},
		{"bins of another column", testSpec(`{"type":"stats","columns":["age"],"stats":["hist"],"bins":{"bmi":[0,1]}}`), `"bins"`},
		{"one compute node", testSpec(`{"type":"psi","id":"patient_id"}`, "0x1000000000000000000000000000000000000001"), "exactly 2"},
		{"buyer computes", testSpec(`{"type":"psi","id":"patient_id"}`, "0x1000000000000000000000000000000000000001", buyer), "is the buyer"},
		{"same node twice", testSpec(`{"type":"psi","id":"patient_id"}`, buyer[:41]+"1", buyer[:41]+"1"), "two operators"},
	} {
		_, err := newJobPlan(tc.s, metas)
		if err == nil || !strings.Contains(err.Error(), tc.mention) {
			t.Errorf("%s: %v, want an error mentioning %q", tc.name, err, tc.mention)
		}
	}
	s := testSpec(`{"type":"psi","id":"patient_id"}`)
	s.Privacy.Delta = 0
	if _, err := newJobPlan(s, metas); err == nil || !strings.Contains(err.Error(), "privacy.delta") {
		t.Errorf("δ = 0: %v", err)
	}
	if _, err := ParseTask([]byte(`{"type":"stats","columns":["a"],"stats":["mean"]} {}`)); !errors.Is(err, ErrBadTask) {
		t.Errorf("trailing data: %v", err)
	}
}

func TestIdentifiersCanonical(t *testing.T) {
	got := identifiers([]float64{12, -3, 1.5, 1e300, 7})
	want := []string{"12", "-3", "", "", "7"}
	for i := range want {
		if string(got[i]) != want[i] {
			t.Fatalf("identifier %d: %q, want %q", i, got[i], want[i])
		}
	}
}
