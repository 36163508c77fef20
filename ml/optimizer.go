package ml

import (
	"fmt"
	"math"
)

// Optimizer turns one round's noisy gradient sum into a parameter update, in
// place. The sums are already differentially private, so anything an
// optimizer does with them (momentum, Adam's moments) is post-processing and
// costs no privacy. Every implementation here is bit-exact across platforms,
// like Step, so all participants reach the same parameters.
type Optimizer interface {
	Step(params, noisySum []float64, totalRows int) error
}

// NewOptimizer returns a fresh optimizer for cfg over numParams parameters.
func NewOptimizer(cfg TrainConfig, numParams int) (Optimizer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if numParams < 1 {
		return nil, fmt.Errorf("ml: an optimizer needs >= 1 parameter, got %d", numParams)
	}
	if cfg.Optimizer == OptimizerGD && cfg.Momentum == 0 {
		return gradientDescent{lr: cfg.LearningRate}, nil
	}
	if cfg.Optimizer == OptimizerGD {
		return &heavyBall{lr: cfg.LearningRate, beta: cfg.Momentum, v: make([]float64, numParams)}, nil
	}
	return &adam{
		lr: cfg.LearningRate, beta1: cfg.Beta1, beta2: cfg.Beta2, eps: cfg.AdamEpsilon,
		m: make([]float64, numParams), v: make([]float64, numParams), pow1: 1, pow2: 1,
	}, nil
}

type gradientDescent struct{ lr float64 }

func (g gradientDescent) Step(params, noisySum []float64, totalRows int) error {
	return Step(params, noisySum, totalRows, g.lr)
}

// heavyBall is gradient descent with momentum (Polyak 1964):
// v = beta*v + mean gradient; params -= lr*v.
type heavyBall struct {
	lr, beta float64
	v        []float64
}

func (h *heavyBall) Step(params, noisySum []float64, totalRows int) error {
	if err := checkStep(params, noisySum, totalRows, h.lr); err != nil {
		return err
	}
	if len(params) != len(h.v) {
		return fmt.Errorf("ml: params has %d values, the optimizer was made for %d", len(params), len(h.v))
	}
	n := float64(totalRows)
	v := make([]float64, len(h.v))
	next := make([]float64, len(params))
	for i, s := range noisySum {
		v[i] = float64(h.beta*h.v[i]) + s/n
		next[i] = params[i] - float64(h.lr*v[i])
	}
	if i := firstNonFinite(next); i >= 0 {
		return fmt.Errorf("%w: parameter %d overflowed", ErrNonFinite, i)
	}
	copy(params, next)
	h.v = v
	return nil
}

// adam keeps the first and second moment estimates of the mean gradient.
type adam struct {
	lr, beta1, beta2, eps float64
	m, v                  []float64
	pow1, pow2            float64 // beta1^t, beta2^t
}

// Step is Adam's update. Each product is converted to float64 before it is
// added, so no platform may fuse it into a multiply-add; Sqrt is correctly
// rounded everywhere; beta^t is a running product, not math.Pow, whose result
// may differ between platforms.
func (a *adam) Step(params, noisySum []float64, totalRows int) error {
	if err := checkStep(params, noisySum, totalRows, a.lr); err != nil {
		return err
	}
	if len(params) != len(a.m) {
		return fmt.Errorf("ml: params has %d values, the optimizer was made for %d", len(params), len(a.m))
	}
	pow1, pow2 := float64(a.pow1*a.beta1), float64(a.pow2*a.beta2)
	n := float64(totalRows)
	m, v := make([]float64, len(a.m)), make([]float64, len(a.v))
	next := make([]float64, len(params))
	for i, s := range noisySum {
		g := s / n
		m[i] = float64(a.beta1*a.m[i]) + float64((1-a.beta1)*g)
		v[i] = float64(a.beta2*a.v[i]) + float64((1-a.beta2)*float64(g*g))
		mHat, vHat := m[i]/(1-pow1), v[i]/(1-pow2)
		next[i] = params[i] - float64(a.lr*(mHat/(math.Sqrt(vHat)+a.eps)))
	}
	if i := firstNonFinite(next); i >= 0 {
		return fmt.Errorf("%w: parameter %d overflowed", ErrNonFinite, i)
	}
	copy(params, next)
	a.m, a.v, a.pow1, a.pow2 = m, v, pow1, pow2
	return nil
}

// StepBound returns K such that no Step of cfg's optimizer, over cfg.Rounds
// steps, moves a parameter by more than K·LearningRate, whatever the noisy
// sums and row counts it is given: so |θ − θ₀| ≤ Rounds·LearningRate·K.
// For Adam (with β1² < β2), by Cauchy–Schwarz on m_t = (1−β1)Σβ1^j g_{t−j}
// against v_t = (1−β2)Σβ2^j g²_{t−j}:
//
//	|m̂_t|/√v̂_t ≤ (1−β1)·√(S_t·(1−β2^t)) / ((1−β1^t)·√(1−β2)),  S_t = Σ_{j<t} (β1²/β2)^j,
//
// and K is its maximum over t ≤ Rounds (3.70 over 300 rounds with the
// defaults, tending to 7.27 as t grows); the ε in
// the denominator only lowers it. Plain gradient descent moves in proportion
// to the sums themselves, so it has no bound: +Inf.
func StepBound(cfg TrainConfig) float64 {
	if cfg.Optimizer != OptimizerAdam || !(cfg.Beta1*cfg.Beta1 < cfg.Beta2) || cfg.Rounds < 1 {
		return math.Inf(1)
	}
	b1, b2 := cfg.Beta1, cfg.Beta2
	rho := b1 * b1 / b2
	var k, s, p1, p2, pr float64 = 0, 0, 1, 1, 1
	for range cfg.Rounds {
		s += pr
		pr *= rho
		p1 *= b1
		p2 *= b2
		k = math.Max(k, (1-b1)*math.Sqrt(s*(1-p2))/((1-p1)*math.Sqrt(1-b2)))
	}
	return k
}
