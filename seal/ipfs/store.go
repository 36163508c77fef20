package ipfs

import (
	"bufio"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/ipfs/go-cid"

	"github.com/veil-market/veil/seal"
)

// Options configure a Store. The zero value of every field but API or
// Gateway has a sensible default.
type Options struct {
	// API is the kubo RPC API (http://127.0.0.1:5001 or
	// /ip4/127.0.0.1/tcp/5001). Put needs it; reads use it when Gateway is
	// empty.
	API string
	// Gateway is a trustless gateway to read blocks from instead of the API.
	Gateway string
	// TempDir is where Open downloads blobs (default os.TempDir()). Downloads
	// are unlinked at once, so nothing is left behind.
	TempDir string
	// MaxBlob caps the size of a blob Open downloads (default 64 GiB).
	MaxBlob int64
	// HTTPClient is used for every request (default http.DefaultClient).
	HTTPClient *http.Client
}

// DefaultMaxBlob is Options.MaxBlob's default.
const DefaultMaxBlob = 64 << 30

// Store keeps sealed blobs on IPFS under ipfs://<CIDv0> URIs.
type Store struct {
	api *Client     // nil: read-only
	src BlockSource // where Open reads blocks
	tmp string
	max int64
}

var (
	_ seal.Store   = (*Store)(nil)
	_ seal.Sizer   = (*Store)(nil)
	_ seal.Remover = (*Store)(nil)
)

// ErrNoAPI: Put needs a kubo RPC API and none is configured.
var ErrNoAPI = errors.New("ipfs: no kubo RPC API configured (pass --ipfs http://127.0.0.1:5001)")

// NewStore returns a Store; at least one of o.API and o.Gateway is needed.
func NewStore(o Options) (*Store, error) {
	s := &Store{tmp: o.TempDir, max: o.MaxBlob}
	if s.max <= 0 {
		s.max = DefaultMaxBlob
	}
	if o.API != "" {
		c, err := NewClient(o.API, o.HTTPClient)
		if err != nil {
			return nil, err
		}
		s.api, s.src = c, c
	}
	if o.Gateway != "" {
		g, err := NewGateway(o.Gateway, o.HTTPClient)
		if err != nil {
			return nil, err
		}
		s.src = g
	}
	if s.src == nil {
		return nil, errors.New("ipfs: store needs a kubo RPC API or a gateway")
	}
	return s, nil
}

// API is the kubo client, nil when the store only reads from a gateway.
func (s *Store) API() *Client { return s.api }

// Put streams src to the kubo node while computing, from the same bytes,
// its SHA-256 and its CID under Profile. If the node reports another CID
// than the one computed here, the blob is unpinned again and Put fails with
// ErrCIDMismatch: the URI must be what `ipfs add` reproduces.
func (s *Store) Put(ctx context.Context, src io.Reader) (seal.Pointer, error) {
	if s.api == nil {
		return seal.Pointer{}, ErrNoAPI
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	upload, toNode := io.Pipe()
	added := make(chan addResult, 1)
	go func() {
		c, err := s.api.Add(ctx, upload)
		upload.CloseWithError(errNodeStopped) // unblock the importer if the node quit early
		added <- addResult{c, err}
	}()
	h := sha256.New()
	root, n, err := Import(ctx, io.TeeReader(src, io.MultiWriter(h, toNode)), nil)
	toNode.CloseWithError(err) // nil: the node reads EOF
	res := <-added
	if res.err == nil && (err != nil || !res.cid.Equals(root)) {
		// The node pinned something that is not this blob (a truncated
		// upload, another profile): take it back.
		_ = s.api.Unpin(context.WithoutCancel(ctx), res.cid)
	}
	switch {
	case err != nil && !errors.Is(err, errNodeStopped): // the source failed
		return seal.Pointer{}, fmt.Errorf("ipfs: put: %w", err)
	case res.err != nil:
		return seal.Pointer{}, fmt.Errorf("ipfs: put: %w", res.err)
	case err != nil:
		return seal.Pointer{}, fmt.Errorf("ipfs: put: %w", err)
	}
	if !res.cid.Equals(root) {
		return seal.Pointer{}, fmt.Errorf("%w: the node stored %s, %s gives %s (is the node's Import config forcing another profile?)",
			ErrCIDMismatch, res.cid, Profile, root)
	}
	p := seal.Pointer{URI: URI(root), Size: n}
	h.Sum(p.SHA256[:0])
	return p, nil
}

var errNodeStopped = errors.New("ipfs: the kubo node stopped reading the upload")

type addResult struct {
	cid cid.Cid
	err error
}

// Open downloads the blob, verifying every block against its CID, into an
// unlinked temporary file and returns it at offset 0. The file is seekable,
// so seal.Open hashes and decrypts the same bytes without fetching twice.
func (s *Store) Open(ctx context.Context, uri string) (io.ReadCloser, error) {
	root, err := ParseURI(uri)
	if err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(s.tmp, "veil-ipfs-*")
	if err != nil {
		return nil, fmt.Errorf("ipfs: open %s: %w", uri, err)
	}
	os.Remove(f.Name()) // the open descriptor keeps the data; a crash leaves nothing
	if err := s.download(ctx, root, f); err != nil {
		f.Close()
		return nil, fmt.Errorf("ipfs: open %s: %w", uri, err)
	}
	return f, nil
}

func (s *Store) download(ctx context.Context, root cid.Cid, f *os.File) error {
	w := bufio.NewWriterSize(f, ChunkSize)
	if _, err := Fetch(ctx, s.src, root, w, s.max); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	_, err := f.Seek(0, io.SeekStart)
	return err
}

// Size returns the file size the blob's root block declares.
func (s *Store) Size(ctx context.Context, uri string) (int64, error) {
	root, err := ParseURI(uri)
	if err != nil {
		return 0, err
	}
	n, err := Stat(ctx, s.src, root)
	if err != nil {
		return 0, fmt.Errorf("ipfs: %s: %w", uri, err)
	}
	return n, nil
}

// LocalPath: an IPFS store keeps no file of its own.
func (s *Store) LocalPath(uri string) (string, error) {
	return "", fmt.Errorf("%w: %s is on IPFS (fetch it with `ipfs get` or any gateway)", seal.ErrNoLocalPath, uri)
}

// Remove unpins the blob from the kubo node (its blocks go at the node's next
// garbage collection).
func (s *Store) Remove(ctx context.Context, uri string) error {
	root, err := ParseURI(uri)
	if err != nil {
		return err
	}
	if s.api == nil {
		return ErrNoAPI
	}
	return s.api.Unpin(ctx, root)
}
