package seal

import (
	"context"
	"io"
)

// Store keeps sealed blobs under content-derived URIs. Implementations are
// untrusted for integrity (Open re-checks every digest) but must be honest
// about what they were given: Put reads src to EOF, stores exactly those
// bytes and returns their SHA-256 and length with the URI.
type Store interface {
	// Put stores the stream and returns its pointer. Putting the same bytes
	// twice returns the same pointer. On error nothing new is visible.
	Put(ctx context.Context, src io.Reader) (Pointer, error)
	// Open returns the stored bytes under uri, unverified. A missing blob is
	// reported with ErrBlobNotFound.
	Open(ctx context.Context, uri string) (io.ReadCloser, error)
	// LocalPath returns the file holding the blob, for tools such as
	// `age -d` and `sha256sum`, or ErrNoLocalPath when the store keeps none.
	LocalPath(uri string) (string, error)
}

// ctxReader stops a stream once its context is done, and remembers the
// source's own failure so callers can tell it from a decryption error.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
	err error
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		c.err = err
		return 0, err
	}
	n, err := c.r.Read(p)
	if err != nil && err != io.EOF {
		c.err = err
	}
	return n, err
}

// Sizer is a Store that can tell a blob's size without a local file (an
// IPFS DAG declares it in its root block).
type Sizer interface {
	Size(ctx context.Context, uri string) (int64, error)
}

// Remover is a Store that can drop a blob it was given, used to undo a
// publication the chain refused.
type Remover interface {
	Remove(ctx context.Context, uri string) error
}
