package wire

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
)

// ErrBlobMismatch means an upload's bytes are not the size or SHA-256 its
// request declared.
var ErrBlobMismatch = errors.New("wire: uploaded blob does not match its declared size and SHA-256")

// blobReader is an upload's data as a stream: it reads blob chunks off the
// stream one at a time (never holding more than one chunk), checks their
// sequence and sizes as the inbox does, hashes them, and ends with io.EOF only
// if the bytes are exactly the declared size and SHA-256.
type blobReader struct {
	c    *conn
	up   Upload
	next uint32
	got  uint64
	last bool // the last chunk has been taken
	sum  hash.Hash
	f    *Frame // the chunk being read out
	rest []byte // what is left of f's payload
	err  error  // sticky
}

func newBlobReader(c *conn, up Upload) *blobReader {
	return &blobReader{c: c, up: up, sum: sha256.New()}
}

func (r *blobReader) Read(p []byte) (int, error) {
	for len(r.rest) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		r.err = r.nextChunk()
	}
	n := copy(p, r.rest)
	r.rest = r.rest[n:]
	if len(r.rest) == 0 && r.f != nil {
		r.f.release()
		r.f = nil
	}
	return n, nil
}

// nextChunk takes the next chunk; its error is io.EOF after a last chunk
// that completed the declared bytes.
func (r *blobReader) nextChunk() error {
	if r.last {
		return r.finish()
	}
	f, err := r.c.recv()
	if err != nil {
		return fmt.Errorf("wire: the upload ended after %d of %d bytes: %w", r.got, r.up.Size, err)
	}
	if err := r.check(f); err != nil {
		f.release()
		return err
	}
	r.next++
	r.got += uint64(len(f.Payload))
	hashChunk(r.sum, f.Payload)
	r.f, r.rest, r.last = f, f.Payload, f.Last
	if len(f.Payload) == 0 {
		f.release()
		r.f = nil
	}
	return nil
}

// check enforces the chunking every sender uses (see partial.check).
func (r *blobReader) check(f *Frame) error {
	n, rest := uint64(len(f.Payload)), r.up.Size-r.got
	switch {
	case f.Kind != KindBlob || f.Step != "data":
		return fmt.Errorf("%w: expected blob data", ErrFrame)
	case f.Seq != r.next:
		return fmt.Errorf("wire: upload chunk %d arrived, expected %d", f.Seq, r.next)
	case f.Total != r.up.Size:
		return fmt.Errorf("wire: upload chunk declares %d bytes, the request %d", f.Total, r.up.Size)
	case n > rest:
		return fmt.Errorf("%w: more than %d bytes", ErrBlobMismatch, r.up.Size)
	case f.Last && n != rest:
		return fmt.Errorf("%w: it ended after %d of %d bytes", ErrBlobMismatch, r.got+n, r.up.Size)
	case !f.Last && (n == 0 || (n != MaxChunk && n != rest)):
		return fmt.Errorf("wire: upload chunk %d has %d bytes; chunks before the last must have %d or the rest of the data", f.Seq, n, MaxChunk)
	}
	return nil
}

func (r *blobReader) finish() error {
	if [32]byte(r.sum.Sum(nil)) != r.up.Digest {
		return ErrBlobMismatch
	}
	return io.EOF
}
