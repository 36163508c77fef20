// Package release is the only way out of a `tee` analysis: a release plan
// fixed in the job's spec, and the mechanisms that turn per-row outputs of an
// untrusted analysis into differentially private releases.
//
// It promises that, whatever the per-row function returns (any value, NaN,
// a trap, a timeout), each release is a noisy sum whose sensitivity is set by
// the plan alone: the host clips every row's output to the plan's bounds (a
// clipped sum), maps it to 0/1 (a count) or to one of the plan's bins (a
// histogram), or clips it to the plan's L2 norm (a vector sum), moves it to a
// fixed-point grid row by row, sums exactly in integers and adds exact
// discrete Gaussian noise (dp.Sampler) calibrated to that sensitivity. The
// releases are exactly the plan's, in the plan's order; a row whose call
// fails counts as the mechanism's zero contribution; a release that cannot be
// computed is published as its data-independent default.
//
// Accounting: each release i is ρᵢ-zCDP (discrete Gaussian, Canonne, Kamath,
// Steinke 2020), with ρᵢ = ρ·εᵢ/ε where ρ is the largest zCDP that converts
// to the job's (ε, δ) (CKS20 Corollary 13, dp.ZCDPFromEpsDelta) and εᵢ is the
// release's share of ε in the plan; a plan whose shares add up to more than ε
// is refused (ErrBudget). Neighbouring datasets differ by replacing one row
// (row counts are public).
//
// Threat model: the per-row function is the buyer's code and fully hostile;
// it sees one row and the releases made so far, and its only output is the
// value the host reads back after the call. Keeping it stateless across rows
// and silent otherwise is the sandbox's job (package sandbox); this package
// assumes only that each call's output depends on its own row and public
// inputs. Noise must be drawn where nobody observes the sampler's timing: in
// the enclave, whose publication time is fixed by the plan.
package release
