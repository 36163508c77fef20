package ipfstest

import (
	"context"
	"io"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	"github.com/ipfs/go-cid"
	format "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"

	"github.com/veil-market/veil/seal/ipfs"
)

// ImportV1 imports r with IPIP-499's unixfs-v1-2025 profile (CIDv1, raw
// leaves, 1 MiB chunks, 1024 links): what a kubo node configured with
// that profile stores.
func ImportV1(ctx context.Context, r io.Reader, put ipfs.BlockFunc) (cid.Cid, int64, error) {
	cr := &counter{r: r}
	p := helpers.DagBuilderParams{
		Dagserv:    sink{put},
		Maxlinks:   1024,
		RawLeaves:  true,
		CidBuilder: cid.Prefix{Version: 1, Codec: cid.DagProtobuf, MhType: mh.SHA2_256, MhLength: -1},
	}
	db, err := p.New(chunker.NewSizeSplitter(cr, 1<<20))
	if err != nil {
		return cid.Undef, 0, err
	}
	n, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, cr.n, err
	}
	return n.Cid(), cr.n, nil
}

type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

type sink struct{ put ipfs.BlockFunc }

func (s sink) Add(_ context.Context, n format.Node) error {
	if s.put == nil {
		return nil
	}
	return s.put(n.Cid(), n.RawData())
}

func (s sink) AddMany(ctx context.Context, ns []format.Node) error {
	for _, n := range ns {
		if err := s.Add(ctx, n); err != nil {
			return err
		}
	}
	return nil
}

func (sink) Get(context.Context, cid.Cid) (format.Node, error) { return nil, format.ErrNotFound{} }
func (sink) GetMany(context.Context, []cid.Cid) <-chan *format.NodeOption {
	ch := make(chan *format.NodeOption)
	close(ch)
	return ch
}
func (sink) Remove(context.Context, cid.Cid) error       { return nil }
func (sink) RemoveMany(context.Context, []cid.Cid) error { return nil }
