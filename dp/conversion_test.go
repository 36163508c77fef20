package dp

import (
	"math"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

func TestEpsilonFromRDPConstantCurve(t *testing.T) {
	var v rdpVectors
	readJSON(t, "rdp_known_answers.json", &v)
	c := v.ConstantRDP
	var orders, rdp []float64
	for a := 2; a <= 32; a++ {
		orders = append(orders, float64(a))
		rdp = append(rdp, c.Value)
	}
	eps, order, err := EpsilonFromRDP(rdp, orders, c.Delta, Improved)
	if err != nil || math.Abs(eps-c.Epsilon) > 1e-10 || order != c.Order {
		t.Errorf("improved: ε = %.12f at %v, %v; want %v at %v (TF Privacy)", eps, order, err, c.Epsilon, c.Order)
	}
	eps, _, _ = EpsilonFromRDP(rdp, orders, c.Delta, Classic)
	if want := 1.1 + math.Log(1e5)/31; math.Abs(eps-want) > 1e-12 {
		t.Errorf("classic: ε = %v, want %v", eps, want)
	}
}

func TestImprovedNeverWorse(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 20).Draw(t, "n")
		orders := make([]float64, n)
		rdp := make([]float64, n)
		for i := range orders {
			orders[i] = rapid.Float64Range(1.001, 1000).Draw(t, "order")
			rdp[i] = rapid.Float64Range(0, 100).Draw(t, "rdp")
		}
		delta := math.Pow(10, -rapid.Float64Range(1, 15).Draw(t, "-log10 delta"))
		c, _, err1 := EpsilonFromRDP(rdp, orders, delta, Classic)
		i, _, err2 := EpsilonFromRDP(rdp, orders, delta, Improved)
		if err1 != nil || err2 != nil || i > c || i < 0 {
			t.Fatalf("classic %v (%v), improved %v (%v)", c, err1, i, err2)
		}
	})
}

func TestEpsilonFromRDPErrors(t *testing.T) {
	for _, c := range []struct {
		rdp, orders []float64
		delta       float64
		conv        Conversion
		field       string
	}{
		{[]float64{1}, []float64{2, 3}, 1e-5, Improved, "as many"},
		{nil, nil, 1e-5, Improved, "as many"},
		{[]float64{1}, []float64{1}, 1e-5, Improved, "order"},
		{[]float64{1}, []float64{math.NaN()}, 1e-5, Improved, "order"},
		{[]float64{-1}, []float64{2}, 1e-5, Improved, "RDP value"},
		{[]float64{math.NaN()}, []float64{2}, 1e-5, Improved, "RDP value"},
		{[]float64{1}, []float64{2}, 0, Improved, "delta"},
		{[]float64{1}, []float64{2}, 1e-5, Conversion(7), "conversion"},
	} {
		if _, _, err := EpsilonFromRDP(c.rdp, c.orders, c.delta, c.conv); err == nil || !strings.Contains(err.Error(), c.field) {
			t.Errorf("EpsilonFromRDP(%v, %v, %v, %v): %v, want error naming %q", c.rdp, c.orders, c.delta, c.conv, err, c.field)
		}
	}
	eps, _, err := EpsilonFromRDP([]float64{math.Inf(1)}, []float64{2}, 1e-5, Improved)
	if err != nil || !math.IsInf(eps, 1) {
		t.Errorf("infinite RDP gave ε = %v, %v; want +Inf", eps, err)
	}
}

func TestConversionString(t *testing.T) {
	if Classic.String() != "classic" || Improved.String() != "improved" || Conversion(9).String() != "unknown" {
		t.Error("Conversion.String")
	}
}
