package ipfs

import (
	"context"
	"fmt"
	"io"

	"github.com/ipfs/go-cid"
)

// BlockSource returns the raw bytes of one block, unverified. Sources are
// untrusted: Fetch checks every block against its CID.
type BlockSource interface {
	Block(ctx context.Context, c cid.Cid) ([]byte, error)
}

// maxDepth bounds the DAG's height. Profile needs depth 5 for 2^50 bytes
// (174^4 leaves of 256 KiB is about 2^44 bytes, one level more covers any
// file that fits on a disk).
const maxDepth = 8

// prefetch is how many sibling blocks are requested ahead of the one being
// written, so a remote gateway's round trips overlap.
const prefetch = 8

// Fetch writes the file whose UnixFS DAG has root to dst, asking src for one
// block at a time and verifying each against its CID before decoding it. It
// refuses a file larger than limit bytes before writing anything of it. It
// returns the number of bytes written.
func Fetch(ctx context.Context, src BlockSource, root cid.Cid, dst io.Writer, limit int64) (int64, error) {
	block, err := getVerified(ctx, src, root)
	if err != nil {
		return 0, err
	}
	n, err := decodeFileNode(block)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", root, err)
	}
	if limit < 0 || n.fileSize > uint64(limit) {
		return 0, fmt.Errorf("%w: %s holds %d bytes, at most %d allowed", ErrTooLarge, root, n.fileSize, limit)
	}
	w := &countingWriter{w: dst}
	err = (&walker{ctx: ctx, src: src, dst: w}).write(root, n, 0)
	return w.n, err
}

// Stat returns the file size the root block of a DAG declares.
func Stat(ctx context.Context, src BlockSource, root cid.Cid) (int64, error) {
	block, err := getVerified(ctx, src, root)
	if err != nil {
		return 0, err
	}
	n, err := decodeFileNode(block)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", root, err)
	}
	if n.fileSize > 1<<62 {
		return 0, fmt.Errorf("%w: %s declares %d bytes", ErrTooLarge, root, n.fileSize)
	}
	return int64(n.fileSize), nil
}

func getVerified(ctx context.Context, src BlockSource, c cid.Cid) ([]byte, error) {
	if err := checkCID(c); err != nil {
		return nil, err
	}
	block, err := src.Block(ctx, c)
	if err != nil {
		return nil, err
	}
	if err := verifyBlock(c, block); err != nil {
		return nil, err
	}
	return block, nil
}

type walker struct {
	ctx context.Context
	src BlockSource
	dst io.Writer
}

// write writes node n (already verified and decoded) and, depth first, its
// children, each of which must declare exactly the size n gives it.
func (w *walker) write(c cid.Cid, n *fileNode, depth int) error {
	if len(n.links) > 0 && depth+1 >= maxDepth {
		return fmt.Errorf("%w: %s: deeper than %d levels", ErrMalformedDAG, c, maxDepth)
	}
	if _, err := w.dst.Write(n.data); err != nil {
		return fmt.Errorf("ipfs: writing %s: %w", c, err)
	}
	ctx, cancel := context.WithCancel(w.ctx)
	defer cancel()
	children, slots := w.fetchAhead(ctx, n.links)
	for i, child := range n.links {
		r := <-children[i]
		<-slots // one more block may be requested
		if r.err != nil {
			return r.err
		}
		cn, err := decodeFileNode(r.block)
		if err != nil {
			return fmt.Errorf("%s: %w", child, err)
		}
		if cn.fileSize != n.sizes[i] {
			return fmt.Errorf("%w: %s declares %d bytes, its parent %s says %d", ErrMalformedDAG, child, cn.fileSize, c, n.sizes[i])
		}
		if err := w.write(child, cn, depth+1); err != nil {
			return err
		}
	}
	return nil
}

type fetched struct {
	block []byte
	err   error
}

// fetchAhead starts fetching links in order; the i-th channel delivers the
// i-th verified block. At most prefetch blocks are held or in flight: the
// caller takes one value from slots for each block it has consumed.
func (w *walker) fetchAhead(ctx context.Context, links []cid.Cid) ([]chan fetched, chan struct{}) {
	out := make([]chan fetched, len(links))
	for i := range out {
		out[i] = make(chan fetched, 1)
	}
	slots := make(chan struct{}, prefetch)
	go func() {
		for i, c := range links {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				out[i] <- fetched{err: ctx.Err()}
				continue
			}
			go func() {
				b, err := getVerified(ctx, w.src, c)
				out[i] <- fetched{b, err}
			}()
		}
	}()
	return out, slots
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
