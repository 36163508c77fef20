// Package dp provides differential-privacy noise and privacy accounting for
// every Veil engine.
//
// It promises three things:
//
//   - Samplers whose output distribution is what the accounting assumes: an exact
//     discrete Gaussian sampler (Canonne, Kamath, Steinke, NeurIPS 2020) that
//     uses only integer and rational arithmetic (what every engine releases), a
//     continuous Gaussian for tests and comparisons, and the rounding and sizing rules of the
//     distributed discrete Gaussian (Kairouz, Liu, Steinke, ICML 2021) used with
//     secure aggregation.
//   - Calibration and accounting that never under-estimate the privacy loss:
//     the analytic Gaussian mechanism (Balle and Wang, ICML 2018), zCDP (Bun and
//     Steinke 2016) and Rényi DP of the sampled Gaussian (Mironov, Talwar, Zhang
//     2019), converted to (ε, δ) with published theorems. Every numerical search
//     returns the end of its bracket that is on the private side.
//   - Errors instead of panics for bad parameters: every function refuses NaN,
//     infinities, ε ≤ 0, δ outside (0, 1) and impossible party counts with an
//     error that names the value.
//
// Threat model. The adversary sees every released output, knows every
// parameter (ε, δ, σ, clipping norms, the mechanism), and may choose the
// neighbouring datasets. Neighbouring datasets differ by replacing one row
// (row counts are public), so a sum of per-row vectors clipped to L2 norm C has
// sensitivity 2C. Secrecy of the noise rests only on the randomness source:
// crypto/rand unless a reader is injected (tests only). The samplers are not
// constant time: the number of loop iterations leaks information about the
// noise value to an observer of timing, so noise must be drawn on the data
// owner's machine, where that observer does not exist. In distributed noise,
// up to d owners may drop out and c may collude with the aggregator; the
// remaining n-d-c shares alone carry the full noise variance.
//
// The derivations, theorem numbers and parameter choices are in docs/dp.md.
package dp
