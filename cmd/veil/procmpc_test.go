package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// publishPatients publishes diabetes.csv split in row order across three
// owners, each part with a patient_id column (10000 + the row): owner 1 has
// rows 0–199, owner 2 rows 150–349 (50 patients in common with owner 1),
// owner 3 rows 350–441. It returns the parts' patient ids and rows.
func (p *procMarket) publishPatients() [][]string {
	p.t.Helper()
	raw, err := os.ReadFile("../../testdata/diabetes.csv")
	if err != nil {
		p.t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	spans := [][2]int{{0, 200}, {150, 350}, {350, len(lines) - 1}}
	var parts [][]string
	for i, sp := range spans {
		var b strings.Builder
		b.WriteString("patient_id," + lines[0] + "\n")
		var rows []string
		for r := sp[0]; r < sp[1]; r++ {
			row := fmt.Sprintf("%d,%s", 10000+r, lines[r+1])
			rows = append(rows, row)
			b.WriteString(row + "\n")
		}
		parts = append(parts, rows)
		file := filepath.Join(p.t.TempDir(), fmt.Sprintf("patients%d.csv", i+1))
		if err := os.WriteFile(file, []byte(b.String()), 0o600); err != nil {
			p.t.Fatal(err)
		}
		p.veil(fmt.Sprintf("owner%d", i+1), "dataset", "publish", file, "--title", fmt.Sprintf("clinic %d", i+1), "--price", "0.1",
			"--engines", "mpc", "--epsilon", "40", "--types", "patient_id=integer", "--bounds", "age=0:100,bmi=10:50")
	}
	return parts
}

// submitMPC submits an mpc job over datasets with compute1 leading and
// compute2 helping.
func (p *procMarket) submitMPC(datasets, task string) uint64 {
	p.t.Helper()
	spec := fmt.Sprintf(`{"engine":"mpc","datasets":[%s],"task":%s,"privacy":{"epsilon":4,"delta":1e-6,"dropouts":0},"compute":[%q,%q],"deadline":"3m"}`,
		datasets, task, p.address("compute1"), p.address("compute2"))
	return p.submitSpec(spec)
}

func (p *procMarket) result(id uint64, v any) {
	p.t.Helper()
	out := filepath.Join(p.t.TempDir(), fmt.Sprintf("result%d.json", id))
	p.veil("buyer", "job", "result", fmt.Sprint(id), "--out", out)
	b, err := os.ReadFile(out)
	if err != nil {
		p.t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		p.t.Fatalf("result %s: %v", b, err)
	}
}

// TestMPCJobsThroughProcesses runs both mpc tasks from the CLI through real
// daemons: three owners, two compute nodes (compute1 leads, compute2 helps),
// the embedded chain. Validated statistics over the three owners and a PSI
// of owners 1 and 2's patient ids, each beside its plaintext answer; the
// helper's signed commitment is on-chain and `veil job status` reads it.
func TestMPCJobsThroughProcesses(t *testing.T) {
	p := startProcMarket(t, 3, "--compute", "2")
	parts := p.publishPatients()
	for _, n := range []string{"owner1", "owner2", "owner3", "compute1", "compute2"} {
		p.startNode(n)
	}
	stats := p.submitMPC("1,2,3", `{"type":"stats","columns":["age","bmi"],"stats":["count","mean","std"]}`)
	psiJob := p.submitMPC("1,2", `{"type":"psi","id":"patient_id"}`)
	for _, id := range []uint64{stats, psiJob} {
		v := p.waitState(id, "settled", 3*time.Minute)
		if v.MPC == nil || len(v.MPC.Receipted) == 0 {
			t.Fatalf("job %d: mpc view %+v, want the owners' receipted rounds", id, v.MPC)
		}
		for o, r := range v.MPC.Receipted {
			if r != 1 {
				t.Errorf("job %d: owner %s confirmed %d receipted rounds, want 1", id, o, r)
			}
		}
	}
	var st struct {
		Count   int64
		Columns []struct {
			Name string
			Mean struct {
				Value    float64 `json:"value"`
				NoiseStd float64 `json:"noise_std"`
			} `json:"mean"`
		}
		Contributors []string
	}
	p.result(stats, &st)
	if st.Count != 492 || len(st.Contributors) != 3 {
		t.Fatalf("stats over %d rows from %v, want 492 rows (200 + 200 + 92) from 3 owners", st.Count, st.Contributors)
	}
	for j, name := range []string{"age", "bmi"} {
		want := plaintextMean(t, parts, []int{1, 3}[j]) // patient_id,age,sex,bmi,…
		if got := st.Columns[j].Mean; math.Abs(got.Value-want) > 6*got.NoiseStd+0.01 {
			t.Errorf("mean of %s %g ± %g, plaintext %g", name, got.Value, got.NoiseStd, want)
		}
	}
	var ps struct {
		Intersection float64 `json:"intersection"`
		NoiseStd     float64 `json:"noise_std"`
	}
	p.result(psiJob, &ps)
	if math.Abs(ps.Intersection-50) > 6*ps.NoiseStd {
		t.Errorf("intersection %g ± %g, plaintext join 50", ps.Intersection, ps.NoiseStd)
	}

}

// plaintextMean is the mean of field j of the parts' rows.
func plaintextMean(t *testing.T, parts [][]string, j int) float64 {
	var sum float64
	var n int
	for _, rows := range parts {
		for _, r := range rows {
			var v float64
			if _, err := fmt.Sscan(strings.Split(r, ",")[j], &v); err != nil {
				t.Fatal(err)
			}
			sum, n = sum+v, n+1
		}
	}
	return sum / float64(n)
}
