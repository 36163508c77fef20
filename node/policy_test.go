package node

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/home"
)

func TestPolicy(t *testing.T) {
	buyer := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	other := "0x00000000000000000000000000000000000000c0"
	terms := jobTerms{Engine: "fl", Epsilon: 1, Delta: 1e-6, Buyer: buyer, Price: big.NewInt(1e17), Owners: 3, Colluders: 0}
	tests := []struct {
		name   string
		policy home.Policy
		want   string // "" allows
	}{
		{"defaults take everything", home.Policy{}, ""},
		{"engine not listed", home.Policy{Engines: []string{"he"}}, "engine fl"},
		{"engine listed", home.Policy{Engines: []string{"he", "fl"}}, ""},
		{"epsilon above max", home.Policy{MaxEpsilon: 0.5}, "ε 1 is above max_epsilon 0.5"},
		{"epsilon at max", home.Policy{MaxEpsilon: 1}, ""},
		{"delta above max", home.Policy{MaxDelta: 1e-7}, "δ 1e-06 is above max_delta 1e-07"},
		{"price below min", home.Policy{MinPrice: "0.2"}, "price 0.1 is below min_price 0.2"},
		{"price at min", home.Policy{MinPrice: "0.1"}, ""},
		{"buyer not allowed", home.Policy{AllowBuyers: []string{other}}, "not in allow_buyers"},
		{"buyer allowed, any case", home.Policy{AllowBuyers: []string{strings.ToLower(buyer.Hex())}}, ""},
		{"buyer denied", home.Policy{DenyBuyers: []string{buyer.Hex()}}, "is in deny_buyers"},
		{"too few other owners", home.Policy{MinOtherOwners: 3}, "pools with 2 other owner(s), min_other_owners is 3"},
		{"enough other owners", home.Policy{MinOtherOwners: 2}, ""},
		{"no colluder assumed", home.Policy{MinColluders: 1}, "assumes c = 0 colluding owner(s), min_colluders is 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := checkPolicy(tc.policy, terms)
			if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
				t.Fatalf("checkPolicy = %q, want %q", got, tc.want)
			}
		})
	}
}
