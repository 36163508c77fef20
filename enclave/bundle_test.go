package enclave

import (
	"bytes"
	"crypto/sha512"
	"errors"
	"testing"
	"time"

	"github.com/veil-market/veil/attest"
)

func signedBundle(t testing.TB) (*Bundle, *attest.Policy, *attest.Sim) {
	t.Helper()
	now := time.Now()
	sim, err := attest.NewSim(now.Add(-time.Hour), attest.SimTCB)
	if err != nil {
		t.Fatal(err)
	}
	m := sha512.Sum384([]byte("image"))
	_, key, err := attest.NewEnclaveKey()
	if err != nil {
		t.Fatal(err)
	}
	nonces := [][attest.NonceSize]byte{{1}, {2}, {3}}
	ev, err := sim.Attest(m, attest.Binding{JobID: 5, Nonces: nonces, EnclaveKey: key}.ReportData(), key)
	if err != nil {
		t.Fatal(err)
	}
	evb, _ := ev.Encode()
	rel, _ := EncodePayload(samplePayload())
	b := &Bundle{JobID: 5, Nonces: nonces, Evidence: evb, ModuleSHA256: [32]byte{9}, TaskSHA256: [32]byte{8}, Releases: rel}
	p := &attest.Policy{Measurements: [][]byte{m[:]}, MinimumTCB: attest.SimTCB, AllowSim: true, SimRoots: sim.Roots()}
	return b, p, sim
}

// TestResultWhoseReportDoesNotVerifyIsRefused: the buyer's check of a result
// refuses a report that does not bind the bundle's nonces, a tampered
// report, another job's, module's or task's result, and sim off the devnet.
func TestResultWhoseReportDoesNotVerifyIsRefused(t *testing.T) {
	b, p, _ := signedBundle(t)
	v, err := b.Verify(p, 5, [32]byte{9}, [32]byte{8})
	if err != nil {
		t.Fatal(err)
	}
	if v.Type != attest.TypeSim || v.Owners != 3 || len(v.Releases) != 2 {
		t.Fatalf("verified %+v", v)
	}
	if h, _ := b.Hash(); h != v.Hash {
		t.Fatal("hash differs")
	}
	other := *b
	other.Nonces = [][attest.NonceSize]byte{{1}, {2}, {4}}
	tampered := *b
	ev, _ := attest.DecodeEvidence(b.Evidence)
	ev.Report[0x60] ^= 1
	tampered.Evidence, _ = ev.Encode()
	noSim := *p
	noSim.AllowSim = false
	cases := []struct {
		name string
		b    *Bundle
		p    *attest.Policy
		job  uint64
		mod  [32]byte
		err  error
	}{
		{"other nonces", &other, p, 5, [32]byte{9}, attest.ErrReportData},
		{"tampered report", &tampered, p, 5, [32]byte{9}, attest.ErrSignature},
		{"sim refused", b, &noSim, 5, [32]byte{9}, attest.ErrSimRefused},
		{"other job", b, p, 6, [32]byte{9}, nil},
		{"other module", b, p, 5, [32]byte{7}, nil},
	}
	for _, c := range cases {
		_, err := c.b.Verify(c.p, c.job, c.mod, [32]byte{8})
		if err == nil || (c.err != nil && !errors.Is(err, c.err)) {
			t.Errorf("%s: %v, want %v", c.name, err, c.err)
		}
	}
}

func FuzzDecodeBundle(f *testing.F) {
	b, _, _ := signedBundle(f)
	enc, _ := b.Encode()
	f.Add(enc)
	f.Fuzz(func(t *testing.T, p []byte) {
		b, err := DecodeBundle(p)
		if err != nil {
			if !errors.Is(err, ErrBundle) {
				t.Fatal(err)
			}
			return
		}
		again, err := b.Encode()
		if err != nil || !bytes.Equal(again, p) {
			t.Fatal("accepted bundle does not re-encode to itself")
		}
	})
}
