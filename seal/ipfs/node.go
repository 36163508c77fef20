package ipfs

import (
	"fmt"
	"math"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	unixpb "github.com/ipfs/boxo/ipld/unixfs/pb"
	"github.com/ipfs/go-cid"
)

// MaxBlockSize caps one block: kubo's own limit for a block it accepts.
// Blocks of Profile are at most ChunkSize plus a few bytes of framing.
const MaxBlockSize = 1 << 20

// maxLinksPerNode caps a node's fan-out when reading; Profile writes 174.
const maxLinksPerNode = 4096

// fileNode is a decoded, self-consistent UnixFS file node.
type fileNode struct {
	data     []byte    // bytes of the file held in this node
	links    []cid.Cid // children, in file order
	sizes    []uint64  // file bytes under each child
	fileSize uint64    // len(data) + sum(sizes)
}

// verifyBlock checks that block hashes to c, which must be a CIDv0.
func verifyBlock(c cid.Cid, block []byte) error {
	if err := checkCID(c); err != nil {
		return err
	}
	if len(block) > MaxBlockSize {
		return fmt.Errorf("%w: block %s has %d bytes, at most %d", ErrTooLarge, c, len(block), MaxBlockSize)
	}
	got, err := prefix.Sum(block)
	if err != nil {
		return fmt.Errorf("ipfs: hashing block %s: %w", c, err)
	}
	if !got.Equals(c) {
		return fmt.Errorf("%w: asked for %s, got bytes of %s", ErrBlockMismatch, c, got)
	}
	return nil
}

func checkCID(c cid.Cid) error {
	if !c.Defined() {
		return fmt.Errorf("%w: undefined CID", ErrUnsupportedCID)
	}
	if p := c.Prefix(); p.Version != 0 || p.Codec != cid.DagProtobuf || p.MhType != prefix.MhType || p.MhLength != 32 {
		return fmt.Errorf("%w: %s (want CIDv0: dag-pb, sha2-256)", ErrUnsupportedCID, c)
	}
	return nil
}

// decodeFileNode decodes a verified dag-pb block as a UnixFS file node and
// checks that its declared sizes add up.
func decodeFileNode(block []byte) (*fileNode, error) {
	pn, err := merkledag.DecodeProtobuf(block)
	if err != nil {
		return nil, fmt.Errorf("%w: not dag-pb: %v", ErrMalformedDAG, err)
	}
	fs, err := unixfs.FSNodeFromBytes(pn.Data())
	if err != nil {
		return nil, fmt.Errorf("%w: not UnixFS: %v", ErrMalformedDAG, err)
	}
	if t := fs.Type(); t != unixpb.Data_File && t != unixpb.Data_Raw {
		return nil, fmt.Errorf("%w: node of type %s, want a file", ErrMalformedDAG, t)
	}
	n := &fileNode{data: fs.Data(), sizes: fs.BlockSizes(), fileSize: fs.FileSize()}
	if err := n.setLinks(pn); err != nil {
		return nil, err
	}
	return n, n.checkSizes()
}

func (n *fileNode) setLinks(pn *merkledag.ProtoNode) error {
	links := pn.Links()
	if len(links) > maxLinksPerNode {
		return fmt.Errorf("%w: %d links, at most %d", ErrMalformedDAG, len(links), maxLinksPerNode)
	}
	if len(links) != len(n.sizes) {
		return fmt.Errorf("%w: %d links but %d block sizes", ErrMalformedDAG, len(links), len(n.sizes))
	}
	n.links = make([]cid.Cid, len(links))
	for i, l := range links {
		if err := checkCID(l.Cid); err != nil {
			return fmt.Errorf("%w: link %d: %w", ErrMalformedDAG, i, err)
		}
		n.links[i] = l.Cid
	}
	return nil
}

// checkSizes: every child holds at least one byte (so a DAG's block count is
// bounded by its file size) and the node's file size is exactly its own data
// plus its children's.
func (n *fileNode) checkSizes() error {
	total := uint64(len(n.data))
	for i, s := range n.sizes {
		if s == 0 {
			return fmt.Errorf("%w: link %d declares an empty child", ErrMalformedDAG, i)
		}
		if s > math.MaxInt64-total {
			return fmt.Errorf("%w: block sizes overflow", ErrMalformedDAG)
		}
		total += s
	}
	if total != n.fileSize {
		return fmt.Errorf("%w: node declares %d bytes, its data and children hold %d", ErrMalformedDAG, n.fileSize, total)
	}
	return nil
}
