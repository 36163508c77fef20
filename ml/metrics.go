package ml

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
)

// ErrUndefined is returned for a metric that the data cannot define, such as
// ROC AUC when every true label is the same.
var ErrUndefined = errors.New("ml: metric undefined")

// Accuracy is the fraction of predictions equal to the true labels.
func Accuracy(truth, pred []float64) (float64, error) {
	if err := sameLength(truth, pred); err != nil {
		return 0, err
	}
	var hit int
	for i := range truth {
		if truth[i] == pred[i] {
			hit++
		}
	}
	return float64(hit) / float64(len(truth)), nil
}

// MacroF1 is the unweighted mean over labels of each label's F1 score, the
// labels being those that occur in truth or pred (scikit-learn's
// f1_score(average="macro")); a label never predicted has F1 0.
func MacroF1(truth, pred []float64) (float64, error) {
	if err := sameLength(truth, pred); err != nil {
		return 0, err
	}
	labels := slices.Concat(truth, pred)
	slices.Sort(labels)
	labels = slices.Compact(labels)
	var sum float64
	for _, c := range labels {
		var tp, fp, fn float64
		for i := range truth {
			switch {
			case truth[i] == c && pred[i] == c:
				tp++
			case pred[i] == c:
				fp++
			case truth[i] == c:
				fn++
			}
		}
		sum += 2 * tp / (2*tp + fp + fn) // denominators > 0: c occurs somewhere
	}
	return sum / float64(len(labels)), nil
}

// ROCAUC is the area under the ROC curve of score for the positives (positive
// true): the probability that a random positive scores above a random
// negative, ties counting one half (the Mann-Whitney U statistic with mid
// ranks).
func ROCAUC(positive []bool, score []float64) (float64, error) {
	if len(positive) != len(score) {
		return 0, fmt.Errorf("ml: %d labels but %d scores", len(positive), len(score))
	}
	ranks := midRanks(score)
	var nPos, rankSum float64
	for i, p := range positive {
		if p {
			nPos++
			rankSum += ranks[i]
		}
	}
	nNeg := float64(len(score)) - nPos
	if nPos == 0 || nNeg == 0 {
		return 0, fmt.Errorf("%w: ROC AUC needs both classes, got %v positives and %v negatives", ErrUndefined, nPos, nNeg)
	}
	return (rankSum - nPos*(nPos+1)/2) / (nPos * nNeg), nil
}

// midRanks returns the 1-based rank of every value, tied values sharing the
// mean of their ranks.
func midRanks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
	ranks := make([]float64, len(v))
	for start := 0; start < len(idx); {
		end := start + 1
		for end < len(idx) && v[idx[end]] == v[idx[start]] {
			end++
		}
		mid := float64(start+end+1) / 2 // mean of ranks start+1 .. end
		for _, i := range idx[start:end] {
			ranks[i] = mid
		}
		start = end
	}
	return ranks
}

// LogLoss is the mean negative log-likelihood of the true classes: prob[i] is
// row i's probability per class and truth[i] the true class index.
// Probabilities are clipped to [1e-15, 1-1e-15] so a confident mistake costs
// about 34.5 rather than infinity.
func LogLoss(truth []int, prob [][]float64) (float64, error) {
	if len(truth) != len(prob) || len(truth) == 0 {
		return 0, fmt.Errorf("ml: %d labels and %d probability rows (need equal and > 0)", len(truth), len(prob))
	}
	var sum float64
	for i, k := range truth {
		if k < 0 || k >= len(prob[i]) {
			return 0, fmt.Errorf("ml: row %d: class index %d out of range [0, %d)", i, k, len(prob[i]))
		}
		sum -= math.Log(math.Min(math.Max(prob[i][k], 1e-15), 1-1e-15))
	}
	return sum / float64(len(truth)), nil
}

// R2 is the coefficient of determination 1 - SS_res/SS_tot.
func R2(truth, pred []float64) (float64, error) {
	if err := sameLength(truth, pred); err != nil {
		return 0, err
	}
	var mean float64
	for _, y := range truth {
		mean += y
	}
	mean /= float64(len(truth))
	var res, tot float64
	for i, y := range truth {
		res += (y - pred[i]) * (y - pred[i])
		tot += (y - mean) * (y - mean)
	}
	if tot == 0 {
		return 0, fmt.Errorf("%w: R² needs true values that are not all equal", ErrUndefined)
	}
	return 1 - res/tot, nil
}

// RMSE is the root mean squared error.
func RMSE(truth, pred []float64) (float64, error) {
	if err := sameLength(truth, pred); err != nil {
		return 0, err
	}
	var sum float64
	for i, y := range truth {
		sum += (y - pred[i]) * (y - pred[i])
	}
	return math.Sqrt(sum / float64(len(truth))), nil
}

func sameLength(truth, pred []float64) error {
	if len(truth) != len(pred) || len(truth) == 0 {
		return fmt.Errorf("ml: %d true values and %d predictions (need equal and > 0)", len(truth), len(pred))
	}
	return nil
}
