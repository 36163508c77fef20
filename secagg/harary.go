package secagg

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"slices"
)

// HararyGraph is SecAgg+'s sparse graph (Bell et al. CCS 2020, §3): the
// Harary graph H(n, k) — n places on a ring, each joined to the k/2 nearest
// places on either side — with clients put on the places by a permutation
// drawn from a public seed. Every party derives the same graph from the
// seed (HararySeed binds it to the session), so the server cannot choose
// it, and it changes every round.
//
// A HararyGraph is immutable once built; share it freely.
type HararyGraph struct {
	n, half int
	place   []int // place[i]: where client i sits on the ring
	at      []int // at[p]: the client at place p
}

var _ Graph = (*HararyGraph)(nil)

// HararySeed is the public randomness a session's graph is drawn from:
// SHA-256 over a label, the session (job id and round), n and k.
func HararySeed(s Session, n, k int) [32]byte {
	h := sha256.New()
	h.Write([]byte("veil/secagg/harary/v1"))
	h.Write(s.bytes())
	h.Write(binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, uint32(n)), uint32(k)))
	return [32]byte(h.Sum(nil))
}

// NewHararyGraph builds H(n, k) with the clients placed by a uniformly
// random permutation drawn from seed (Fisher–Yates over an AES-256-CTR
// stream keyed by the seed, rejection-sampled: the same on every platform).
// k must be even, at least 2 and at most n − 2 (k ≥ n − 1 is the complete
// graph: use CompleteGraph).
func NewHararyGraph(n, k int, seed [32]byte) (*HararyGraph, error) {
	switch {
	case n < 4 || n > MaxClients:
		return nil, fmt.Errorf("%w: Harary graph on %d clients, need [4, %d]", ErrParams, n, MaxClients)
	case k < 2 || k%2 != 0 || k > n-2:
		return nil, fmt.Errorf("%w: Harary degree k = %d must be even and in [2, n-2 = %d]", ErrParams, k, n-2)
	}
	g := &HararyGraph{n: n, half: k / 2, place: make([]int, n), at: make([]int, n)}
	for p := range g.at {
		g.at[p] = p
	}
	stream := newMaskStream(seed)
	var buf [4]byte
	draw := func(bound uint32) int { // uniform in [0, bound) by rejection
		limit := -bound % bound // 2^32 mod bound: reject the top limit values
		for {
			clear(buf[:])
			stream.XORKeyStream(buf[:], buf[:])
			if x := binary.LittleEndian.Uint32(buf[:]); x >= limit {
				return int(x % bound)
			}
		}
	}
	for p := n - 1; p > 0; p-- {
		q := draw(uint32(p + 1))
		g.at[p], g.at[q] = g.at[q], g.at[p]
	}
	for p, i := range g.at {
		g.place[i] = p
	}
	return g, nil
}

// Degree returns k, every client's number of neighbours.
func (g *HararyGraph) Degree() int { return 2 * g.half }

// Neighbours returns the clients at the k places nearest to client i's
// (nil if n is not the graph's size, which Validate refuses).
func (g *HararyGraph) Neighbours(n, i int) []int {
	if n != g.n || i < 0 || i >= n {
		return nil
	}
	out := make([]int, 0, 2*g.half)
	for d := 1; d <= g.half; d++ {
		out = append(out, g.at[(g.place[i]+d)%n], g.at[(g.place[i]-d+n)%n])
	}
	slices.Sort(out)
	return out
}

// Robust decides exactly whether removing some c members can disconnect
// the members' subgraph. On the ring, two members are joined when their
// places are at most k/2 apart, so the members' subgraph is connected iff,
// walking round the ring, at most one gap between consecutive members
// exceeds k/2 places. Removing c members disconnects it iff it can open two
// such gaps with members left between them on both sides: for each member
// i, cost(i) is the number of members within k/2 places after it (they
// must go for the gap after i to exceed k/2), and we look for two
// non-overlapping gaps whose costs add up to at most c.
func (g *HararyGraph) Robust(n int, members []int, c int) bool {
	if n != g.n || len(members) <= c {
		return false
	}
	places := make([]int, len(members))
	for j, i := range members {
		if i < 0 || i >= n {
			return false
		}
		places[j] = g.place[i]
	}
	slices.Sort(places)
	m := len(places)
	// The gap after member j ends at the first member more than k/2 places
	// on (index k, counted round the ring); candidates cost at most c.
	var cand []gapCost
	k := 0
	for j := range m {
		if k < j+1 {
			k = j + 1
		}
		for k < j+m && ringDist(places[j], places[k%m], n) <= g.half {
			k++
		}
		if cost := k - j - 1; cost <= c {
			cand = append(cand, gapCost{start: j, end: k, cost: cost})
		}
	}
	for a, x := range cand {
		for _, y := range cand[a+1:] {
			if x.cost+y.cost <= c && x.before(y, m) {
				return false
			}
		}
	}
	return true
}

// gapCost: removing the members strictly between member start and member
// end (indices round the ring, end may exceed m) opens a gap above k/2.
type gapCost struct{ start, end, cost int }

// before reports whether gap y fits after gap x and before x comes round
// again (members are m round the ring): the two gaps then do not overlap
// and each side keeps a member (x.end's and y.end's).
func (x gapCost) before(y gapCost, m int) bool {
	s := y.start
	for s < x.end {
		s += m
	}
	return y.end+(s-y.start) <= x.start+m
}

// ringDist is how many places forward from a to b on a ring of n.
func ringDist(a, b, n int) int { return ((b-a)%n + n) % n }
