package attest

import (
	"testing"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/verify"
)

// BenchmarkCheck is what an owner's daemon runs per job: decode, verify,
// validate (docs/benchmarks.md puts it beside BenchmarkBareSevGuestVerify).
func BenchmarkCheck(b *testing.B) {
	f := newFixture(b)
	enc, _ := f.ev.Encode()
	b.ResetTimer()
	for b.Loop() {
		ev, err := DecodeEvidence(enc)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := f.policy.Check(ev, f.binding); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBareSevGuestVerify is go-sev-guest's own verification of the
// same evidence, the baseline: parse and verify.SnpAttestation.
func BenchmarkBareSevGuestVerify(b *testing.B) {
	f := newFixture(b)
	roots := f.sim.Roots()
	raw := append(clone(f.ev.Report), f.ev.Certs...)
	b.ResetTimer()
	for b.Loop() {
		att, err := abi.ReportCertsToProto(raw)
		if err != nil {
			b.Fatal(err)
		}
		if err := verify.SnpAttestation(att, &verify.Options{DisableCertFetching: true, Now: now, TrustedRoots: roots.SNP, Product: roots.Product}); err != nil {
			b.Fatal(err)
		}
	}
}
