package ipfs

import (
	"context"
	"fmt"
	"io"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	"github.com/ipfs/go-cid"
	format "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"
)

// Profile is the name of the import profile (IPIP-499) every CID here is
// computed with: what `ipfs add` does by default when it produces CIDv0.
const Profile = "unixfs-v0-2015"

// The parameters of Profile. They are spelled out rather than read from
// boxo's package variables, which any code in the process may change.
const (
	ChunkSize = 256 << 10 // bytes per leaf
	MaxLinks  = 174       // links per interior node
)

// prefix is CIDv0: dag-pb, SHA2-256.
var prefix = cid.Prefix{Version: 0, Codec: cid.DagProtobuf, MhType: mh.SHA2_256, MhLength: -1}

// BlockFunc receives every block the importer makes, leaves first, root last.
type BlockFunc func(c cid.Cid, block []byte) error

// Import chunks r as `ipfs add` does under Profile and returns the root CID and
// the number of bytes read. Each block goes to put (nil discards them, for
// computing a CID only). Memory stays bounded: the balanced layout keeps one
// path of interior nodes, and every block goes to put as soon as it is made.
func Import(ctx context.Context, r io.Reader, put BlockFunc) (cid.Cid, int64, error) {
	counted := &countingReader{ctx: ctx, r: r}
	params := helpers.DagBuilderParams{
		Dagserv:    blockSink{put: put},
		Maxlinks:   MaxLinks,
		CidBuilder: prefix,
		RawLeaves:  false,
	}
	db, err := params.New(chunker.NewSizeSplitter(counted, ChunkSize))
	if err != nil {
		return cid.Undef, 0, fmt.Errorf("ipfs: import: %w", err)
	}
	root, err := balanced.Layout(db)
	// The chunker takes io.ErrUnexpectedEOF for a normal end of input, so a
	// source error is checked even when the layout succeeded: a truncated
	// stream must not get a CID.
	if counted.err != nil {
		return cid.Undef, counted.n, fmt.Errorf("ipfs: import: reading: %w", counted.err)
	}
	if err != nil {
		return cid.Undef, counted.n, fmt.Errorf("ipfs: import: %w", err)
	}
	return root.Cid(), counted.n, nil
}

// CID computes the CID `ipfs add` gives r's content, reading it once.
func CID(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
	return Import(ctx, r, nil)
}

// countingReader counts what the chunker reads, stops once ctx is done, and
// remembers the source's own error.
type countingReader struct {
	ctx context.Context
	r   io.Reader
	n   int64
	err error
}

func (c *countingReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		c.err = err
		return 0, err
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && err != io.EOF {
		c.err = err
	}
	return n, err
}

// blockSink is the importer's DAG service: it hands each new node to put and
// keeps nothing. The importer only ever adds.
type blockSink struct{ put BlockFunc }

var _ format.DAGService = blockSink{}

func (s blockSink) Add(_ context.Context, n format.Node) error {
	if s.put == nil {
		return nil
	}
	return s.put(n.Cid(), n.RawData())
}

func (s blockSink) AddMany(ctx context.Context, ns []format.Node) error {
	for _, n := range ns {
		if err := s.Add(ctx, n); err != nil {
			return err
		}
	}
	return nil
}

func (blockSink) Get(context.Context, cid.Cid) (format.Node, error) {
	return nil, format.ErrNotFound{}
}

func (blockSink) GetMany(context.Context, []cid.Cid) <-chan *format.NodeOption {
	ch := make(chan *format.NodeOption)
	close(ch)
	return ch
}

func (blockSink) Remove(context.Context, cid.Cid) error       { return nil }
func (blockSink) RemoveMany(context.Context, []cid.Cid) error { return nil }
