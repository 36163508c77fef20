package attest

import (
	"fmt"
	"time"

	tdxabi "github.com/google/go-tdx-guest/abi"
	tdxpb "github.com/google/go-tdx-guest/proto/tdx"
	tdxvalidate "github.com/google/go-tdx-guest/validate"
	tdxverify "github.com/google/go-tdx-guest/verify"
)

// verifyTDX checks a TDX quote's signature, its QE report and PCK chain up
// to Intel's root (or roots.TDX), offline: without Intel's collateral (TCB
// info, QE identity, CRLs), which a deployment fetches from Intel's PCS, the
// platform's TCB status is not judged here (docs/tee.md).
func verifyTDX(ev *Evidence, roots Roots, now time.Time) (*Verified, error) {
	if len(ev.Certs) != 0 {
		return nil, fmt.Errorf("%w: a TDX quote carries its own chain", ErrEvidence)
	}
	opts := &tdxverify.Options{Now: now, TrustedRoots: roots.TDX}
	if err := tdxverify.RawTdxQuote(ev.Report, opts); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSignature, err)
	}
	q, err := tdxabi.QuoteToProto(ev.Report)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrEvidence, err)
	}
	v4, ok := q.(*tdxpb.QuoteV4)
	if !ok {
		return nil, fmt.Errorf("%w: TDX quote is not version 4", ErrEvidence)
	}
	body := v4.GetTdQuoteBody()
	return &Verified{Type: TypeTDX, Measurement: body.GetMrTd(), ReportData: body.GetReportData(),
		EnclaveKey: clone(ev.EnclaveKey), tdx: v4}, nil
}

// tdDebug is TD_ATTRIBUTES bit 0: the TD is debuggable (its memory readable
// by the host).
const tdDebug = 1

// validateTDX refuses a debuggable TD and a TEE_TCB_SVN below the policy's.
func (p *Policy) validateTDX(v *Verified) error {
	if a := v.tdx.GetTdQuoteBody().GetTdAttributes(); len(a) > 0 && a[0]&tdDebug != 0 {
		return fmt.Errorf("%w: the TD is debuggable", ErrTCB)
	}
	opts := &tdxvalidate.Options{TdQuoteBodyOptions: tdxvalidate.TdQuoteBodyOptions{MinimumTeeTcbSvn: p.TDXMinimumTeeTcbSvn}}
	if err := tdxvalidate.TdxQuote(v.tdx, opts); err != nil {
		return fmt.Errorf("%w: %v", ErrTCB, err)
	}
	return nil
}
