package suffstat

// Release is what the buyer gets from a task: every figure with the standard
// deviation of the noise it carries. Noise stds of sums, means and histogram
// counts are exact (they are linear in the noised sums); those of variances,
// correlations, regression coefficients and R² are first-order (delta
// method) approximations evaluated at the released values.
type Release struct {
	Type      string        `json:"type"`
	Owners    int           `json:"owners"` // inputs summed
	Count     int64         `json:"count"`  // rows, exact (row counts are public)
	Epsilon   float64       `json:"epsilon"`
	Delta     float64       `json:"delta"`
	Rho       float64       `json:"rho"` // zCDP budget, split over Mechanism
	Mechanism []GroupNoise  `json:"mechanism"`
	Columns   []ColumnStats `json:"columns,omitempty"`
	Cov       *Matrix       `json:"cov,omitempty"`
	Corr      *Matrix       `json:"corr,omitempty"`
	Linreg    *LinregResult `json:"linreg,omitempty"`
}

// GroupNoise describes one Gaussian mechanism of the job, in the normalised
// units where every clipped value lies in [-1, 1].
type GroupNoise struct {
	Name        string  `json:"name"`
	Figures     int     `json:"figures"`
	Sensitivity float64 `json:"l2_sensitivity"`
	Rho         float64 `json:"rho"`
	Sigma       float64 `json:"sigma"`     // the std the DP guarantee is calibrated to
	NoiseStd    float64 `json:"noise_std"` // the std actually present: every summed owner's share
}

// Estimate is one released figure. Note says when post-processing changed
// it (a negative variance clamped to zero, a correlation clamped to ±1).
type Estimate struct {
	Value    float64 `json:"value"`
	NoiseStd float64 `json:"noise_std"`
	Note     string  `json:"note,omitempty"`
}

// ColumnStats holds the per-column statistics that were asked for, in the
// column's own units, with the clipping bounds they were computed under.
type ColumnStats struct {
	Name   string     `json:"name"`
	Bounds [2]float64 `json:"bounds"`
	Sum    *Estimate  `json:"sum,omitempty"`
	Mean   *Estimate  `json:"mean,omitempty"`
	Var    *Estimate  `json:"var,omitempty"` // population variance (divides by count)
	Std    *Estimate  `json:"std,omitempty"`
	Hist   *Histogram `json:"hist,omitempty"`
}

// Histogram holds noisy counts of the bins [e_i, e_i+1) (the last closed);
// values outside the edges are in no bin. Counts are left unclamped
// (unbiased), so they may be negative or fractional.
type Histogram struct {
	Edges  []float64  `json:"edges"`
	Counts []Estimate `json:"counts"`
}

// Matrix is a symmetric matrix over Columns (covariance or correlation).
type Matrix struct {
	Columns []string     `json:"columns"`
	Values  [][]Estimate `json:"values"`
}

// LinregResult is a ridge regression fitted to the noisy sufficient
// statistics, in the columns' own units.
type LinregResult struct {
	Label        string     `json:"label"`
	Features     []string   `json:"features"`
	Intercept    Estimate   `json:"intercept"`
	Coefficients []Estimate `json:"coefficients"`
	R2           Estimate   `json:"r2"`
	Ridge        float64    `json:"ridge"` // λ in normalised units
}
