package dp

import "io"

// The signatures below are the contract in briefs/dp-api.md that the fl and
// he engines compile against; this file stops a refactor from changing them.
var (
	_ func(io.Reader) *Sampler                                                  = NewSampler
	_ func(*Sampler) float64                                                    = (*Sampler).Float64
	_ func(*Sampler, float64) float64                                           = (*Sampler).Gaussian
	_ func(*Sampler, float64) int64                                             = (*Sampler).DiscreteGaussian
	_ func(float64, int, int, int) (float64, error)                             = ShareVariance
	_ func(float64, float64, float64) (float64, error)                          = GaussianSigma
	_ func(float64, float64) (float64, error)                                   = ZCDPFromEpsDelta
	_ func(float64, float64) float64                                            = EpsDeltaFromZCDP
	_ func(float64, float64) float64                                            = GaussianSigmaForRho
	_ func() []float64                                                          = DefaultOrders
	_ func(float64, float64, int, []float64) []float64                          = RDPSampledGaussian
	_ func([]float64, []float64, float64, Conversion) (float64, float64, error) = EpsilonFromRDP
	_ func(float64, float64, float64, int, Conversion) (float64, error)         = CalibrateNoiseMultiplier
	_ func(int, float64, float64, io.Reader) (*FixedPointSum, error)            = NewFixedPointSum
	_ Conversion                                                                = Classic
	_ Conversion                                                                = Improved
)
