package seal

import (
	"context"
	"errors"
	"fmt"
	"io"

	"filippo.io/age"
)

// errStoreStopped unblocks the encrypting goroutine when Put returns early.
var errStoreStopped = errors.New("seal: store stopped reading")

// Seal encrypts src to the recipient with age and streams the ciphertext into
// st, returning the pointer to record on-chain. Memory use is constant (one
// age chunk plus copy buffers) and no plaintext touches the disk. The
// ciphertext is a standard age file; use a dataset identity's Recipient (see
// NewDatasetIdentity) so the file is post-quantum.
//
// Encryption runs in its own goroutine, handing chunks to the store through
// a pipe, so that encrypting and hashing-plus-writing overlap on two cores.
func Seal(ctx context.Context, src io.Reader, to age.Recipient, st Store) (Pointer, error) {
	if to == nil || st == nil {
		return Pointer{}, errors.New("seal: Seal needs a recipient and a store")
	}
	pr, pw := io.Pipe()
	sealed := &ciphertextWriter{ctx: ctx, w: pw}
	encrypted := make(chan error, 1)
	go func() {
		err := encrypt(sealed, src, to)
		pw.CloseWithError(err) // nil: the store reads EOF
		encrypted <- err
	}()
	p, putErr := st.Put(ctx, pr)
	pr.CloseWithError(errStoreStopped)
	encErr := <-encrypted
	switch {
	case encErr != nil && sealed.err == nil: // the source or age failed
		return Pointer{}, encErr
	case putErr != nil:
		return Pointer{}, fmt.Errorf("seal: store ciphertext: %w", putErr)
	case encErr != nil:
		return Pointer{}, fmt.Errorf("seal: store returned before the end of the ciphertext: %w", encErr)
	case p.Size != sealed.n:
		return Pointer{}, fmt.Errorf("seal: store reported %d bytes for %s, %d were sealed", p.Size, p.URI, sealed.n)
	}
	return p, nil
}

// encrypt copies src through age into dst. io.Copy lets a source that
// implements io.WriterTo (bytes.Reader, os.File) skip one copy.
func encrypt(dst io.Writer, src io.Reader, to age.Recipient) error {
	w, err := age.Encrypt(dst, to)
	if err != nil {
		return fmt.Errorf("seal: encrypt: %w", err)
	}
	if _, err := io.CopyBuffer(w, src, make([]byte, copyBufSize)); err != nil {
		return fmt.Errorf("seal: read plaintext: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("seal: encrypt: %w", err)
	}
	return nil
}

// ciphertextWriter feeds the store: it stops once ctx is done, counts what
// it passed on, and remembers its own failure so Seal can tell a store or
// context failure from a source failure.
type ciphertextWriter struct {
	ctx context.Context
	w   io.Writer
	n   int64
	err error
}

func (c *ciphertextWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		c.err = err
		return 0, err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	if err != nil {
		c.err = err
	}
	return n, err
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
