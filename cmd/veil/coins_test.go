package main

import (
	"math/big"
	"testing"

	"github.com/veil-market/veil/chain"
)

func sumCoins(t *testing.T, amounts []string) string {
	t.Helper()
	total := new(big.Int)
	for _, a := range amounts {
		v, err := chain.ParseCoins(a)
		if err != nil {
			t.Fatalf("%q: %v", a, err)
		}
		total.Add(total, v)
	}
	return chain.FormatCoins(total)
}
