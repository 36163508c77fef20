// Package suffstat computes differentially private statistics and ridge
// regressions from the sum of the owners' sufficient-statistics vectors:
// the `stats` and `linreg` tasks of the he engine (docs/he-tasks.md).
//
// As local verbs, with no network and no encryption:
//
//	everyone  ParseTask / ValidateTask(task, metadata)          -> Task
//	everyone  NewLayout(task, metadata, Terms)                   -> Layout (vector layout, noise calibration)
//	owner     Layout.EncodeContribution(rows, sampler)          -> Contribution (fixed-point grid, discrete Gaussian share)
//	someone   sums the owners' Contributions (under encryption and secure aggregation in a job)
//	buyer     Layout.Decode(sum)                                 -> Release (every figure with its noise std)
//
// Every owner clips each value to public bounds (a missing or non-numeric
// value counts as the midpoint) and normalises it to [-1, 1], so every
// figure's sensitivity is a small public constant; rounds each row's
// figures to a fixed-point grid and sums them exactly in int64; and adds a
// share of exact discrete Gaussian noise on that grid, sized so that the n
// − d − c honest owners alone carry the calibrated variance (dp.ShareVariance).
// The sum is (ε, δ)-DP for replace-one neighbours; row and owner counts are
// public and released exactly. The noise stds of variances, correlations,
// regression coefficients and R² are first-order approximations (the delta
// method, deltamethod.go).
//
// Nothing an owner computes depends on a value of its rows for success,
// messages or running time beyond the row count. What the package does not
// protect: the sum itself (the caller must make sure that only the sum of
// at least n − d − c honest contributions is ever revealed; package engine/he
// encrypts each contribution with package mhe and sums them under secure
// aggregation), and the honesty of a contribution (a dishonest owner can
// contribute anything on the grid).
package suffstat
