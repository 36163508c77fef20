// Package fl is Veil's federated-learning engine: differentially private
// training of logistic, softmax and linear models over several owners' rows,
// where the aggregator learns only the sum of the owners' noisy updates.
//
// One round is one noised full-batch step (distributed DP-SGD). Every owner
// clips each of its rows' gradients to norm C, scales each by γ, rounds it to
// integers and sums the rows exactly in fixed point (dp.FixedPointSum), adds
// its share of discrete Gaussian noise sized so that the n − d − c honest
// survivors alone carry the full variance, and masks the result with secure
// aggregation (package secagg, Bonawitz et al. CCS 2017) modulo 2^k. The
// aggregator unmasks only the sum, which is released to every owner; each side
// takes the same optimizer step from it, bit-exactly, so every owner
// recomputes the final model and confirms its hash.
//
// Threat model. Neighbouring datasets differ by one replaced row (row counts
// are public). The guarantee is (ε, δ)-DP of everything the other parties see,
// with the accounting of dp.DistributedGaussian (Kairouz, Liu, Steinke 2021)
// at the (ε, δ) charged on-chain.
//
// A dishonest aggregator, colluding with up to c owners, sees the masked
// messages, the released noisy sums and when each message arrives. It cannot
// learn an honest owner's individual input (secure aggregation with the
// consistency check; every owner refuses a threshold below
// secagg.RoundThreshold, so any sum it unmasks holds n − d − c honest noise
// shares), nor anything from timing (each owner sends its first message at
// the end of the plan's public compute window), nor anything from an abort
// (no value of a row can make an owner fail: labels map to their nearest
// class, values clip to public bounds, sums are exact and encode modulo 2^k
// without failing, and no release it invents can drive a parameter non-finite
// on an accepted plan). It can release wrong sums (a wrong model), exclude
// owners up to the job's d, or stop the job.
//
// A dishonest owner can train on other data than it published or send a
// garbage update that secure aggregation hides (spoiling, not reading, the
// result), refuse to continue, or collude with the aggregator: up to c
// colluders are covered by the noise sizing; beyond c, an honest owner's rows
// still keep the ε of its own noise share (Setup.SelfEpsilon).
//
// The buyer chooses the task within the ranges Plan enforces (narrowing
// bounds, even a label's, only changes which public rule a value meets) and
// gets the model, which is the DP output and is also public to the owners.
// What is not protected: an observer of an owner's CPU could learn about its
// noise draws; the docs list the rest (docs/fl.md).
package fl
