package dp

// ShareVariance returns the variance each of n data owners must add so that
// the noise of the honest survivors alone reaches variance: variance/(n-d-c).
//
// Up to d owners may drop out before their share is summed and up to c may
// collude with the aggregator (who then subtracts their known shares), so only
// n-d-c shares are guaranteed to be both present and secret. Independent
// variances add, so n-d-c shares of variance/(n-d-c) carry the full variance;
// when fewer owners drop out or collude the sum only gets noisier, which is
// post-processing of a private release and costs no privacy.
//
// For the distributed discrete Gaussian each owner draws
// DiscreteGaussian(math.Sqrt(share)); the privacy of the sum of those shares
// is accounted by DistributedDiscreteGaussianRDP, which charges for the
// difference between a sum of discrete Gaussians and one discrete Gaussian.
func ShareVariance(variance float64, n, d, c int) (float64, error) {
	if err := checkNonNegative("variance", variance); err != nil {
		return 0, err
	}
	if n < 1 || d < 0 || c < 0 {
		return 0, errParam("need n >= 1, d >= 0, c >= 0, got n=%d d=%d c=%d", n, d, c)
	}
	honest := n - d - c
	if honest < 1 {
		return 0, errParam("no honest share left: n-d-c = %d-%d-%d = %d, need >= 1", n, d, c, honest)
	}
	return variance / float64(honest), nil
}
