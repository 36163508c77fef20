package enclave

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/release"
	"github.com/veil-market/veil/sandbox"
)

// ErrTask is wrapped by every error about a `tee` task.
var ErrTask = errors.New("enclave: bad task")

// Task is a `tee` job's task, as the buyer writes it in the spec:
//
//	{"type": "wasm", "module": {"uri": "...", "sha256": "..."},
//	 "columns": ["benign", "mean_radius"], "args": [0.5],
//	 "memory_mb": 64, "call_timeout_ms": 50,
//	 "plan": {"releases": [...]}}
//
// Every field is public and fixed before any row exists.
type Task struct {
	Type          string        `json:"type"`
	Module        ModuleRef     `json:"module"`
	Columns       []string      `json:"columns"`
	Args          []float64     `json:"args,omitempty"`
	MemoryMB      int           `json:"memory_mb,omitempty"`
	CallTimeoutMS int           `json:"call_timeout_ms,omitempty"`
	Plan          *release.Plan `json:"plan"`
}

// ModuleRef names the buyer's module and, optionally, its source (for owners
// whose policy requires a reproducible build).
type ModuleRef struct {
	URI    string     `json:"uri"`
	SHA256 string     `json:"sha256"`
	Source *SourceRef `json:"source,omitempty"`
}

// SourceRef points to the module's source tree (a tar of a Go module whose
// build-modules.sh-style build gives the module's bytes).
type SourceRef struct {
	URI    string `json:"uri"`
	SHA256 string `json:"sha256"`
}

// Task defaults and limits.
const (
	DefaultMemoryMB      = 64
	MaxMemoryMB          = 4096
	DefaultCallTimeoutMS = 50
	MaxCallTimeoutMS     = 10000
	MaxArgs              = 1 << 16
	MaxColumns           = 4096
)

// DecodeTask parses a task strictly and checks everything that does not
// need the datasets.
func DecodeTask(raw []byte) (*Task, error) {
	var t Task
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTask, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrTask)
	}
	return &t, t.check()
}

func (t *Task) check() error {
	if t.MemoryMB == 0 {
		t.MemoryMB = DefaultMemoryMB
	}
	if t.CallTimeoutMS == 0 {
		t.CallTimeoutMS = DefaultCallTimeoutMS
	}
	switch {
	case t.Type != "wasm":
		return fmt.Errorf("%w: field \"task.type\" must be \"wasm\", got %q", ErrTask, t.Type)
	case t.Module.URI == "" || len(t.Module.URI) > 2048:
		return fmt.Errorf("%w: field \"task.module.uri\" is required", ErrTask)
	case !isDigest(t.Module.SHA256):
		return fmt.Errorf("%w: field \"task.module.sha256\" must be 64 hex digits", ErrTask)
	case t.Module.Source != nil && (!isDigest(t.Module.Source.SHA256) || t.Module.Source.URI == ""):
		return fmt.Errorf("%w: field \"task.module.source\" needs a uri and 64 hex digits of sha256", ErrTask)
	case len(t.Columns) == 0 || len(t.Columns) > MaxColumns:
		return fmt.Errorf("%w: field \"task.columns\" needs 1 to %d columns", ErrTask, MaxColumns)
	case len(t.Args) > MaxArgs:
		return fmt.Errorf("%w: field \"task.args\" has more than %d numbers", ErrTask, MaxArgs)
	case t.MemoryMB < 1 || t.MemoryMB > MaxMemoryMB:
		return fmt.Errorf("%w: field \"task.memory_mb\" must be in [1, %d], got %d", ErrTask, MaxMemoryMB, t.MemoryMB)
	case t.CallTimeoutMS < 1 || t.CallTimeoutMS > MaxCallTimeoutMS:
		return fmt.Errorf("%w: field \"task.call_timeout_ms\" must be in [1, %d], got %d", ErrTask, MaxCallTimeoutMS, t.CallTimeoutMS)
	case t.Plan == nil:
		return fmt.Errorf("%w: field \"task.plan\" is required", ErrTask)
	}
	for _, a := range t.Args {
		if math.IsNaN(a) || math.IsInf(a, 0) {
			return fmt.Errorf("%w: field \"task.args\" holds a non-finite number", ErrTask)
		}
	}
	return t.Plan.Check()
}

func isDigest(s string) bool {
	b, err := hex.DecodeString(s)
	return err == nil && len(b) == 32 && strings.ToLower(s) == s
}

// Limits are the sandbox limits the task asks for.
func (t *Task) Limits() sandbox.Limits {
	return sandbox.Limits{MemoryPages: uint32(t.MemoryMB) * (1 << 20 / sandbox.PageSize),
		CallTimeout: time.Duration(t.CallTimeoutMS) * time.Millisecond}
}

// Check validates the task against the datasets' public metadata: every
// input column is in every dataset. It returns the public row count.
func (t *Task) Check(metas []*dataset.Metadata) (rows int, err error) {
	seen := map[string]bool{}
	for _, c := range t.Columns {
		if seen[c] {
			return 0, fmt.Errorf("%w: column %q appears twice in \"task.columns\"", ErrTask, c)
		}
		seen[c] = true
		for i, m := range metas {
			if !m.Has(c) {
				return 0, fmt.Errorf("%w: column %q is not in dataset %d's schema", ErrTask, c, i)
			}
		}
	}
	for _, m := range metas {
		rows += m.Rows
	}
	return rows, nil
}
