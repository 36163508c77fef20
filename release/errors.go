package release

import "errors"

var (
	// ErrPlan is wrapped by every error about a malformed or unusable plan.
	ErrPlan = errors.New("release: bad plan")
	// ErrBudget is wrapped when a plan's releases spend more than the job's ε
	// (or the job has no δ for the zCDP conversion).
	ErrBudget = errors.New("release: plan exceeds the job's privacy budget")
)
