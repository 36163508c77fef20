package enginetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// Fixture tells the suite how to exercise one engine.
type Fixture struct {
	Engine engine.Engine
	// Spec is a valid spec for the engine over these datasets (generous ε so
	// that noise is negligible), engine name and d set; the suite fills in
	// the datasets, the compute node and the buyer.
	Spec func(datasets []uint64) *spec.Spec
	// Tables is the owners' data, one table per owner.
	Tables func(n int) []*dataset.Table
	// Metadata is an owner's public metadata document, with declared bounds.
	Metadata func(t *dataset.Table) *dataset.Metadata
	// Check asserts that the buyer's decoded result is right for exactly these
	// owners' tables (with a tolerance for DP noise).
	Check func(t *testing.T, out *engine.Output, tables []*dataset.Table)
	// MaxDropouts is how many owners the engine tolerates losing mid-job with
	// the spec's d (the suite never changes the spec's privacy fields).
	MaxDropouts int
	// SignsMessages says the engine signs its own messages with the node key,
	// binding the job and the sender's index, so that it can itself refuse a
	// message replayed from another job or copied from another owner. Engines
	// that do not (Toy) skip those two sub-tests; the transport-level variants
	// run for every engine.
	SignsMessages bool
	// Covered, when set, reads from the buyer's output which owners' data
	// the result covers (for engines whose result names its contributors).
	// Secure aggregation cannot take an owner's masked input back out once
	// the survivor set is fixed, so an engine may refuse a later message of
	// an owner yet keep its data: with Covered, the attack sub-tests accept
	// such a result when the aggregator names the owner in its log, every
	// other owner confirms the payload, and the result is right for exactly
	// the owners it covers (the refused owner included).
	Covered func(out *engine.Output) ([]common.Address, error)
	// Owners is how many owners take part (default 4, at least 3: one
	// misbehaves, one is its victim).
	Owners int
	// Compute is how many compute nodes the spec names (default 1, at most
	// engine.MaxCompute); the engine's plan says which take part.
	Compute int
	// Platform is what compute nodes attest with (Env.Platform), nil: none.
	// NewFakePlatform makes one whose reports the fixture's engine can check.
	Platform engine.Platform
	// Seed makes keys and engine randomness reproducible (default 1).
	Seed uint64
}

// suite is one Run: the fixture, the loopback network and the owners' data,
// shared by the sub-tests' jobs.
type suite struct {
	f          Fixture
	net        *Loopback
	tables     []*dataset.Table
	metas      []*dataset.Metadata
	digests    [][32]byte
	blobs      *blobStore
	stores     map[Who]*memKV // each participant's Env.Store
	secrets    map[Who]*memKV // and Env.Secrets
	mu         sync.Mutex
	jobTimeout time.Duration
	nextJob    uint64
	happy      *outcome // the happy path's job: its trace and evidence feed the attacks
}

// Run is the conformance suite: N owners and the engine's compute nodes run
// its jobs in-process over real loopback gRPC (Drive over a Loopback), honest
// and under attack. Every registered engine must pass it.
func Run(t *testing.T, f Fixture) {
	s, err := newSuite(f)
	if err != nil {
		t.Fatal(err)
	}
	defer s.net.Close()
	t.Run("happy", s.testHappy)
	if s.happy == nil && !t.Failed() { // filtered out with -run: the attacks still need its trace
		s.happy = s.mustRun(t, scenario{})
	}
	if s.happy == nil {
		t.Fatal("the happy path failed; the other sub-tests build on it")
	}
	t.Run("dropouts", s.testDropouts)
	t.Run("malformed", s.testMalformed)
	t.Run("impostor", s.testImpostor)
	t.Run("replay", s.testReplay)
}

func newSuite(f Fixture) (*suite, error) {
	if err := f.validate(); err != nil {
		return nil, err
	}
	s := &suite{f: f, blobs: newBlobStore(), stores: map[Who]*memKV{}, secrets: map[Who]*memKV{}}
	s.tables = f.Tables(f.Owners)
	if len(s.tables) != f.Owners {
		return nil, fmt.Errorf("enginetest: Fixture.Tables(%d) returned %d tables", f.Owners, len(s.tables))
	}
	for i, t := range s.tables {
		var csv bytes.Buffer
		if err := t.WriteCSV(&csv); err != nil {
			return nil, fmt.Errorf("enginetest: owner %d's table: %w", i, err)
		}
		s.digests = append(s.digests, sha256.Sum256(csv.Bytes())) // stands in for the sealed file's digest
		s.metas = append(s.metas, f.Metadata(t))
	}
	net, err := newSuiteNet(f)
	if err != nil {
		return nil, err
	}
	s.net = net
	if err := s.planTimeout(); err != nil {
		net.Close()
		return nil, err
	}
	return s, nil
}

// newSuiteNet is the fixture's parties on a Loopback.
func newSuiteNet(f Fixture) (*Loopback, error) {
	owners, err := NewParties(f.Seed, "owner", f.Owners)
	if err != nil {
		return nil, err
	}
	compute, err := NewParties(f.Seed, "compute", f.Compute)
	if err != nil {
		return nil, err
	}
	return NewLoopback(owners, compute)
}

func (f *Fixture) validate() error {
	if f.Owners == 0 {
		f.Owners = 4
	}
	if f.Seed == 0 {
		f.Seed = 1
	}
	if f.Compute == 0 {
		f.Compute = 1
	}
	switch {
	case f.Engine == nil || f.Spec == nil || f.Tables == nil || f.Metadata == nil || f.Check == nil:
		return errors.New("enginetest: Fixture needs Engine, Spec, Tables, Metadata and Check")
	case f.Owners < 3:
		return fmt.Errorf("enginetest: Fixture.Owners is %d; the suite needs at least 3", f.Owners)
	case f.MaxDropouts < 0 || f.MaxDropouts >= f.Owners:
		return fmt.Errorf("enginetest: Fixture.MaxDropouts is %d; it must be in [0, %d)", f.MaxDropouts, f.Owners)
	case f.Compute < 1 || f.Compute > engine.MaxCompute:
		return fmt.Errorf("enginetest: Fixture.Compute is %d; it must be in [1, %d]", f.Compute, engine.MaxCompute)
	}
	return nil
}

// planTimeout bounds every job by the plan's own deadlines, so a hang fails
// the test instead of stalling it.
func (s *suite) planTimeout() error {
	s.nextJob++ // job ids are never reused
	p, err := s.publish(context.Background(), s.nextJob)
	if err != nil {
		return err
	}
	job, err := s.view(p)
	if err != nil {
		return err
	}
	if job.Plan.Rounds < 1 || job.Plan.RoundTimeout <= 0 || job.Plan.MaxMessage == 0 {
		return fmt.Errorf("enginetest: the plan needs Rounds ≥ 1, RoundTimeout > 0 and MaxMessage > 0, got %+v", job.Plan)
	}
	s.jobTimeout = time.Duration(job.Plan.Rounds+2)*job.Plan.RoundTimeout + 10*time.Second
	return nil
}
