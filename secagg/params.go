package secagg

import (
	"fmt"
	"math/bits"
)

// MaxClients bounds N so that every index fits the wire format and message
// sizes stay bounded.
const MaxClients = 1 << 16

// MaxVectorLen bounds VectorLen (entries per input vector).
const MaxVectorLen = 1 << 28

// Params are the public parameters every client and the server of one
// aggregation agree on. They are plain values: copy them freely (Segments
// is read, never written).
//
// Entries live either all in Z_{2^k} (ModBits = k, Segments nil: the fl
// engine's fixed-point vectors) or segment by segment modulo each
// Segment's modulus (ModBits = 0: the he engine's ciphertexts, one segment
// per RNS prime of each polynomial).
type Params struct {
	N         int       // clients, indexed 0..N-1
	T         int       // least size of every survivor set, and consistency signatures needed; also the Shamir threshold unless ShareT is set
	ModBits   int       // k: inputs, masks and the sum live in Z_{2^k}, 1 ≤ k ≤ 64; 0 with Segments
	VectorLen int       // entries per input vector (with Segments: the sum of their lengths)
	Segments  []Segment // per-entry moduli, in vector order; nil for Z_{2^k}
	Graph     Graph     // who masks with whom; nil means CompleteGraph

	// ShareT is the Shamir threshold within each neighbourhood (SecAgg+):
	// a client's secrets are shared ShareT-of-(its neighbours + itself).
	// 0 means T. It must exceed Colluders, so colluders alone never hold
	// enough shares of anyone's secret.
	ShareT int
	// Colluders (c) is how many clients the parameters assume collude with
	// the server: T must exceed (N + c)/2, ShareT must exceed c, and every
	// client refuses to unmask unless the survivor set stays connected in
	// the graph whatever c of its members are removed (Graph.Robust).
	Colluders int
}

// Threshold returns the smallest Shamir threshold that keeps inputs private
// against a malicious server colluding with c of the n clients:
// t > (n + c) / 2 (Bonawitz et al. CCS 2017, §6.2; see docs/secagg.md).
func Threshold(n, c int) int {
	return (n+c)/2 + 1
}

// CheckParams checks that n clients with up to d dropouts and c colluders
// can run the protocol with the threshold Threshold(n, c): at least t
// clients must survive, n - d ≥ t. It also requires c ≤ n-2 (with fewer than
// two honest clients the sum itself reveals the honest input).
func CheckParams(n, d, c int) error {
	switch {
	case n < 2 || n > MaxClients:
		return fmt.Errorf("%w: n = %d clients outside [2, %d]", ErrParams, n, MaxClients)
	case d < 0 || c < 0:
		return fmt.Errorf("%w: n = %d, d = %d dropouts, c = %d colluders: counts must be ≥ 0", ErrParams, n, d, c)
	case c > n-2:
		return fmt.Errorf("%w: n = %d, d = %d, c = %d colluders: at most n-2 colluders leave two honest inputs to hide among", ErrParams, n, d, c)
	}
	if t := Threshold(n, c); n-d < t {
		return fmt.Errorf("%w: n = %d, d = %d dropouts, c = %d colluders: n-d = %d survivors is below the threshold t = %d (t > (n+c)/2)",
			ErrParams, n, d, c, n-d, t)
	}
	return nil
}

// MaxDropouts returns the most dropouts a job of n clients with c colluders
// tolerates under Threshold: n − Threshold(n, c), that is ⌈(n − c)/2⌉ − 1;
// or −1 when CheckParams refuses every d (n < 2, c < 0 or c > n − 2). It is
// the one rule both the fl and he engines, the spec's defaults and
// docs/jobs.md use.
func MaxDropouts(n, c int) int {
	if n < 2 || n > MaxClients || c < 0 || c > n-2 {
		return -1
	}
	return n - Threshold(n, c)
}

// RoundThreshold is the threshold of one aggregation among live
// participants of a job of n clients that tolerates d dropouts and c
// colluders: at least Threshold(live, c), secure aggregation's own bound for
// the clients present, and at least n − d, so that every sum the server can
// unmask holds at least n − d − c honest inputs (with their noise shares,
// which is what differential-privacy calibration counts on). A client
// refuses a round announced with a lower threshold.
func RoundThreshold(live, n, d, c int) int {
	return max(Threshold(live, c), n-d)
}

// ModBitsFor returns the smallest ring size k such that the sum of n values
// of the given bit width (signed, |v| < 2^(bits-1)) cannot overflow:
// k = bits + ceil(log2 n).
func ModBitsFor(valueBits, n int) int {
	if n <= 1 {
		return valueBits
	}
	return valueBits + bits.Len(uint(n-1))
}

// Validate checks the parameters on their own. It requires T > (N + c)/2,
// the least threshold for which the consistency check stops a malicious
// server colluding with c clients from showing two survivor sets
// (Threshold(N, c)), and c < ShareT ≤ T.
func (p Params) Validate() error {
	switch {
	case p.N < 2 || p.N > MaxClients:
		return fmt.Errorf("%w: N = %d outside [2, %d]", ErrParams, p.N, MaxClients)
	case p.Colluders < 0 || p.Colluders > p.N-2:
		return fmt.Errorf("%w: Colluders = %d outside [0, N-2 = %d]", ErrParams, p.Colluders, p.N-2)
	case p.T < Threshold(p.N, p.Colluders) || p.T > p.N:
		return fmt.Errorf("%w: T = %d outside [%d, N = %d] (t > (N+c)/2 is needed against a malicious server)", ErrParams, p.T, Threshold(p.N, p.Colluders), p.N)
	case p.ShareT != 0 && (p.ShareT <= p.Colluders || p.ShareT < 2 || p.ShareT > p.T):
		return fmt.Errorf("%w: ShareT = %d outside [max(2, c+1), T = %d] with c = %d colluders", ErrParams, p.ShareT, p.T, p.Colluders)
	case p.Segments == nil && (p.ModBits < 1 || p.ModBits > 64):
		return fmt.Errorf("%w: ModBits = %d outside [1, 64]", ErrParams, p.ModBits)
	case p.Segments != nil && p.ModBits != 0:
		return fmt.Errorf("%w: ModBits = %d with Segments: entries live in Z_{2^k} or modulo their segment's modulus, not both", ErrParams, p.ModBits)
	case p.VectorLen < 1 || p.VectorLen > MaxVectorLen:
		return fmt.Errorf("%w: VectorLen = %d outside [1, %d]", ErrParams, p.VectorLen, MaxVectorLen)
	}
	if p.Segments != nil {
		if err := checkSegments(p.Segments, p.VectorLen); err != nil {
			return err
		}
	}
	if p.Graph != nil {
		return checkGraph(p.Graph, p.N, p.shareT())
	}
	return nil
}

// shareT is the Shamir threshold within a neighbourhood.
func (p Params) shareT() int {
	if p.ShareT == 0 {
		return p.T
	}
	return p.ShareT
}

func (p Params) graph() Graph {
	if p.Graph == nil {
		return CompleteGraph{}
	}
	return p.Graph
}

func (p Params) modMask() uint64 {
	if p.ModBits == 64 {
		return ^uint64(0)
	}
	return 1<<p.ModBits - 1
}
