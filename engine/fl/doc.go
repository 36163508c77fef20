// Package fl is Veil's federated-learning engine: differentially private
// training of logistic, softmax and linear models over several owners' rows,
// where the aggregator learns only the sum of the owners' noisy updates.
//
// One round is one noised full-batch step (distributed DP-SGD). Every owner
// clips each of its rows' gradients to norm C, sums them, scales by γ and rounds
// to integers (conditional randomized rounding), adds its share of discrete
// Gaussian noise sized so that the n − d − c honest survivors alone carry the
// full variance, and masks the result with secure aggregation (package secagg,
// Bonawitz et al. CCS 2017). The aggregator unmasks only the sum, which is
// released to every owner; each side takes the same optimizer step from it,
// bit-exactly, so every owner recomputes the final model and confirms its hash.
//
// Threat model: the aggregator, colluding with up to c owners, learns nothing
// about an honest owner's rows beyond the released noisy sums, which are
// (ε, δ)-DP for replace-one neighbouring datasets (row counts are public) with
// the accounting of dp.DistributedGaussian (Kairouz, Liu, Steinke 2021). Up to
// d owners may drop out; an owner refuses to reveal unmasking shares when fewer
// than n − d owners survive, so the noise never falls below its sized variance.
// Not protected: an owner that computes on other data than it published, or
// sends garbage (secure aggregation hides it; see docs/fl.md); the buyer's model
// itself is the intended output and is public to the owners.
package fl
