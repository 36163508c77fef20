package attest

import (
	"bytes"
	"context"
	"crypto/sha512"
	"errors"
	"testing"
	"time"

	"github.com/google/go-sev-guest/kds"
	tdxtestdata "github.com/google/go-tdx-guest/testing/testdata"
)

var (
	now         = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	measurement = sha384("veil enclave image (test)")
)

func sha384(s string) (m [48]byte) {
	h := sha512.Sum384([]byte(s))
	return h
}

type fixture struct {
	sim     *Sim
	policy  *Policy
	binding Binding
	ev      *Evidence
	key     []byte
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	sim, err := NewSim(now.Add(-time.Hour), SimTCB)
	if err != nil {
		t.Fatal(err)
	}
	priv, pub, err := NewEnclaveKey()
	if err != nil {
		t.Fatal(err)
	}
	_ = priv
	b := Binding{JobID: 7, Nonces: [][NonceSize]byte{{1}, {2}, {3}}, EnclaveKey: pub}
	ev, err := sim.Attest(measurement, b.ReportData(), pub)
	if err != nil {
		t.Fatal(err)
	}
	p := &Policy{Measurements: [][]byte{measurement[:]}, MinimumTCB: SimTCB, AllowSim: SimAllowed(DevnetChainID, false),
		Now: func() time.Time { return now }, SimRoots: sim.Roots()}
	return &fixture{sim: sim, policy: p, binding: b, ev: ev, key: pub}
}

func TestKeyMovesOnlyToAnAttestedEnclave(t *testing.T) {
	f := newFixture(t)
	priv, pub, _ := NewEnclaveKey()
	f.binding.EnclaveKey = pub
	ev, err := f.sim.Attest(measurement, f.binding.ReportData(), pub)
	if err != nil {
		t.Fatal(err)
	}
	wrapped, v, err := f.policy.WrapDataKey(ev, f.binding, 42, []byte("dataset key"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(v.Measurement, measurement[:]) {
		t.Fatal("verified report lost its measurement")
	}
	got, err := UnwrapDataKey(priv, 7, 42, wrapped)
	if err != nil || string(got) != "dataset key" {
		t.Fatalf("enclave could not unwrap: %v", err)
	}
	if _, err := UnwrapDataKey(priv, 7, 43, wrapped); err == nil {
		t.Fatal("a key wrapped for one dataset opened as another's")
	}
}

// TestEveryRefusalComesBeforeAnyKeyMoves: each way the evidence can be
// wrong is refused by WrapDataKey with its own error and no wrapped key.
func TestEveryRefusalComesBeforeAnyKeyMoves(t *testing.T) {
	f := newFixture(t)
	_, attackerKey, _ := NewEnclaveKey()
	otherNonces := f.binding
	otherNonces.Nonces = [][NonceSize]byte{{1}, {2}, {9}}
	otherJob := f.binding
	otherJob.JobID = 8
	staleTCB := *f.policy
	staleTCB.MinimumTCB = kds.TCBParts{BlSpl: 3, TeeSpl: 0, SnpSpl: 8, UcodeSpl: 209}
	noSim := *f.policy
	noSim.AllowSim = SimAllowed(1666600000, false) // Harmony mainnet
	expired := *f.policy
	expired.Now = func() time.Time { return now.AddDate(8, 0, 0) } // past the VCEK's 7 years
	wrongImage := sha384("some other image")
	withKey := func(k []byte) *Evidence { e := *f.ev; e.EnclaveKey = k; return &e }
	relabel := func() *Evidence { e := *f.ev; e.Type = TypeSEVSNP; return &e }
	tampered := func() *Evidence { e := *f.ev; e.Report = clone(e.Report); e.Report[0x90] ^= 1; return &e }
	otherMeasurement, err := f.sim.Attest(wrongImage, f.binding.ReportData(), f.key)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		policy *Policy
		ev     *Evidence
		want   Binding
		err    error
	}{
		{"wrong nonce", f.policy, f.ev, otherNonces, ErrReportData},
		{"wrong job", f.policy, f.ev, otherJob, ErrReportData},
		{"wrong key", f.policy, withKey(attackerKey), f.binding, ErrReportData},
		{"wrong measurement", f.policy, otherMeasurement, f.binding, ErrMeasurement},
		{"stale TCB", &staleTCB, f.ev, f.binding, ErrTCB},
		{"unknown root", f.policy, relabel(), f.binding, ErrSignature},
		{"tampered report", f.policy, tampered(), f.binding, ErrSignature},
		{"expired chain", &expired, f.ev, f.binding, ErrSignature},
		{"sim off the devnet", &noSim, f.ev, f.binding, ErrSimRefused},
	}
	for _, c := range cases {
		wrapped, v, err := c.policy.WrapDataKey(c.ev, c.want, 42, []byte("dataset key"))
		if !errors.Is(err, c.err) || wrapped != nil || v != nil {
			t.Errorf("%s: wrapped=%v err=%v, want %v and no key", c.name, wrapped != nil, err, c.err)
		}
	}
	if _, _, err := f.policy.WrapDataKey(f.ev, f.binding, 42, []byte("k")); err != nil {
		t.Fatalf("the untouched evidence is refused: %v", err)
	}
}

func TestSimAllowedOnlyOnTheDevnetOrExplicitly(t *testing.T) {
	for _, c := range []struct {
		chain    uint64
		explicit bool
		want     bool
	}{{1337, false, true}, {1, false, false}, {1666600000, false, false}, {1, true, true}} {
		if got := SimAllowed(c.chain, c.explicit); got != c.want {
			t.Errorf("SimAllowed(%d, %v) = %v", c.chain, c.explicit, got)
		}
	}
}

func TestEvidenceRoundTrip(t *testing.T) {
	f := newFixture(t)
	b, err := f.ev.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeEvidence(b)
	if err != nil || got.Type != f.ev.Type || !bytes.Equal(got.Report, f.ev.Report) || !bytes.Equal(got.Certs, f.ev.Certs) || !bytes.Equal(got.EnclaveKey, f.ev.EnclaveKey) {
		t.Fatalf("round trip: %v", err)
	}
}

func FuzzDecodeEvidence(f *testing.F) {
	fx := newFixture(f)
	b, _ := fx.ev.Encode()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		ev, err := DecodeEvidence(b)
		if err != nil {
			if !errors.Is(err, ErrEvidence) {
				t.Fatalf("error not wrapping ErrEvidence: %v", err)
			}
			return
		}
		again, err := ev.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatal("accepted evidence does not re-encode to itself")
		}
		// Whatever decodes, checking it never panics and never passes with a
		// binding it was not made for.
		if _, err := fx.policy.Check(ev, Binding{JobID: 99}); err == nil {
			t.Fatal("arbitrary evidence passed")
		}
	})
}

