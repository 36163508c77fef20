// Package stats is the mpc engine's validated-statistics task: how an
// owner's rows become Prio3 measurements whose bounds the compute nodes
// check, how much noise each compute node adds, and how the buyer reads
// the figures. It computes, where Prio3's range circuits can check them,
// the figures of the he engine's stats task: count, sum, mean, var, std
// and hist, per column (cov and corr need products of two columns, which no
// circuit here checks; they are refused).
//
// # Encoding
//
// A value x of column j is clipped to its public range [lo, hi] (a value
// that is not a number counts as the midpoint: a public rule) and put on a
// 16-bit grid, q = round(Q·(x − lo)/(hi − lo)) with Q = 2^16 − 1, and its
// square on the same grid, s = round(Q·(q/Q)²). An owner with R rows (its
// committed row count) sums them exactly and sends, per column, the pairs
// (Σq, RQ − Σq) and (Σs, RQ − Σs), each entry proven in [0, 2^k) by a
// SumVec with k = bitlen(R_max·Q) and each pair proven to add up to RQ; and
// per histogram the bin counts with an extra bin for values outside the
// edges, proven in [0, 2^k′) and to add up to R. So every accepted sum is
// exactly one R rows within bounds could produce (per figure: Prio3's
// circuits cannot tie a square to its value).
//
// Why the aggregate and not each row: the pair and total constraints make
// the set of accepted aggregates exactly the sums of R valid rows, the
// same set per-row reports would give with the same circuits, at a cost
// that does not grow with R (docs/mpc.md).
//
// # Noise
//
// Replacing one row changes each Σq and Σs by at most Q and moves one count
// between two bins of each histogram, so in units of the range the groups
// have L2 sensitivities √d (sums), √d (squares) and √(2H) (histograms).
// The job's (ε, δ) gives ρ = dp.ZCDPFromEpsDelta(ε, δ); ρ is split over
// the groups in proportion to √k_g·Δ_g as in he (minimising the summed
// variance), σ_g = Δ_g/√(2ρ_g), and **each** compute node adds its own
// N_Z(0, (σ_g·Q)²) (sums, squares) or N_Z(0, σ_g²) (counts) to every
// released entry of its aggregate share: with one honest node, its noise
// alone is the discrete Gaussian mechanism, ρ-zCDP (CKS20), hence (ε, δ)-DP.
// The buyer's figure carries both nodes' noise: variance 2σ_g² per entry.
package stats
