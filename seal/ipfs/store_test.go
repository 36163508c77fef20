package ipfs_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/seal/ipfs"
	"github.com/veil-market/veil/seal/ipfs/ipfstest"
)

func newStore(t *testing.T, k *ipfstest.Kubo, viaGateway bool) *ipfs.Store {
	t.Helper()
	o := ipfs.Options{API: k.API.URL, TempDir: t.TempDir()}
	if viaGateway {
		o.Gateway = k.Gateway.URL
	}
	s, err := ipfs.NewStore(o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func pseudoRandom(n int) []byte {
	b := make([]byte, n)
	var x uint32 = 2463534242
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

func readAll(t *testing.T, s *ipfs.Store, uri string) []byte {
	t.Helper()
	rc, err := s.Open(context.Background(), uri)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPutThenOpen: a blob published through the kubo RPC API comes back
// byte for byte, through the API and through a gateway; the pointer holds
// its SHA-256 and a URI naming the CID `ipfs add` gives it.
func TestPutThenOpen(t *testing.T) {
	for _, size := range []int{0, 1000, ipfs.ChunkSize, 3<<20 + 5, 45 << 20} {
		data := pseudoRandom(size)
		k := ipfstest.New(t.Cleanup)
		s := newStore(t, k, false)
		p, err := s.Put(context.Background(), bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%d bytes: %v", size, err)
		}
		want, _, _ := ipfs.CID(context.Background(), bytes.NewReader(data))
		if p.SHA256 != sha256.Sum256(data) || p.Size != int64(size) || p.URI != ipfs.URI(want) {
			t.Fatalf("%d bytes: pointer %+v, want sha256 %x, URI %s", size, p, sha256.Sum256(data), ipfs.URI(want))
		}
		if !k.Pinned(want) {
			t.Errorf("%d bytes: %s not pinned", size, want)
		}
		for _, gw := range []bool{false, true} {
			if got := readAll(t, newStore(t, k, gw), p.URI); !bytes.Equal(got, data) {
				t.Errorf("%d bytes, gateway %v: read back %d different bytes", size, gw, len(got))
			}
		}
		if n, err := s.Size(context.Background(), p.URI); err != nil || n != int64(size) {
			t.Errorf("%d bytes: Size = %d, %v", size, n, err)
		}
	}
}

// flipFirstLeaf tampers with one byte of the largest block (a leaf).
func flipLargest(k *ipfstest.Kubo) cid.Cid {
	var target cid.Cid
	var max int
	for _, c := range k.Blocks() {
		rc := c
		b, _ := blockOf(k, rc)
		if len(b) > max {
			max, target = len(b), rc
		}
	}
	k.Tamper(func(c cid.Cid, b []byte) []byte {
		if c.Equals(target) {
			b[len(b)/2] ^= 1
		}
		return b
	})
	return target
}

func blockOf(k *ipfstest.Kubo, c cid.Cid) ([]byte, error) {
	cl, _ := ipfs.NewClient(k.API.URL, nil)
	return cl.Block(context.Background(), c)
}

// TestTamperedBlockRefused: a gateway (or node) that serves one altered
// block is refused with ErrBlockMismatch, and seal.Open releases nothing.
func TestTamperedBlockRefused(t *testing.T) {
	data := pseudoRandom(2<<20 + 77)
	for _, gw := range []bool{true, false} {
		k := ipfstest.New(t.Cleanup)
		s := newStore(t, k, gw)
		id, err := seal.NewDatasetIdentity(nil)
		if err != nil {
			t.Fatal(err)
		}
		p, err := seal.Seal(context.Background(), bytes.NewReader(data), id.Recipient(), s)
		if err != nil {
			t.Fatal(err)
		}
		var plain bytes.Buffer
		if err := seal.Open(context.Background(), s, p, id, &plain); err != nil || !bytes.Equal(plain.Bytes(), data) {
			t.Fatalf("honest node: %v", err)
		}
		flipLargest(k)
		plain.Reset()
		err = seal.Open(context.Background(), s, p, id, &plain)
		if !errors.Is(err, ipfs.ErrBlockMismatch) {
			t.Errorf("gateway %v: tampered block gave %v, want ErrBlockMismatch", gw, err)
		}
		if plain.Len() != 0 {
			t.Errorf("gateway %v: %d plaintext bytes released from a tampered blob", gw, plain.Len())
		}
	}
}

// TestNodeWithAnotherProfileRefused: a node whose config imports with
// another profile (CIDv1, raw leaves) would store the blob under a CID that
// `ipfs add` with defaults does not reproduce: Put refuses and unpins it.
func TestNodeWithAnotherProfileRefused(t *testing.T) {
	k := ipfstest.New(t.Cleanup)
	k.UseImporter(ipfstest.ImportV1)
	s := newStore(t, k, false)
	data := pseudoRandom(600 << 10)
	_, err := s.Put(context.Background(), bytes.NewReader(data))
	if !errors.Is(err, ipfs.ErrCIDMismatch) {
		t.Fatalf("Put = %v, want ErrCIDMismatch", err)
	}
	v1, _, _ := ipfstest.ImportV1(context.Background(), bytes.NewReader(data), nil)
	if k.Pinned(v1) {
		t.Errorf("%s still pinned after the refusal", v1)
	}
}

// TestPutSourceFailure: a source that fails mid-stream fails Put with the
// source's error and nothing is pinned.
func TestPutSourceFailure(t *testing.T) {
	k := ipfstest.New(t.Cleanup)
	s := newStore(t, k, false)
	boom := errors.New("disk on fire")
	_, err := s.Put(context.Background(), io.MultiReader(bytes.NewReader(pseudoRandom(1<<20)), errReader{boom}))
	if !errors.Is(err, boom) {
		t.Fatalf("Put = %v, want the source's error", err)
	}
	for _, c := range k.Blocks() {
		if k.Pinned(c) {
			t.Errorf("%s pinned after a failed Put", c)
		}
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// TestStoreErrors: missing blocks, a node that is down, a read-only store.
func TestStoreErrors(t *testing.T) {
	k := ipfstest.New(t.Cleanup)
	s := newStore(t, k, false)
	missing := ipfs.URI(cid.MustParse("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"))
	if _, err := s.Open(context.Background(), missing); !errors.Is(err, ipfs.ErrRPC) {
		t.Errorf("missing block: %v", err)
	}
	if _, err := s.Open(context.Background(), "veil-dir://00"); !errors.Is(err, seal.ErrMalformedURI) {
		t.Errorf("foreign URI: %v", err)
	}
	if _, err := s.LocalPath(missing); !errors.Is(err, seal.ErrNoLocalPath) {
		t.Errorf("LocalPath: %v", err)
	}
	ro, err := ipfs.NewStore(ipfs.Options{Gateway: k.Gateway.URL})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Put(context.Background(), bytes.NewReader(nil)); !errors.Is(err, ipfs.ErrNoAPI) {
		t.Errorf("read-only Put: %v", err)
	}
	k.API.Close()
	if _, err := s.Put(context.Background(), bytes.NewReader(pseudoRandom(3<<20))); err == nil {
		t.Error("Put to a node that is down succeeded")
	}
}
