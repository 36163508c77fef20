package prio

import (
	"bytes"
	"math"
	"testing"
)

// nodeView is everything node r receives about owner 0 in one run: its
// submission, the other node's prep entry and openings for owner 0.
func nodeView(t *testing.T, s *Scheme, r Role, meas []uint64) []byte {
	j := newJob(t, s)
	j.submit(t, 0, [][]uint64{meas}, statsTotals)
	j.submit(t, 1, [][]uint64{honest(500, 500, [3]uint64{1, 1, 2})}, statsTotals)
	j.run(t)
	sub := j.leader[0]
	if r == Helper {
		sub = j.helper[0]
	}
	peer := j.prep[other(r)]
	open := j.opening[other(r)]
	// Owner 0 is the first entry of both messages; cut it out.
	prepEntry := peer[9 : 9+4+1+32+s.vdafs[0].prepShareLen()]
	openEntry := open[9 : 9+4+j.nodes[r].openingLen()]
	return bytes.Join([][]byte{sub, prepEntry, openEntry}, nil)
}

// maxMeanGap compares two samples of equal-length byte strings position by
// position with Welch's t statistic, |mean_a − mean_b| / √((s²_a + s²_b)/n),
// and returns the largest over positions. A position equal in every sample
// gives 0; a position constant within each sample but different between
// them gives +Inf.
func maxMeanGap(a, b [][]byte) float64 {
	n := float64(len(a))
	worst := 0.0
	for p := range a[0] {
		ma, va := moments(a, p)
		mb, vb := moments(b, p)
		if ma == mb {
			continue
		}
		worst = max(worst, math.Abs(ma-mb)/math.Sqrt((va+vb)/n))
	}
	return worst
}

func moments(xs [][]byte, p int) (mean, variance float64) {
	for _, x := range xs {
		mean += float64(x[p])
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		d := float64(x[p]) - mean
		variance += d * d
	}
	return mean, variance / float64(len(xs)-1)
}

// A compute node's view of an owner is independent of the owner's input:
// views for the two most different inputs (all at the lower bound against
// all at the upper bound, histogram in the first bin against the last)
// have the same distribution, position by position. The same statistic on
// what the two nodes hold together tells the inputs apart at once, so the
// test has the power to fail.
func TestNodeViewIsIndependentOfTheInput(t *testing.T) {
	s := mustScheme(t, statsBlock())
	low, high := honest(0, 0, [3]uint64{4, 0, 0}), honest(1000, 1000, [3]uint64{0, 0, 4})
	const runs = 400
	for _, r := range []Role{Leader, Helper} {
		var va, vb [][]byte
		for range runs {
			va = append(va, nodeView(t, s, r, low))
			vb = append(vb, nodeView(t, s, r, high))
		}
		// 1,000-odd positions; P(|z| > 5.5) ≈ 4e-8 each under independence.
		if gap := maxMeanGap(va, vb); gap > 5.5 {
			t.Errorf("%s: view depends on the input: a position's mean differs by %.1f standard errors", r, gap)
		}
	}
	// Control: both nodes' output shares together (the recombination) are
	// the input, and the statistic sees it.
	var ca, cb [][]byte
	for range 50 {
		ca = append(ca, jointOutput(t, s, low))
		cb = append(cb, jointOutput(t, s, high))
	}
	if gap := maxMeanGap(ca, cb); gap < 20 {
		t.Fatalf("control: the statistic misses the recombined input (gap %.1f)", gap)
	}
}

func jointOutput(t *testing.T, s *Scheme, meas []uint64) []byte {
	j := newJob(t, s)
	j.submit(t, 0, [][]uint64{meas}, statsTotals)
	j.run(t)
	sum := s.vdafs[0].zero(7)
	sum.add(j.nodes[0].owners[0].outs[0])
	sum.add(j.nodes[1].owners[0].outs[0])
	return sum.marshal()
}
