package ml

import (
	"crypto/rand"
	"fmt"
	"io"
	"math"
	mrand "math/rand/v2"
)

// GDConfig configures non-private training, for centralized baselines.
type GDConfig struct {
	Epochs       int
	LearningRate float64
	// Momentum is the heavy-ball coefficient in [0, 1): v = Momentum*v + g.
	Momentum float64
	// L2 adds L2/2 * ||w||^2 to the mean loss (biases are not penalised).
	L2 float64
	// BatchSize is the minibatch size; 0 means full-batch gradient descent.
	BatchSize int
	// Rand seeds the minibatch shuffle (crypto/rand when nil). Full-batch
	// training reads nothing from it.
	Rand io.Reader
}

func (c GDConfig) check() error {
	switch {
	case c.Epochs < 1:
		return fmt.Errorf("ml: epochs must be >= 1, got %d", c.Epochs)
	case !(c.LearningRate > 0) || math.IsInf(c.LearningRate, 0):
		return fmt.Errorf("ml: learning rate must be finite and > 0, got %v", c.LearningRate)
	case !(c.Momentum >= 0 && c.Momentum < 1):
		return fmt.Errorf("ml: momentum must be in [0, 1), got %v", c.Momentum)
	case !(c.L2 >= 0) || math.IsInf(c.L2, 0):
		return fmt.Errorf("ml: L2 must be finite and >= 0, got %v", c.L2)
	case c.BatchSize < 0:
		return fmt.Errorf("ml: batch size must be >= 0, got %d", c.BatchSize)
	}
	return nil
}

// Train runs (minibatch) gradient descent with heavy-ball momentum on the mean
// loss from params and returns the trained parameters; params is not changed.
func Train(l Learner, params []float64, rows []Example, cfg GDConfig) ([]float64, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	if err := checkShapes(l, params, rows); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("ml: no rows to train on")
	}
	order, shuffle, err := newShuffler(len(rows), cfg)
	if err != nil {
		return nil, err
	}
	batch := cfg.BatchSize
	if batch == 0 || batch > len(rows) {
		batch = len(rows)
	}
	p := append([]float64(nil), params...)
	velocity := make([]float64, len(p))
	for range cfg.Epochs {
		shuffle()
		for start := 0; start < len(rows); start += batch {
			g := meanGradient(l, p, rows, order[start:min(start+batch, len(rows))], cfg.L2)
			for i := range p {
				velocity[i] = cfg.Momentum*velocity[i] + g[i]
				p[i] -= cfg.LearningRate * velocity[i]
			}
		}
	}
	if i := firstNonFinite(p); i >= 0 {
		return nil, fmt.Errorf("%w: training diverged at parameter %d (lower the learning rate)", ErrNonFinite, i)
	}
	return p, nil
}

// newShuffler returns the row order and a function that reshuffles it in
// place (a no-op for full-batch training).
func newShuffler(n int, cfg GDConfig) ([]int, func(), error) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if cfg.BatchSize == 0 || cfg.BatchSize >= n {
		return order, func() {}, nil
	}
	src := cfg.Rand
	if src == nil {
		src = rand.Reader
	}
	var seed [32]byte
	if _, err := io.ReadFull(src, seed[:]); err != nil {
		return nil, nil, fmt.Errorf("ml: reading shuffle seed: %w", err)
	}
	r := mrand.New(mrand.NewChaCha8(seed))
	return order, func() { r.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] }) }, nil
}

// meanGradient is the gradient of the mean loss over rows[idx] plus the L2
// penalty on the weights.
func meanGradient(l Learner, params []float64, rows []Example, idx []int, l2 float64) []float64 {
	sum := make([]float64, len(params))
	grad := make([]float64, len(params))
	for _, i := range idx {
		l.PerExampleGradient(params, rows[i].X, rows[i].Y, grad)
		for j, g := range grad {
			sum[j] += g
		}
	}
	stride := l.NumFeatures() + 1
	for j := range sum {
		sum[j] /= float64(len(idx))
		if (j+1)%stride != 0 { // not a bias
			sum[j] += l2 * params[j]
		}
	}
	return sum
}
