package enginetest

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/wire"
)

// TestPairRefusesAnUnattestedHelper is the attack on attestation: the helper
// runs other code than the engine pins (or on a platform it does not trust),
// over the real transport. Every owner and the lead refuse it at the
// connection, before any message of the job moves: the helper never accepts
// a single owner message, the owners' rounds fail with wire.ErrAttestation,
// and the lead fails instead of producing a result.
func TestPairRefusesAnUnattestedHelper(t *testing.T) {
	for _, tc := range []struct {
		name     string
		platform engine.Platform
	}{
		{"other code", NewFakePlatform(1, [32]byte{0xbd})},
		{"untrusted platform", NewFakePlatform(2, PairMeasurement)},
		{"no platform", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := newSuite(pairFixture(t, PairMeasurement))
			if err != nil {
				t.Fatal(err)
			}
			defer s.net.Close()
			s.f.Platform = tc.platform
			var toHelper atomic.Int64
			s.net.Contribution = func(_ uint64, k, _ int, _ wire.Contribution) {
				if k == 1 {
					toHelper.Add(1)
				}
			}
			out, err := s.runJob(scenario{})
			if err != nil {
				t.Fatal(err)
			}
			if n := toHelper.Load(); n != 0 {
				t.Errorf("the helper accepted %d owner messages", n)
			}
			if out.LeadErr == nil {
				t.Fatal("the lead produced a result with an unattested helper")
			}
			for i, o := range out.Owners {
				if o.Done || len(o.SatOut) == 0 || (tc.platform != nil && !errors.Is(o.SatOut[0], wire.ErrAttestation)) {
					t.Errorf("owner %d: done %v, sat out %v; want its rounds refused for the helper's attestation", i, o.Done, o.SatOut)
				}
			}
		})
	}
}

// TestPairOverMemNet: the in-memory network runs the same engine, attestation
// included, and refuses an unattested helper too.
func TestPairOverMemNet(t *testing.T) {
	f := pairFixture(t, PairMeasurement)
	s, err := newSuite(f)
	if err != nil {
		t.Fatal(err)
	}
	defer s.net.Close()
	for _, platform := range []engine.Platform{f.Platform, NewFakePlatform(1, [32]byte{1})} {
		s.f.Platform = platform
		pub, err := s.publish(t.Context(), 100)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
		out, err := Drive(ctx, Job{Engine: f.Engine, Net: NewMemNet(), Tables: s.tables, Env: s.env(100, &logBuffer{}),
			View: func(Who) (*engine.Job, error) { return s.view(pub) }})
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if ok := platform == f.Platform; ok != (out.LeadErr == nil) {
			t.Errorf("attested helper %v: the lead's error is %v", ok, out.LeadErr)
		}
	}
}
