package ipfs

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"

	"github.com/ipfs/go-cid"
)

// Client speaks the few endpoints of kubo's HTTP RPC API that Veil needs:
// add, block/get, pin/rm and version. docs/ipfs.md explains why this is
// written here rather than taken from kubo's client/rpc.
type Client struct {
	base string
	hc   *http.Client
}

// NewClient returns a client of the kubo RPC API at api (http://HOST:PORT or
// a multiaddr such as /ip4/127.0.0.1/tcp/5001). hc nil means
// http.DefaultClient.
func NewClient(api string, hc *http.Client) (*Client, error) {
	base, err := parseEndpoint("RPC API", api)
	if err != nil {
		return nil, err
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{base: base, hc: hc}, nil
}

// addParams pins every import choice `ipfs add` would otherwise take from
// the node's config (Import.*), so that the node computes Profile whatever
// its defaults are.
var addParams = url.Values{
	"cid-version":    {"0"},
	"hash":           {"sha2-256"},
	"chunker":        {fmt.Sprintf("size-%d", ChunkSize)},
	"raw-leaves":     {"false"},
	"max-file-links": {fmt.Sprint(MaxLinks)},
	"trickle":        {"false"},
	"inline":         {"false"},
	"pin":            {"true"},
	"progress":       {"false"},
}

// addName is the file name sent with add; it is not part of the CID.
const addName = "blob"

// Add uploads r as one file with Profile's parameters, pins it, and returns
// the CID the node computed.
func (c *Client) Add(ctx context.Context, r io.Reader) (cid.Cid, error) {
	body, w := io.Pipe()
	mw := multipart.NewWriter(w)
	go func() { w.CloseWithError(writeFilePart(mw, r)) }()
	defer body.Close()
	resp, err := c.post(ctx, "add", addParams, body, mw.FormDataContentType())
	if err != nil {
		return cid.Undef, err
	}
	defer resp.Body.Close()
	ev, err := decodeAddEvents(resp.Body, addName)
	if err != nil {
		return cid.Undef, err
	}
	if err := streamError(resp); err != nil {
		return cid.Undef, err
	}
	got, err := cid.Decode(ev.Hash)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: add returned %q: %v", ErrRPC, printable(ev.Hash), err)
	}
	return got, nil
}

func writeFilePart(mw *multipart.Writer, r io.Reader) error {
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="file"; filename="`+addName+`"`)
	h.Set("Content-Type", "application/octet-stream")
	part, err := mw.CreatePart(h)
	if err != nil {
		return err
	}
	if _, err := io.CopyBuffer(part, r, make([]byte, ChunkSize)); err != nil {
		return err
	}
	return mw.Close()
}

// Block returns the raw bytes of block k from the node (unverified; Fetch
// verifies). It implements BlockSource.
func (c *Client) Block(ctx context.Context, k cid.Cid) ([]byte, error) {
	resp, err := c.post(ctx, "block/get", url.Values{"arg": {k.String()}}, nil, "")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return readBlockBody(resp, k)
}

// Unpin removes the node's recursive pin on k.
func (c *Client) Unpin(ctx context.Context, k cid.Cid) error {
	resp, err := c.post(ctx, "pin/rm", url.Values{"arg": {k.String()}}, nil, "")
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

// Version returns the node's kubo version, to check that the API answers.
func (c *Client) Version(ctx context.Context) (string, error) {
	resp, err := c.post(ctx, "version", nil, nil, "")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var v struct{ Version string }
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxEventLine)).Decode(&v); err != nil {
		return "", fmt.Errorf("%w: version: %v", ErrRPC, err)
	}
	return printable(v.Version), nil
}

// post calls /api/v0/<cmd> and returns a 200 response; any other status is
// an error carrying the node's message.
func (c *Client) post(ctx context.Context, cmd string, q url.Values, body io.Reader, contentType string) (*http.Response, error) {
	u := c.base + "/api/v0/" + cmd
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, body)
	if err != nil {
		return nil, fmt.Errorf("ipfs: %s: %w", cmd, err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("ipfs: kubo RPC API at %s: %s: %w", c.base, cmd, err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
		return nil, fmt.Errorf("%w: kubo %s: %s (HTTP %d)", ErrRPC, cmd, decodeErrorBody(msg), resp.StatusCode)
	}
	return resp, nil
}

// readBlockBody reads at most MaxBlockSize bytes of a block response and
// checks the stream's error trailer.
func readBlockBody(resp *http.Response, k cid.Cid) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxBlockSize+1))
	if err != nil {
		return nil, fmt.Errorf("ipfs: reading block %s: %w", k, err)
	}
	if len(b) > MaxBlockSize {
		return nil, fmt.Errorf("%w: block %s is over %d bytes", ErrTooLarge, k, MaxBlockSize)
	}
	if err := streamError(resp); err != nil {
		return nil, fmt.Errorf("block %s: %w", k, err)
	}
	return b, nil
}

// streamError reports an error the server sent in the X-Stream-Error
// trailer after the body (read the body to EOF first).
func streamError(resp *http.Response) error {
	if e := resp.Trailer.Get("X-Stream-Error"); e != "" {
		return fmt.Errorf("%w: %s", ErrRPC, printable(e))
	}
	return nil
}
