package secagg

import "fmt"

// Graph decides which clients pair up: a client masks its input with, and
// sends its key shares to, exactly its neighbours. Bonawitz et al. use the
// complete graph (CompleteGraph); SecAgg+ (Bell et al. CCS 2020) a sparse
// random graph of O(log n) degree (HararyGraph; PlanGraph picks one).
//
// Every party computes the graph itself from public parameters: the server
// never tells a client who its neighbours are.
type Graph interface {
	// Neighbours returns, in increasing order, the clients that client i of
	// n pairs with, never i itself. The relation must be symmetric.
	Neighbours(n, i int) []int
	// Robust reports whether the subgraph induced by members (sorted client
	// indices) stays connected whatever c of them are removed. Clients check
	// it on the survivor set before revealing any share: the pairwise masks
	// between honest survivors then tie all of them together, so the server
	// (with c colluders) can unmask only the sum over all survivors, not a
	// smaller group's. A conservative answer (false when the graph would in
	// fact stay connected) costs availability only.
	Robust(n int, members []int, c int) bool
}

// CompleteGraph pairs every client with every other one.
type CompleteGraph struct{}

// Neighbours returns every index in [0, n) except i.
func (CompleteGraph) Neighbours(n, i int) []int {
	out := make([]int, 0, n-1)
	for j := range n {
		if j != i {
			out = append(out, j)
		}
	}
	return out
}

// Robust: a complete graph stays complete, hence connected, as long as
// someone is left.
func (CompleteGraph) Robust(n int, members []int, c int) bool { return len(members) > c }

// checkGraph verifies that g is a symmetric, irreflexive relation on [0, n)
// with sorted neighbour lists, and that each neighbourhood (with the client
// itself) can hold t shares.
func checkGraph(g Graph, n, t int) error {
	adj := make([]map[int]bool, n)
	for i := range n {
		nb := g.Neighbours(n, i)
		if len(nb)+1 < t {
			return fmt.Errorf("%w: graph gives client %d %d neighbours, below the share threshold minus one, %d", ErrParams, i, len(nb), t-1)
		}
		adj[i] = make(map[int]bool, len(nb))
		for k, j := range nb {
			if j < 0 || j >= n || j == i || (k > 0 && nb[k-1] >= j) {
				return fmt.Errorf("%w: graph neighbours of client %d are not a sorted subset of [0, %d) without %d", ErrParams, i, n, i)
			}
			adj[i][j] = true
		}
	}
	for i := range n {
		for j := range adj[i] {
			if !adj[j][i] {
				return fmt.Errorf("%w: graph is not symmetric: %d pairs with %d but not back", ErrParams, i, j)
			}
		}
	}
	return nil
}
