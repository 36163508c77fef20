package node

import (
	"cmp"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/home"
)

// jobTerms is what the policy looks at.
type jobTerms struct {
	Engine  string
	Epsilon float64
	Delta   float64
	Buyer   common.Address
	Price   *big.Int // this owner's dataset price
	Owners  int      // owners in the job
	Budget  float64  // this owner's dataset's total ε budget
	// Colluders is the c the job's noise and secure aggregation assume.
	Colluders int
}

// DefaultMaxEpsilonShare is the share of a dataset's ε budget one job may spend
// when the policy does not say: an accepted job's ε is spent whatever happens
// next, so a whole budget must not go to one job at a fraction of its worth.
const DefaultMaxEpsilonShare = 0.25

// checkPolicy returns why the policy refuses a job, or "" when it allows it.
func checkPolicy(p home.Policy, t jobTerms) string {
	if len(p.Engines) > 0 && !slices.Contains(p.Engines, t.Engine) {
		return fmt.Sprintf("policy: engine %s is not in %v", t.Engine, p.Engines)
	}
	if p.MaxEpsilon > 0 && t.Epsilon > p.MaxEpsilon {
		return fmt.Sprintf("policy: ε %g is above max_epsilon %g", t.Epsilon, p.MaxEpsilon)
	}
	share := cmp.Or(p.MaxEpsilonShare, DefaultMaxEpsilonShare)
	if t.Budget > 0 && t.Epsilon > share*t.Budget*(1+1e-9) {
		return fmt.Sprintf("policy: ε %g is above max_epsilon_share %g of the dataset's budget %g", t.Epsilon, share, t.Budget)
	}
	if p.MaxDelta > 0 && t.Delta > p.MaxDelta {
		return fmt.Sprintf("policy: δ %g is above max_delta %g", t.Delta, p.MaxDelta)
	}
	if p.MinPrice != "" && t.Price != nil {
		if min, err := chain.ParseCoins(p.MinPrice); err == nil && t.Price.Cmp(min) < 0 {
			return fmt.Sprintf("policy: price %s is below min_price %s", chain.FormatCoins(t.Price), p.MinPrice)
		}
	}
	if len(p.AllowBuyers) > 0 && !containsAddr(p.AllowBuyers, t.Buyer) {
		return fmt.Sprintf("policy: buyer %s is not in allow_buyers", t.Buyer.Hex())
	}
	if containsAddr(p.DenyBuyers, t.Buyer) {
		return fmt.Sprintf("policy: buyer %s is in deny_buyers", t.Buyer.Hex())
	}
	if others := t.Owners - 1; others < p.MinOtherOwners {
		return fmt.Sprintf("policy: the job pools with %d other owner(s), min_other_owners is %d", others, p.MinOtherOwners)
	}
	if t.Colluders < p.MinColluders {
		return fmt.Sprintf("policy: the job assumes c = %d colluding owner(s), min_colluders is %d", t.Colluders, p.MinColluders)
	}
	return ""
}

func containsAddr(list []string, a common.Address) bool {
	return slices.ContainsFunc(list, func(s string) bool { return strings.EqualFold(strings.TrimSpace(s), a.Hex()) })
}
