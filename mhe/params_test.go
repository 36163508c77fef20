package mhe

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// TestDefaultParamsKnownAnswer pins the production parameter set (see
// testdata/default_params.json for the source).
func TestDefaultParamsKnownAnswer(t *testing.T) {
	b, err := os.ReadFile("testdata/default_params.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Name     string   `json:"name"`
		LogN     int      `json:"logN"`
		Q        []uint64 `json:"q"`
		P        []uint64 `json:"p"`
		LogScale int      `json:"logScale"`
		ID       string   `json:"id"`
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	p := DefaultParams()
	id := p.ID()
	switch {
	case p.Name() != want.Name || p.LogN() != want.LogN || logScale != want.LogScale:
		t.Errorf("name %q logN %d scale 2^%d, want %q %d 2^%d", p.Name(), p.LogN(), logScale, want.Name, want.LogN, want.LogScale)
	case !slices.Equal(p.ckks.Q(), want.Q) || !slices.Equal(p.ckks.P(), want.P):
		t.Errorf("moduli Q %v P %v, want %v %v", p.ckks.Q(), p.ckks.P(), want.Q, want.P)
	case hex.EncodeToString(id[:]) != want.ID:
		t.Errorf("ID %x, want %s", id, want.ID)
	}
	if p.LogQP() > 438 {
		t.Errorf("log QP %.1f exceeds the HE standard's 438 bits for N = 2^14", p.LogQP())
	}
}
