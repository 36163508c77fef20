package attest

import (
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/kds"
	"github.com/google/go-sev-guest/validate"
)

// DevnetChainID is the embedded dev chain's id: the one chain where a `sim`
// report is accepted without the owner asking for it.
const DevnetChainID = 1337

// Validation errors, each a reason to refuse before any key moves.
var (
	ErrSimRefused  = errors.New("attest: sim attestation refused (not the devnet, and not enabled)")
	ErrMeasurement = errors.New("attest: launch measurement is not one the policy pins")
	ErrReportData  = errors.New("attest: report data does not bind this job, the owners' nonces and the enclave key")
	ErrTCB         = errors.New("attest: TCB, firmware or guest policy below the policy's minimum")
)

// Policy is what an owner (or the buyer) accepts.
type Policy struct {
	// Measurements are the accepted SEV-SNP launch measurements (48 bytes
	// each), computed from the project's reproducible image. Never from the
	// node's own claim.
	Measurements [][]byte
	// MinimumTCB is the lowest acceptable reported TCB, per component.
	MinimumTCB kds.TCBParts
	// TDXMrTd are the accepted TDX MRTD values (48 bytes each), from the
	// same reproducible image; TDXMinimumTeeTcbSvn the lowest TEE_TCB_SVN
	// (16 bytes, component-wise; nil: not checked).
	TDXMrTd             [][]byte
	TDXMinimumTeeTcbSvn []byte
	// AllowSim accepts `sim` evidence (see SimAllowed).
	AllowSim bool
	// Now is the verification time (time.Now when nil).
	Now func() time.Time
	// SimRoots verify `sim` evidence (SimRoots when zero).
	SimRoots Roots
}

// SimAllowed is the rule for AllowSim: the devnet, or the owner said so.
func SimAllowed(chainID uint64, explicit bool) bool { return chainID == DevnetChainID || explicit }

// Check verifies then validates evidence for binding: the only way an
// owner's daemon decides to release a key.
func (p *Policy) Check(ev *Evidence, want Binding) (*Verified, error) {
	return p.CheckReportData(ev, func(key []byte) [64]byte {
		want.EnclaveKey = key
		return want.ReportData()
	})
}

// CheckReportData is Check for any binding: want computes the report data
// the evidence must carry from the enclave key it presents (for the
// transport's attestation handshake, engine.Challenge.ReportData).
func (p *Policy) CheckReportData(ev *Evidence, want func(enclaveKey []byte) [64]byte) (*Verified, error) {
	roots, err := p.roots(ev.Type)
	if err != nil {
		return nil, err
	}
	v, err := Verify(ev, roots, p.now())
	if err != nil {
		return nil, err
	}
	return v, p.validate(v, want(v.EnclaveKey))
}

func (p *Policy) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Policy) roots(typ string) (Roots, error) {
	switch typ {
	case TypeSEVSNP, TypeTDX:
		return AMDRoots(), nil
	case TypeSim:
		if !p.AllowSim {
			return Roots{}, ErrSimRefused
		}
		if p.SimRoots.SNP != nil {
			return p.SimRoots, nil
		}
		return SimRoots(p.now().Add(-24 * time.Hour))
	}
	return Roots{}, fmt.Errorf("%w: unknown type %q", ErrEvidence, typ)
}

// Validate judges a verified report: type allowed, measurement pinned,
// report data binding want (with the enclave key the evidence carried), TCB
// and guest policy at least the minimum.
func (p *Policy) Validate(v *Verified, want Binding) error {
	want.EnclaveKey = v.EnclaveKey
	return p.validate(v, want.ReportData())
}

func (p *Policy) validate(v *Verified, rd [64]byte) error {
	if v.Type == TypeSim && !p.AllowSim {
		return ErrSimRefused
	}
	pins := p.Measurements
	if v.Type == TypeTDX {
		pins = p.TDXMrTd
	}
	if !pinned(pins, v.Measurement) {
		return fmt.Errorf("%w: %s", ErrMeasurement, hex.EncodeToString(v.Measurement))
	}
	if subtle.ConstantTimeCompare(rd[:], v.ReportData) != 1 {
		return ErrReportData
	}
	if v.Type == TypeTDX {
		return p.validateTDX(v)
	}
	opts := &validate.Options{GuestPolicy: abi.SnpPolicy{SMT: true}, MinimumTCB: p.MinimumTCB, MinimumLaunchTCB: p.MinimumTCB}
	if err := validate.SnpAttestation(v.snp, opts); err != nil {
		return fmt.Errorf("%w: %v", ErrTCB, err)
	}
	return nil
}

func pinned(pins [][]byte, m []byte) bool {
	for _, want := range pins {
		if len(want) == len(m) && subtle.ConstantTimeCompare(want, m) == 1 {
			return true
		}
	}
	return false
}
