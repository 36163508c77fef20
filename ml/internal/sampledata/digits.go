package sampledata

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/veil-market/veil/dataset"
)

// DigitsRows, DigitsPixels and DigitsClasses give the generated digits-like
// task the shape of scikit-learn's digits (1797 rows of 8×8 pixels in
// 0..16, ten classes).
const (
	DigitsRows    = 1797
	DigitsPixels  = 64
	DigitsClasses = 10
)

// Digits generates a reproducible digits-sized multiclass task that no
// linear model can solve: class k has a random ±1 prototype P_k over the 64
// pixels, and each row is 8 + 4·s·P_k + 2.5·e per pixel, with a random sign
// s = ±1 and e approximately standard normal (the Irwin–Hall sum of twelve
// uniforms minus 6), rounded and clipped to 0..16 (a pixel intensity). Every class
// is thus two antipodal clusters around the same centre, so its mean is
// the centre of the image and a linear score cannot tell a class from the
// others; one hidden layer of ReLU units can (|P_k·(x − 8)| is large for
// class k only). Columns p0..p63 and label "digit"; the same seed gives the
// same table on every platform (PCG, and uniforms of 20 bits whose sums and
// products here are exact in float64).
func Digits(seed uint64) *dataset.Table {
	r := rand.New(rand.NewPCG(seed, 64))
	proto := make([][]float64, DigitsClasses)
	for k := range proto {
		proto[k] = make([]float64, DigitsPixels)
		for j := range proto[k] {
			proto[k][j] = float64(2*r.IntN(2) - 1)
		}
	}
	t := &dataset.Table{}
	for j := range DigitsPixels {
		t.Columns = append(t.Columns, fmt.Sprintf("p%d", j))
	}
	t.Columns = append(t.Columns, "digit")
	for i := range DigitsRows {
		k := i % DigitsClasses
		s := float64(2*r.IntN(2) - 1)
		row := make([]float64, DigitsPixels+1)
		for j := range DigitsPixels {
			e := -6.0
			for range 12 {
				e += float64(r.IntN(1<<20)) / (1 << 20)
			}
			v := 8 + 4*s*proto[k][j] + 2.5*e
			row[j] = math.Min(16, math.Max(0, math.Round(v)))
		}
		row[DigitsPixels] = float64(k)
		t.Rows = append(t.Rows, row)
	}
	return t
}

// DigitsBounds are the declared bounds of Digits: every pixel in [0, 16],
// the label in [0, 9].
func DigitsBounds() map[string]dataset.Bounds {
	b := map[string]dataset.Bounds{"digit": {Lo: 0, Hi: 9}}
	for j := range DigitsPixels {
		b[fmt.Sprintf("p%d", j)] = dataset.Bounds{Lo: 0, Hi: 16}
	}
	return b
}
