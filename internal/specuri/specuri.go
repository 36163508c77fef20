// Package specuri fetches a job spec published at a URI instead of on-chain.
// The chain holds the spec's SHA-256; the document is accepted only if it
// hashes to it, is at most spec.MaxSize bytes, and arrives within the
// timeout. Only http and https are fetched. A fetcher refuses, by default,
// to connect to loopback, private and link-local addresses (checked on the
// address actually dialled, after DNS): a buyer must not be able to make
// every owner's daemon request its operator's internal services.
package specuri

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"

	"github.com/veil-market/veil/spec"
)

// ErrFetch means a spec could not be fetched or is not the one the chain
// commits to; the error says which.
var ErrFetch = errors.New("specuri: the spec at its URI")

// Fetcher fetches specs. The zero value refuses private addresses and
// times out after 30 s.
type Fetcher struct {
	// AllowPrivate lets the fetcher connect to loopback, private and
	// link-local addresses (a local market, tests).
	AllowPrivate bool
	Timeout      time.Duration
}

// Fetch gets the document at uri and checks it against want (its SHA-256).
func (f Fetcher) Fetch(ctx context.Context, uri string, want [32]byte) ([]byte, error) {
	u, err := url.Parse(uri)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w %q: only http and https URIs are fetched", ErrFetch, uri)
	}
	timeout := f.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	doc, err := f.get(ctx, u.String())
	if err != nil {
		return nil, fmt.Errorf("%w %q: %w", ErrFetch, uri, err)
	}
	if sha256.Sum256(doc) != want {
		return nil, fmt.Errorf("%w %q does not match the SHA-256 on-chain", ErrFetch, uri)
	}
	return doc, nil
}

func (f Fetcher) get(ctx context.Context, uri string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, uri, nil)
	if err != nil {
		return nil, err
	}
	resp, err := f.client().Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP status %d", resp.StatusCode)
	}
	if resp.ContentLength > spec.MaxSize {
		return nil, fmt.Errorf("%d bytes, more than the %d a spec may have", resp.ContentLength, spec.MaxSize)
	}
	doc, err := io.ReadAll(io.LimitReader(resp.Body, spec.MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(doc) > spec.MaxSize {
		return nil, fmt.Errorf("more than the %d bytes a spec may have", spec.MaxSize)
	}
	return doc, nil
}

// client follows at most 3 redirects and dials only addresses it may.
func (f Fetcher) client() *http.Client {
	d := &net.Dialer{Timeout: 10 * time.Second}
	if !f.AllowPrivate {
		d.Control = refusePrivate
	}
	return &http.Client{
		Transport: &http.Transport{DialContext: d.DialContext, Proxy: nil, MaxResponseHeaderBytes: 16 << 10,
			TLSHandshakeTimeout: 10 * time.Second, ResponseHeaderTimeout: 10 * time.Second},
		CheckRedirect: func(_ *http.Request, via []*http.Request) error {
			if len(via) >= 3 {
				return errors.New("more than 3 redirects")
			}
			return nil
		},
	}
}

// ErrPrivateAddress means a spec URI led to an address the fetcher may not dial.
var ErrPrivateAddress = errors.New("specuri: refusing to connect to a loopback, private or link-local address")

// refusePrivate is a dialer's Control: it sees the address about to be
// connected to, after name resolution.
func refusePrivate(_, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() {
		return fmt.Errorf("%w (%s)", ErrPrivateAddress, host)
	}
	return nil
}
