package seal

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"hash"
	"io"

	"filippo.io/age"

	"github.com/veil-market/veil/internal/fsutil"
)

// plainPerm: decrypted datasets are readable by their owner only.
const plainPerm = 0o600

// Open checks that the blob p names in st is exactly the ciphertext p commits
// to (SHA-256 and size, compared in constant time) and only then decrypts it
// with id into dst. A mismatch is ErrDigestMismatch with nothing written; a
// wrong identity is ErrWrongIdentity; age's own authentication failures are
// ErrCorruptBlob.
//
// The ciphertext is hashed again while it is decrypted; if it changed between
// the two reads Open returns ErrDigestMismatch after the fact. Whenever Open
// fails after the first check, dst may hold a prefix of the plaintext: use
// OpenFile for all-or-nothing output.
func Open(ctx context.Context, st Store, p Pointer, id age.Identity, dst io.Writer) error {
	if st == nil || id == nil {
		return errors.New("seal: Open needs a store and an identity")
	}
	blob, err := st.Open(ctx, p.URI)
	if err != nil {
		return fmt.Errorf("seal: open: %w", err)
	}
	defer func() { blob.Close() }()
	if err := verifyBlob(ctx, blob, p); err != nil {
		return err
	}
	if blob, err = rewind(ctx, st, p.URI, blob); err != nil {
		return err
	}
	return decryptBlob(ctx, blob, p, id, dst)
}

// OpenFile is Open into the file outPath, written atomically: on any failure
// no file is created and an existing file at outPath is left untouched. The
// file is created with mode 0600.
func OpenFile(ctx context.Context, st Store, p Pointer, id age.Identity, outPath string) error {
	f, err := fsutil.Create(outPath, plainPerm)
	if err != nil {
		return fmt.Errorf("seal: open %s into %s: %w", p.URI, outPath, err)
	}
	defer f.Abort()
	if err := Open(ctx, st, p, id, f); err != nil {
		return err
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("seal: open %s into %s: %w", p.URI, outPath, err)
	}
	return nil
}

// verifyBlob hashes the whole blob (reading at most one byte past the
// pointer's size) and compares it with p.
func verifyBlob(ctx context.Context, blob io.Reader, p Pointer) error {
	if p.Size < 0 {
		return fmt.Errorf("%w: %s: pointer size %d is negative", ErrDigestMismatch, p.URI, p.Size)
	}
	h := sha256.New()
	src := &ctxReader{ctx: ctx, r: io.LimitReader(blob, p.Size+1)}
	n, err := io.CopyBuffer(h, src, make([]byte, copyBufSize))
	if err != nil {
		return fmt.Errorf("seal: read %s: %w", p.URI, err)
	}
	return compareDigest(p, h, n, "")
}

func compareDigest(p Pointer, h hash.Hash, n int64, when string) error {
	var sum [32]byte
	h.Sum(sum[:0])
	sameSum := subtle.ConstantTimeCompare(sum[:], p.SHA256[:]) == 1
	if sameSum && n == p.Size {
		return nil
	}
	return fmt.Errorf("%w%s: %s holds %d bytes with SHA-256 %x, pointer says %d bytes with %x",
		ErrDigestMismatch, when, p.URI, n, sum, p.Size, p.SHA256)
}

// rewind returns a reader at the start of the blob: the same file when the
// store gave a seekable one, a fresh Open otherwise.
func rewind(ctx context.Context, st Store, uri string, blob io.ReadCloser) (io.ReadCloser, error) {
	if s, ok := blob.(io.Seeker); ok {
		if _, err := s.Seek(0, io.SeekStart); err != nil {
			return blob, fmt.Errorf("seal: rewind %s: %w", uri, err)
		}
		return blob, nil
	}
	blob.Close()
	again, err := st.Open(ctx, uri)
	if err != nil {
		return nopCloser{}, fmt.Errorf("seal: reopen %s: %w", uri, err)
	}
	return again, nil
}

type nopCloser struct{ io.Reader }

func (nopCloser) Close() error { return nil }

// decryptBlob decrypts the verified blob into dst, hashing it once more.
func decryptBlob(ctx context.Context, blob io.Reader, p Pointer, id age.Identity, dst io.Writer) error {
	h := sha256.New()
	src := &ctxReader{ctx: ctx, r: io.TeeReader(blob, h)}
	counted := &countingReader{r: src}
	plain, err := age.Decrypt(counted, id)
	if err != nil {
		return classifyDecryptError(p.URI, src, err)
	}
	out := &recordingWriter{w: dst}
	if _, err := io.CopyBuffer(out, plain, make([]byte, copyBufSize)); err != nil {
		if out.err != nil {
			return fmt.Errorf("seal: write plaintext of %s: %w", p.URI, out.err)
		}
		return classifyDecryptError(p.URI, src, err)
	}
	return compareDigest(p, h, counted.n, " (blob changed while it was decrypted)")
}

func classifyDecryptError(uri string, src *ctxReader, err error) error {
	var noMatch *age.NoIdentityMatchError
	switch {
	case src.err != nil:
		return fmt.Errorf("seal: read %s: %w", uri, src.err)
	case errors.As(err, &noMatch):
		return fmt.Errorf("%w: %s: %w", ErrWrongIdentity, uri, err)
	default:
		return fmt.Errorf("%w: %s: %w", ErrCorruptBlob, uri, err)
	}
}

// recordingWriter remembers dst's own failure, to tell it from age's.
type recordingWriter struct {
	w   io.Writer
	err error
}

func (r *recordingWriter) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	if err != nil {
		r.err = err
	}
	return n, err
}
