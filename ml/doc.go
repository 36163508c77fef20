// Package ml holds Veil's models and the training pieces its federated engine
// composes: logistic, softmax and linear regression over features scaled by
// PUBLIC bounds; per-example gradients with L2 clipping; gradient-descent and
// Adam updates that are bit-exact on every platform Go supports; a canonical
// byte encoding of parameters whose SHA-256 is the payload hash every
// participant confirms; plain gradient descent for centralized baselines;
// metrics; and the model file (Encode, Decode) that buyers receive.
//
// One fl round, as the engine composes it:
//
//	fs, _ := dp.NewFixedPointSum(n, cfg.Clip, cfg.Gamma, nil)      // each owner
//	_ = ml.ClipEach(learner, params, myRows, cfg.Clip, fs.Add)     // exact integer sum
//	// ... add a noise share (package dp), secure aggregation ...
//	noisy, _ := ml.UnscaleSum(total, cfg.Gamma)                   // everyone
//	_ = opt.Step(params, noisy, totalRows)                        // opt from ml.NewOptimizer(cfg, n)
//	hash := ml.ParamsDigest(params)
//
// with cfg from DefaultTrainConfig (docs/fl-accuracy.md measures it).
//
// What it promises:
//   - Scaling uses only public bounds (declared by owners, narrowed by the job
//     spec), never statistics of the rows, so it leaks nothing and costs no ε.
//   - ClipEach bounds each row's contribution to the L2 norm C, which is what
//     the dp package calibrates noise to (sensitivity 2C for replace-one).
//   - Examples never fails on a value: features are clipped to their bounds
//     and a class label outside the classes maps to its nearest class (a
//     public rule), so an owner's rows cannot make a job abort.
//   - Step, the optimizers, UnscaleSum and CanonicalParams give identical bytes
//     on amd64 and arm64: every product is rounded before it is added (no fused
//     multiply-add), no transcendental function is used, and non-finite values
//     are refused.
//   - Decode accepts only a well-formed model of a known format version
//     (docs/model-format.md) and is fuzzed; it never panics.
//   - Errors about rows name the row and column, never the value (it may be an
//     owner's private data).
//
// ml does no privacy accounting and draws no noise: that is the dp package's
// job, and the fl engine composes the two. Everything in ml that sees the noisy
// sums is post-processing.
package ml
