package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine/mpc"
	"github.com/veil-market/veil/spec"
)

// demoClinics are the rows of diabetes.csv each owner publishes for the mpc
// jobs: three clinics whose patients overlap (rows 180–249 are at clinics A
// and B).
var demoClinics = [][2]int{{0, 250}, {180, 442}, {300, 442}}

// mpcJobs runs the two mpc tasks through the daemons, with a second compute
// node: validated statistics over three clinics and a private set
// intersection of two clinics' patient ids, each beside its plaintext answer.
func (d *demo) mpcJobs(ctx context.Context) error {
	d.step("Secret sharing between two compute nodes (mpc): every owner proves its input is within the public bounds, and two clinics intersect patient ids without revealing them")
	helper, err := d.session(ctx, "compute2")
	if err != nil {
		return err
	}
	defer helper.close()
	table, ids, err := d.publishClinics(ctx)
	if err != nil {
		return err
	}
	stop, err := d.startDaemons(ctx, helper)
	if err != nil {
		return err
	}
	defer stop()
	computes := []string{d.compute.home.Address().Hex(), helper.home.Address().Hex()}
	d.line("compute1 leads (Prio3 leader, PSI counter), compute2 helps (Prio3 helper, PSI mixer); each adds noise of the full σ, since only one needs to be honest")
	if err := d.validatedStats(ctx, table, ids, computes); err != nil {
		return err
	}
	return d.intersection(ctx, table, ids[:2], computes)
}

// publishClinics publishes each owner's clinic (with its patient_id column)
// for the mpc engine.
func (d *demo) publishClinics(ctx context.Context) (*dataset.Table, []uint64, error) {
	table, decl, err := diabetes()
	if err != nil {
		return nil, nil, err
	}
	var parts []*dataset.Table
	for _, span := range demoClinics {
		parts = append(parts, &dataset.Table{Columns: table.Columns, Rows: table.Rows[span[0]:span[1]]})
	}
	ids, err := d.publishParts(ctx, parts, decl, "Diabetes patients, clinic %d (with patient ids)", chain.EngineMPC)
	if err != nil {
		return nil, nil, err
	}
	d.line("the owners publish three clinics' patients (diabetes.csv rows %v, with a patient_id column): datasets %v", demoClinics, ids)
	return table, ids, nil
}

func (d *demo) runMPC(ctx context.Context, ids []uint64, computes []string, task string, eps float64, out any) (time.Duration, error) {
	raw := fmt.Sprintf(`{"engine":"mpc","datasets":%s,"task":%s,"privacy":{"epsilon":%g,"delta":1e-6,"dropouts":0},"compute":[%q,%q]}`,
		jsonIDs(ids), task, eps, computes[0], computes[1])
	sp, err := spec.Parse([]byte(raw))
	if err != nil {
		return 0, err
	}
	t0 := time.Now()
	res, err := buyer.Submit(ctx, buyer.Submission{Market: d.buyer.market, Registry: chain.NewRegistry(d.buyer.market), Home: d.buyer.home, Secrets: d.buyer.secrets, Spec: sp})
	if err != nil {
		return 0, err
	}
	if err := d.follow(ctx, res.ID); err != nil {
		return 0, err
	}
	took := time.Since(t0)
	got, err := buyer.Fetch(ctx, d.buyer.market, chain.NewRegistry(d.buyer.market), d.buyer.home, d.buyer.secrets, res.ID)
	if err != nil {
		return 0, err
	}
	return took, json.Unmarshal(got.Output.Data, out)
}

func (d *demo) validatedStats(ctx context.Context, table *dataset.Table, ids []uint64, computes []string) error {
	const eps = 8.0
	d.line("job: validated count, mean and std of age, bmi and bp over the 3 clinics, ε = %g", eps)
	var st mpc.StatsOutput
	took, err := d.runMPC(ctx, ids, computes, `{"type":"stats","columns":["age","bmi","bp"],"stats":["count","mean","std"]}`, eps, &st)
	if err != nil {
		return err
	}
	d.line("settled in %.1fs; each owner sent one Prio3 share with its proof to each node; %d of %d owners' inputs passed, the nodes released only noisy shares sealed to the buyer",
		took.Seconds(), len(st.Contributors), len(ids))
	d.line("count %d rows (exact: public row counts)", st.Count)
	for _, c := range st.Columns {
		var vals []float64
		for _, span := range demoClinics {
			part := &dataset.Table{Columns: table.Columns, Rows: table.Rows[span[0]:span[1]]}
			v, _ := part.Column(c.Name)
			vals = append(vals, v...)
		}
		mean, std := meanStd(vals)
		d.line("%-4s mean %8.3f ± %-6.3g (plaintext %8.3f)   std %7.3f ± %-6.3g (plaintext %7.3f)",
			c.Name, c.Mean.Value, c.Mean.NoiseStd, mean, c.Std.Value, c.Std.NoiseStd, std)
	}
	return nil
}

func (d *demo) intersection(ctx context.Context, table *dataset.Table, ids []uint64, computes []string) error {
	const eps = 2.0
	d.line("job: how many patients clinics 1 and 2 share (private set intersection on patient_id), ε = %g", eps)
	var r mpc.PSIResult
	took, err := d.runMPC(ctx, ids, computes, `{"type":"psi","id":"patient_id"}`, eps, &r)
	if err != nil {
		return err
	}
	a, b := demoClinics[0], demoClinics[1]
	plain := max(0, min(a[1], b[1])-max(a[0], b[0]))
	d.line("settled in %.1fs; the ids went through a two-party OPRF (each node holds half the key) and never left the owners in the clear", took.Seconds())
	d.line("shared patients ≈ %.0f ± %.1f (plaintext join %d)", r.Intersection, r.NoiseStd, plain)
	return nil
}
