package tee

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/enclave"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/release"
	"github.com/veil-market/veil/spec"
)

// Engine is the `tee` engine. Its zero value is what users run.
type Engine struct {
	// Policy is what owners and the buyer accept; nil: DefaultPolicy.
	Policy *attest.Policy
	// PublishAfter replaces the plan's publication time when positive
	// (tests: the plan's worst case is minutes).
	PublishAfter time.Duration
}

var _ engine.Engine = Engine{}

func init() { engine.Register(Engine{}) }

// SimImage stands for the measurement of the project's image on a machine
// without SEV-SNP: what `sim` platforms report and DefaultPolicy pins.
var SimImage = sha512.Sum384([]byte("veil tee image (sim)"))

// DefaultPolicy is what owners and buyers accept on chain chainID: `sim`
// evidence of SimImage on the devnet only (attest.SimAllowed). No
// production image measurement is published yet (docs/tee.md §4), so off
// the devnet nothing passes until one is pinned.
func DefaultPolicy(chainID uint64) *attest.Policy {
	p := &attest.Policy{Measurements: [][]byte{SimImage[:]}, MinimumTCB: attest.SimTCB,
		AllowSim: attest.SimAllowed(chainID, false)}
	if p.AllowSim {
		p.SimRoots, _ = attest.SimRoots(time.Now().Add(-24 * time.Hour))
	}
	return p
}

func (e Engine) policy(chainID uint64) *attest.Policy {
	if e.Policy != nil {
		return e.Policy
	}
	return DefaultPolicy(chainID)
}

// Name implements engine.Engine.
func (Engine) Name() string { return "tee" }

// Detail is the plan shown to the buyer.
type Detail struct {
	Rows         int             `json:"rows"`
	PublishAfter string          `json:"publish_after"`
	Releases     []ReleaseDetail `json:"releases"`
}

// ReleaseDetail is one release's public parameters.
type ReleaseDetail struct {
	Name       string  `json:"name"`
	Rep        int     `json:"rep"`
	Mechanism  string  `json:"mechanism"`
	Epsilon    float64 `json:"epsilon"`
	NoiseScale float64 `json:"noise_scale"`
}

// planned is a checked task with its schedule.
type planned struct {
	task     *enclave.Task
	sched    *release.Schedule
	publish  time.Duration
	maxRows  int
	taskHash [32]byte
}

func (e Engine) plan(s *spec.Spec, metas []*dataset.Metadata) (*planned, error) {
	task, err := enclave.DecodeTask(s.Task)
	if err != nil {
		return nil, err
	}
	rows, err := task.Check(metas)
	if err != nil {
		return nil, err
	}
	te, td := s.Privacy.CalibrationTarget()
	sched, err := release.NewSchedule(task.Plan, s.Privacy.Epsilon, te, td, rows)
	if err != nil {
		return nil, err
	}
	if s.Buyer != nil && len(s.Compute) > 0 && common.HexToAddress(s.Buyer.Address) == common.HexToAddress(s.Compute[0]) {
		return nil, fmt.Errorf("%w: %s is the buyer", enclave.ErrBuyerNode, s.Compute[0])
	}
	p := &planned{task: task, sched: sched, publish: enclave.PublishAfter(sched, task.Limits()), taskHash: sha256.Sum256(s.Task)}
	if e.PublishAfter > 0 {
		p.publish = e.PublishAfter
	}
	for _, m := range metas {
		p.maxRows = max(p.maxRows, m.Rows)
	}
	if d := deadline(s); p.publish+deadlineMargin > d {
		return nil, fmt.Errorf("tee: the plan publishes %s after the start (its worst case under the task's limits), after the job's deadline of %s: give the spec a \"deadline\" of at least %s, or fewer rows, releases or a shorter call_timeout_ms",
			p.publish.Round(time.Second), d, (p.publish + deadlineMargin).Round(time.Minute))
	}
	return p, nil
}

// deadlineMargin leaves time to accept before and to commit after the
// computation.
const deadlineMargin = 5 * time.Minute

// deadline is the spec's, or the buyer's default (30 minutes).
func deadline(s *spec.Spec) time.Duration {
	if d, err := time.ParseDuration(s.Deadline); err == nil && d > 0 {
		return d
	}
	return 30 * time.Minute
}

// Plan implements engine.Engine: one round; compute node 0 is the enclave.
func (e Engine) Plan(s *spec.Spec, metas []*dataset.Metadata) (engine.Plan, error) {
	p, err := e.plan(s, metas)
	if err != nil {
		return engine.Plan{}, err
	}
	d := Detail{Rows: p.sched.Rows, PublishAfter: p.publish.String()}
	for _, st := range p.sched.Steps {
		d.Releases = append(d.Releases, ReleaseDetail{st.Name, st.Rep, st.Mechanism, st.Epsilon, st.NoiseScale})
	}
	rowsMsg := 2048 + 8*uint64(p.maxRows)*uint64(len(p.task.Columns)+1)
	return engine.Plan{Rounds: 1, MaxMessage: max(rowsMsg, uint64(enclave.MaxBundle)), RoundTimeout: p.publish + time.Minute,
		Epsilon: s.Privacy.Epsilon, Detail: d, Compute: []engine.Role{engine.RoleLead}}, nil
}

// PrepareBuyer implements engine.Engine: a module named by a local path is
// uploaded to the lead and the task names the upload instead.
func (e Engine) PrepareBuyer(ctx context.Context, s *spec.Spec, env engine.BuyerEnv) error {
	var task map[string]json.RawMessage
	if err := json.Unmarshal(s.Task, &task); err != nil {
		return fmt.Errorf("tee: task: %w", err)
	}
	t, err := enclave.DecodeTask(s.Task)
	if err != nil {
		return err
	}
	path, ok := strings.CutPrefix(t.Module.URI, "file:")
	if !ok {
		return nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("tee: reading the module: %w", err)
	}
	if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != t.Module.SHA256 {
		return fmt.Errorf("tee: %s has SHA-256 %x, the task names %s", path, sum, t.Module.SHA256)
	}
	uri, _, err := env.Upload(ctx, 0, b)
	if err != nil {
		return fmt.Errorf("tee: uploading the module: %w", err)
	}
	t.Module.URI = uri
	mod, _ := json.Marshal(t.Module)
	task["module"] = mod
	s.Task, err = json.Marshal(task)
	return err
}
