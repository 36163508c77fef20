package secagg

import (
	"fmt"
	"math"
	"math/big"
)

// FailureLog2Target is the availability target of PlanGraph: a round fails
// because of where d honest dropouts happen to fall in the graph with
// probability at most 2^-40. (Privacy never depends on it: see PlanGraph.)
const FailureLog2Target = -40

// MinSparseClients is the fewest clients PlanGraph gives a sparse graph:
// below it the complete graph costs little and has been run longest.
const MinSparseClients = 20

// GraphPlan is the masking graph of an aggregation among n clients.
type GraphPlan struct {
	Kind        string  // "complete" (Bonawitz et al.) or "harary" (SecAgg+)
	Degree      int     // neighbours per client: n − 1 for the complete graph
	ShareT      int     // Shamir threshold within a neighbourhood (0: the round's T, complete graph)
	FailureLog2 float64 // log2 of the bound on a round failing from random dropouts (-Inf: never)
}

// Graph returns the plan's graph for a session (nil for the complete graph,
// which Params reads as CompleteGraph).
func (g GraphPlan) Graph(s Session, n int) (Graph, error) {
	if g.Kind == "complete" {
		return nil, nil
	}
	return NewHararyGraph(n, g.Degree, HararySeed(s, n, g.Degree))
}

// PlanGraph chooses the masking graph for n clients of which up to d drop
// out and up to c collude with the server.
//
// Privacy holds deterministically on either graph: the global consistency
// check (T > (n + c)/2 signatures on one survivor set) keeps every honest
// client on the same set, the Shamir threshold within a neighbourhood
// exceeds c, and clients sign only survivor sets that no c removals can
// split (Graph.Robust). The graph's randomness only buys availability: it
// makes the d dropouts (honest, independent of the public seed) land
// anywhere, and PlanGraph picks the smallest even degree k for which a
// random d-subset of dropouts leaves, except with probability 2^-40,
//
//	F1: every client with ShareT holders among its k neighbours, so its
//	    secret can be recovered:  n · P[Hyp(n−1, d, k) > k − ShareT];
//	F2: a survivor set no c removals split, which needs two disjoint runs
//	    of k/2 places holding at most c survivors between them:
//	    n(n − k + 1)/2 · P[Hyp(n, d, k) ≥ k − c],
//
// both computed exactly (Hyp(pop, bad, draws) counts dropouts among draws
// places). ShareT is then raised as far as the same budget allows (more
// colluders are needed to pool a secret). When the smallest such k is above
// (n − 1)/2, or n < MinSparseClients, the complete graph is used: it never
// fails for d ≤ MaxDropouts.
func PlanGraph(n, d, c int) (GraphPlan, error) {
	if err := CheckParams(n, d, c); err != nil {
		return GraphPlan{}, err
	}
	complete := GraphPlan{Kind: "complete", Degree: n - 1, FailureLog2: math.Inf(-1)}
	if n < MinSparseClients {
		return complete, nil
	}
	tMin := max(2, c+1)
	for k := 2; k <= (n-1)/2 && k <= n-2; k += 2 {
		if k+1 < tMin {
			continue
		}
		f2 := splitBound(n, d, c, k)
		if log2Rat(new(big.Rat).Add(f2, recoveryBound(n, d, k, tMin))) > FailureLog2Target {
			continue
		}
		t := tMin
		for t+1 <= k+1 && t+1 <= Threshold(n, c) {
			if log2Rat(new(big.Rat).Add(f2, recoveryBound(n, d, k, t+1))) > FailureLog2Target {
				break
			}
			t++
		}
		return GraphPlan{Kind: "harary", Degree: k, ShareT: t,
			FailureLog2: log2Rat(new(big.Rat).Add(f2, recoveryBound(n, d, k, t)))}, nil
	}
	return complete, nil
}

// Params returns the secure-aggregation parameters of one round with this
// plan: T from RoundThreshold, the graph drawn for the session.
func (g GraphPlan) Params(s Session, live, t, c int) (Params, error) {
	gr, err := g.Graph(s, live)
	if err != nil {
		return Params{}, err
	}
	return Params{N: live, T: t, ShareT: g.ShareT, Colluders: c, Graph: gr}, nil
}

// recoveryBound is F1: n · P[more than k − t of a client's k neighbours
// are among the d dropouts].
func recoveryBound(n, d, k, t int) *big.Rat {
	p := hypTail(n-1, d, k, k-t+1)
	return p.Mul(p, new(big.Rat).SetInt64(int64(n)))
}

// splitBound is F2: the number of pairs of disjoint runs of k/2 places
// times the chance that at least k − c of their k places dropped.
func splitBound(n, d, c, k int) *big.Rat {
	p := hypTail(n, d, k, k-c)
	pairs := new(big.Rat).SetFrac64(int64(n)*int64(n-k+1), 2)
	return p.Mul(p, pairs)
}

// hypTail is P[X ≥ from] for X ~ Hypergeometric(pop, bad, draws): the
// number of bad items among draws taken without replacement.
func hypTail(pop, bad, draws, from int) *big.Rat {
	sum := new(big.Int)
	for x := max(from, 0); x <= min(draws, bad); x++ {
		sum.Add(sum, new(big.Int).Mul(binom(bad, x), binom(pop-bad, draws-x)))
	}
	return new(big.Rat).SetFrac(sum, binom(pop, draws))
}

func binom(n, k int) *big.Int {
	if k < 0 || k > n {
		return new(big.Int)
	}
	return new(big.Int).Binomial(int64(n), int64(k))
}

// log2Rat is log2 of a non-negative rational (-Inf for 0).
func log2Rat(r *big.Rat) float64 {
	if r.Sign() == 0 {
		return math.Inf(-1)
	}
	f := new(big.Float).SetPrec(128).SetRat(r)
	mant := new(big.Float)
	exp := f.MantExp(mant)
	m, _ := mant.Float64()
	return math.Log2(m) + float64(exp)
}

func (g GraphPlan) String() string {
	if g.Kind == "complete" {
		return fmt.Sprintf("complete graph (Bonawitz et al.), %d neighbours", g.Degree)
	}
	return fmt.Sprintf("SecAgg+ Harary graph, k = %d neighbours, share threshold %d, dropout failure ≤ 2^%.1f", g.Degree, g.ShareT, g.FailureLog2)
}
