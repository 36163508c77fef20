package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine/he"
	"github.com/veil-market/veil/spec"
)

var demoStatsColumns = []string{"mean_radius", "mean_texture", "worst_area"}

// heJobs runs the two he tasks through the daemons: pooled statistics of
// breast_cancer and a regression on diabetes, published across the same owners.
func (d *demo) heJobs(ctx context.Context) error {
	d.step("Statistics and a regression under homomorphic encryption (he): owners encrypt to the buyer, the aggregator only sums masked ciphertexts")
	stop, err := d.startDaemons(ctx)
	if err != nil {
		return err
	}
	defer stop()
	if err := d.statsJob(ctx); err != nil {
		return err
	}
	diabetes, ids, err := d.publishDiabetes(ctx)
	if err != nil {
		return err
	}
	return d.regressionJob(ctx, diabetes, ids)
}

func (d *demo) runHE(ctx context.Context, ids []uint64, task string, eps float64) (*he.Statistics, time.Duration, error) {
	raw := fmt.Sprintf(`{"engine":"he","datasets":%s,"task":%s,"privacy":{"epsilon":%g,"delta":1e-5,"dropouts":0,"colluders":1},"compute":[%q]}`,
		jsonIDs(ids), task, eps, d.compute.home.Address().Hex())
	sp, err := spec.Parse([]byte(raw))
	if err != nil {
		return nil, 0, err
	}
	t0 := time.Now()
	res, err := buyer.Submit(ctx, buyer.Submission{Market: d.buyer.market, Registry: chain.NewRegistry(d.buyer.market), Home: d.buyer.home, Secrets: d.buyer.secrets, Spec: sp})
	if err != nil {
		return nil, 0, err
	}
	if err := d.follow(ctx, res.ID); err != nil {
		return nil, 0, err
	}
	took := time.Since(t0)
	out, err := buyer.Fetch(ctx, d.buyer.market, chain.NewRegistry(d.buyer.market), d.buyer.home, d.buyer.secrets, res.ID)
	if err != nil {
		return nil, 0, err
	}
	var st he.Statistics
	if err := json.Unmarshal(out.Output.Data, &st); err != nil {
		return nil, 0, err
	}
	return &st, took, nil
}

func (d *demo) statsJob(ctx context.Context) error {
	const eps = 4.0
	task := fmt.Sprintf(`{"type":"stats","columns":%s,"stats":["count","mean","std"]}`, jsonStrings(demoStatsColumns))
	d.line("job: pooled count, mean and standard deviation of %s over the 3 breast cancer datasets, ε = %g", strings.Join(demoStatsColumns, ", "), eps)
	st, took, err := d.runHE(ctx, d.ids, task, eps)
	if err != nil {
		return err
	}
	d.line("settled in %.1fs; each owner encrypted its noised statistics to the buyer's CKKS key, secure aggregation summed them unseen, only the buyer decrypted the sum", took.Seconds())
	d.line("count %d rows (exact: row counts are public, no ε spent on them)", st.Count)
	for _, c := range st.Columns {
		vals, _ := d.train.Column(c.Name)
		mean, std := meanStd(vals)
		d.line("%-13s mean %9.3f ± %-7.3g (plaintext %9.3f)   std %9.3f ± %-7.3g (plaintext %9.3f)",
			c.Name, c.Mean.Value, c.Mean.NoiseStd, mean, c.Std.Value, c.Std.NoiseStd, std)
	}
	return nil
}

func (d *demo) publishDiabetes(ctx context.Context) (*dataset.Table, []uint64, error) {
	table, decl, err := diabetes()
	if err != nil {
		return nil, nil, err
	}
	ids, err := d.publishParts(ctx, table.SplitIID(3, rand.New(rand.NewPCG(9, 9))), decl, "Diabetes progression, clinic %d", chain.EngineHE)
	if err != nil {
		return nil, nil, err
	}
	d.line("the 3 owners also publish diabetes.csv (%d rows) split among them: datasets %v", table.Len(), ids)
	return table, ids, nil
}

func (d *demo) regressionJob(ctx context.Context, table *dataset.Table, ids []uint64) error {
	const eps = 8.0
	features := []string{"bmi", "bp", "s5"}
	task := fmt.Sprintf(`{"type":"linreg","label":"progression","features":%s}`, jsonStrings(features))
	d.line("job: ridge regression of progression on %s from the pooled XᵀX and Xᵀy, ε = %g", strings.Join(features, ", "), eps)
	st, took, err := d.runHE(ctx, ids, task, eps)
	if err != nil {
		return err
	}
	coef, r2, err := ols(table, features, "progression")
	if err != nil {
		return err
	}
	lr := st.Linreg
	d.line("settled in %.1fs; R² %.3f ± %.3f (plaintext least squares %.3f)", took.Seconds(), lr.R2.Value, lr.R2.NoiseStd, r2)
	for _, name := range []string{"bmi", "bp", "s5"} {
		j := slices.Index(features, name)
		d.line("coefficient of %-4s %8.3f ± %-7.3g (plaintext %8.3f)", name, lr.Coefficients[j].Value, lr.Coefficients[j].NoiseStd, coef[j+1])
	}
	return nil
}

func meanStd(v []float64) (float64, float64) {
	var s, ss float64
	for _, x := range v {
		s += x
	}
	m := s / float64(len(v))
	for _, x := range v {
		ss += (x - m) * (x - m)
	}
	return m, math.Sqrt(ss / float64(len(v)))
}

// ols is plain least squares on the whole table: intercept first, and R².
func ols(t *dataset.Table, features []string, label string) ([]float64, float64, error) {
	y, err := t.Column(label)
	if err != nil {
		return nil, 0, err
	}
	n, p := t.Len(), len(features)+1
	x := mat.NewDense(n, p, nil)
	for j, f := range features {
		col, err := t.Column(f)
		if err != nil {
			return nil, 0, err
		}
		for i := range n {
			x.Set(i, 0, 1)
			x.Set(i, j+1, col[i])
		}
	}
	var beta mat.VecDense
	if err := beta.SolveVec(x, mat.NewVecDense(n, y)); err != nil {
		return nil, 0, err
	}
	var fitted mat.VecDense
	fitted.MulVec(x, &beta)
	mean, _ := meanStd(y)
	var sse, sst float64
	for i := range n {
		sse += (y[i] - fitted.AtVec(i)) * (y[i] - fitted.AtVec(i))
		sst += (y[i] - mean) * (y[i] - mean)
	}
	return beta.RawVector().Data, 1 - sse/sst, nil
}

func jsonStrings(v []string) string {
	b, _ := json.Marshal(v)
	return string(b)
}