// TestTDXQuote verifies go-tdx-guest's production TDX quote (an Intel
// SPR-E4 machine, July 2023) against Intel's root, and checks that the
// policy refuses it for each reason it should: an MRTD it does not pin,
// report data that does not bind this job, a tampered quote.
func TestTDXQuote(t *testing.T) {
	when := time.Date(2023, time.July, 1, 1, 0, 0, 0, time.UTC)
	ev := &Evidence{Type: TypeTDX, Report: clone(tdxtestdata.RawQuote)}
	v, err := Verify(ev, AMDRoots(), when)
	if err != nil {
		t.Fatalf("Intel's production quote does not verify: %v", err)
	}
	if len(v.Measurement) != 48 || len(v.ReportData) != 64 {
		t.Fatalf("MRTD %d bytes, report data %d bytes", len(v.Measurement), len(v.ReportData))
	}
	p := &Policy{Now: func() time.Time { return when }}
	if _, err := p.Check(ev, Binding{JobID: 1}); !errors.Is(err, ErrMeasurement) {
		t.Fatalf("unpinned MRTD: %v", err)
	}
	p.TDXMrTd = [][]byte{v.Measurement}
	if _, err := p.Check(ev, Binding{JobID: 1}); !errors.Is(err, ErrReportData) {
		t.Fatalf("report data of another binding: %v", err)
	}
	bad := &Evidence{Type: TypeTDX, Report: clone(tdxtestdata.RawQuote)}
	bad.Report[200] ^= 1 // inside the TD quote body (MRTD)
	if _, err := p.Check(bad, Binding{JobID: 1}); !errors.Is(err, ErrSignature) {
		t.Fatalf("tampered quote: %v", err)
	}
	if _, err := Verify(ev, AMDRoots(), when.AddDate(10, 0, 0)); !errors.Is(err, ErrSignature) {
		t.Fatalf("expired chain: %v", err)
	}
}

// TestPlatformForTheSeam: a sim platform's evidence, given the enclave key,
// passes a check of the report data the transport's challenge computes, and
// fails one for another challenge.
func TestPlatformForTheSeam(t *testing.T) {
	f := newFixture(t)
	p := SimPlatform{SimAttester{Sim: f.sim, Measurement: measurement}}
	_, key, _ := NewEnclaveKey()
	challenge := func(k []byte) [64]byte { return sha512.Sum512(append([]byte("challenge 1"), k...)) }
	raw, err := p.Report(context.Background(), challenge(key))
	if err != nil {
		t.Fatal(err)
	}
	withKey, err := WithKey(raw, key)
	if err != nil {
		t.Fatal(err)
	}
	ev, _ := DecodeEvidence(withKey)
	if _, err := f.policy.CheckReportData(ev, challenge); err != nil {
		t.Fatal(err)
	}
	other := func(k []byte) [64]byte { return sha512.Sum512(append([]byte("challenge 2"), k...)) }
	if _, err := f.policy.CheckReportData(ev, other); !errors.Is(err, ErrReportData) {
		t.Fatalf("another challenge: %v", err)
	}
}
