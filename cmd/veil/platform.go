package main

import (
	"fmt"
	"strings"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/engine"
)

// nodePlatform is the attestation a compute node offers tee jobs
// (`veil node --platform`): none, sim (go-sev-guest's test roots; owners
// accept it on the devnet only) or sev-snp (the guest's secure processor).
func nodePlatform(name string) (engine.Platform, error) {
	switch name {
	case "", "none":
		return nil, nil
	case "sim":
		return simPlatform(), nil
	case "sev-snp":
		return attest.SNPPlatform{}, nil
	}
	return nil, fmt.Errorf("--platform must be none, sim or sev-snp, got %q", name)
}

// devnetPlatform: on the devnet every compute node attests as sim.
func devnetPlatform(home string) engine.Platform {
	if strings.HasPrefix(home, "compute") {
		return simPlatform()
	}
	return nil
}
