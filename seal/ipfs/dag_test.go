package ipfs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	unixpb "github.com/ipfs/boxo/ipld/unixfs/pb"
	"github.com/ipfs/go-cid"
	format "github.com/ipfs/go-ipld-format"
)

// mapSource serves blocks from memory.
type mapSource map[string][]byte

func (m mapSource) Block(_ context.Context, c cid.Cid) ([]byte, error) {
	b, ok := m[c.String()]
	if !ok {
		return nil, fmt.Errorf("no block %s", c)
	}
	return b, nil
}

// child is a link with the size its parent declares for it.
type child struct {
	c    cid.Cid
	size uint64
}

// mkNode stores a UnixFS node of type t with data, children and declared
// file size, and returns its CID.
func mkNode(t *testing.T, src mapSource, typ unixpb.Data_DataType, data []byte, kids []child, fileSize *uint64) cid.Cid {
	t.Helper()
	fs := unixfs.NewFSNode(typ)
	fs.SetData(data)
	for _, k := range kids {
		fs.AddBlockSize(k.size)
	}
	raw, err := fs.GetBytes()
	if err != nil {
		t.Fatal(err)
	}
	if fileSize != nil { // declare another size than the node holds
		fs2, _ := unixfs.FSNodeFromBytes(raw)
		fs2.UpdateFilesize(int64(*fileSize) - int64(fs2.FileSize()))
		raw, _ = fs2.GetBytes()
	}
	pn := merkledag.NodeWithData(raw)
	pn.SetCidBuilder(prefix)
	for _, k := range kids {
		if err := pn.AddRawLink("", &format.Link{Cid: k.c, Size: k.size}); err != nil {
			t.Fatal(err)
		}
	}
	src[pn.Cid().String()] = pn.RawData()
	return pn.Cid()
}

func leaf(t *testing.T, src mapSource, data string) child {
	return child{mkNode(t, src, unixpb.Data_File, []byte(data), nil, nil), uint64(len(data))}
}

func u64(v uint64) *uint64 { return &v }

// TestFetchRefusesMalformedDAGs: sizes that do not add up, empty children, a
// directory, a too-deep chain and a file over the limit are refused with a
// named error; a well-formed hand-built DAG is read back.
func TestFetchRefusesMalformedDAGs(t *testing.T) {
	src := mapSource{}
	a, b := leaf(t, src, "hello "), leaf(t, src, "world")
	good := mkNode(t, src, unixpb.Data_File, nil, []child{a, b}, nil)
	lying := mkNode(t, src, unixpb.Data_File, nil, []child{a, {b.c, 4}}, nil)
	wrongTotal := mkNode(t, src, unixpb.Data_File, nil, []child{a, b}, u64(100))
	empty := mkNode(t, src, unixpb.Data_File, nil, []child{a, {mkNode(t, src, unixpb.Data_File, nil, nil, nil), 0}}, nil)
	dir := mkNode(t, src, unixpb.Data_Directory, nil, nil, nil)
	deep := a
	for range maxDepth + 1 {
		deep = child{mkNode(t, src, unixpb.Data_File, nil, []child{deep}, nil), deep.size}
	}
	for _, tc := range []struct {
		name  string
		root  cid.Cid
		limit int64
		want  error
	}{
		{"good", good, 100, nil},
		{"parent declares a wrong child size", lying, 100, ErrMalformedDAG},
		{"sizes do not add up", wrongTotal, 1000, ErrMalformedDAG},
		{"empty child", empty, 100, ErrMalformedDAG},
		{"directory", dir, 100, ErrMalformedDAG},
		{"too deep", deep.c, 100, ErrMalformedDAG},
		{"over the limit", good, 10, ErrTooLarge},
	} {
		var out bytes.Buffer
		_, err := Fetch(context.Background(), src, tc.root, &out, tc.limit)
		switch {
		case tc.want == nil && (err != nil || out.String() != "hello world"):
			t.Errorf("%s: %q, %v", tc.name, out.String(), err)
		case tc.want != nil && !errors.Is(err, tc.want):
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		case tc.want == ErrTooLarge && out.Len() != 0:
			t.Errorf("%s: wrote %d bytes before refusing", tc.name, out.Len())
		}
	}
}

// TestFetchRefusesForeignCIDs: a CIDv1 root or link is refused.
func TestFetchRefusesForeignCIDs(t *testing.T) {
	v1 := cid.NewCidV1(cid.Raw, cid.MustParse("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH").Hash())
	if _, err := Fetch(context.Background(), mapSource{}, v1, new(bytes.Buffer), 10); !errors.Is(err, ErrUnsupportedCID) {
		t.Errorf("v1 root: %v", err)
	}
	src := mapSource{}
	root := mkNode(t, src, unixpb.Data_File, nil, []child{{v1, 3}}, nil)
	if _, err := Fetch(context.Background(), src, root, new(bytes.Buffer), 10); !errors.Is(err, ErrMalformedDAG) {
		t.Errorf("v1 link: %v", err)
	}
}
