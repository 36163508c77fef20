package enclave

import (
	"errors"
	"fmt"
	"slices"
)

// ErrModuleRefused is wrapped when an owner's module policy refuses a task.
var ErrModuleRefused = errors.New("enclave: the owner's policy refuses this module")

// ModulePolicy is an owner's rule on which modules may read its rows. The
// zero value allows any module: privacy comes from the release plan and the
// sandbox (docs/tee.md §3), whatever the module computes, so reading the
// module adds no privacy — only a veto on what a buyer may learn within ε.
type ModulePolicy struct {
	// AllowModules lists the module SHA-256s (hex) the owner accepts; empty
	// allows any.
	AllowModules []string `json:"allow_modules,omitempty"`
	// RequireReproducible accepts only a module whose task names its source
	// and whose bytes the owner reproduced from that source: Reproduced maps
	// the source's SHA-256 to the module SHA-256 the owner's own build gave
	// (sandbox/build-modules.sh pins how).
	RequireReproducible bool              `json:"require_reproducible,omitempty"`
	Reproduced          map[string]string `json:"reproduced,omitempty"`
}

// Allows checks a task's module against the policy.
func (p ModulePolicy) Allows(t *Task) error {
	m := t.Module
	if len(p.AllowModules) > 0 && !slices.Contains(p.AllowModules, m.SHA256) {
		return fmt.Errorf("%w: module %s is not in allow_modules", ErrModuleRefused, m.SHA256)
	}
	if !p.RequireReproducible {
		return nil
	}
	if m.Source == nil {
		return fmt.Errorf("%w: the task names no source for module %s and the policy requires a reproducible build", ErrModuleRefused, m.SHA256)
	}
	if built, ok := p.Reproduced[m.Source.SHA256]; !ok || built != m.SHA256 {
		return fmt.Errorf("%w: module %s is not what this owner built from source %s", ErrModuleRefused, m.SHA256, m.Source.SHA256)
	}
	return nil
}
