package wire

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// memBlobs is a node's blob store: the buyer of a job may read its blobs.
type memBlobs struct {
	mu     sync.Mutex
	blobs  map[[32]byte][]byte
	buyers map[uint64]common.Address
	tamper bool // serve altered bytes, as a compromised node would
}

// AuthorizePut lets the buyer of a job upload for it.
func (m *memBlobs) AuthorizePut(_ context.Context, from common.Address, up Upload) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.buyers[up.Job] != from {
		return fmt.Errorf("memblobs: %s is not the buyer of job %d", from.Hex(), up.Job)
	}
	return nil
}

func (m *memBlobs) Put(_ context.Context, from common.Address, up Upload, data io.Reader) error {
	b, err := io.ReadAll(data)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.blobs[up.Digest] = b
	return nil
}

func (m *memBlobs) has(digest [32]byte) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.blobs[digest]
	return ok
}

func (m *memBlobs) Get(_ context.Context, from common.Address, job uint64, digest [32]byte) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.buyers[job] != from {
		return nil, fmt.Errorf("memblobs: %s is not the buyer of job %d", from.Hex(), job)
	}
	b, ok := m.blobs[digest]
	if !ok {
		return nil, fmt.Errorf("memblobs: no blob %x", digest[:4])
	}
	if m.tamper {
		b = append([]byte{b[0] ^ 1}, b[1:]...)
	}
	return b, nil
}

func (m *memBlobs) MaxPut() uint64 { return 3 << 20 }

// blobNet is a node serving blobs and a buyer account talking to it.
type blobNet struct {
	*testNet
	store  *memBlobs
	buyer  *BlobClient
	other  *BlobClient
	buyerA common.Address
}

func newBlobNet(t *testing.T) *blobNet {
	store := &memBlobs{blobs: map[[32]byte][]byte{}, buyers: map[uint64]common.Address{}}
	n := newTestNet(t, store)
	b := &blobNet{testNet: n, store: store}
	var account *ecdsa.PrivateKey
	b.buyer, account = b.client()
	b.buyerA = crypto.PubkeyToAddress(account.PublicKey)
	b.other, _ = b.client()
	store.buyers[5] = b.buyerA
	return b
}

func (b *blobNet) client() (*BlobClient, *ecdsa.PrivateKey) {
	key, err := crypto.GenerateKey()
	if err != nil {
		b.t.Fatal(err)
	}
	// A buyer is not in the node registry: its TLS identity is any key.
	return &BlobClient{Identity: b.identity(), Account: key, Registry: b.reg}, key
}

func TestBlobPutThenGet(t *testing.T) {
	b := newBlobNet(t)
	ctx := context.Background()
	for _, size := range []int{1, MaxChunk, 5 << 19} {
		data := pattern(size, 3)
		digest, err := b.buyer.Put(ctx, b.endpoint, b.agg.Address, 5, data)
		if err != nil {
			t.Fatal(err)
		}
		if digest != sha256.Sum256(data) {
			t.Fatal("Put returned another digest")
		}
		got, err := b.buyer.Get(ctx, b.endpoint, b.agg.Address, 5, digest, uint64(size))
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("%d bytes: got %d bytes back, err %v", size, len(got), err)
		}
	}
}

func TestBlobRefusals(t *testing.T) {
	b := newBlobNet(t)
	ctx := context.Background()
	data := pattern(1000, 1)
	digest, err := b.buyer.Put(ctx, b.endpoint, b.agg.Address, 5, data)
	if err != nil {
		t.Fatal(err)
	}
	otherA := crypto.PubkeyToAddress(b.other.Account.PublicKey)
	t.Run("get by another account", func(t *testing.T) {
		_, err := b.other.Get(ctx, b.endpoint, b.agg.Address, 5, digest, 1<<20)
		mustContain(t, err, "refused", otherA.Hex(), "not the buyer of job 5")
	})
	t.Run("upload by another account", func(t *testing.T) {
		other := pattern(10, 9)
		_, err := b.other.Put(ctx, b.endpoint, b.agg.Address, 5, other)
		mustContain(t, err, "refused", otherA.Hex(), "not the buyer of job 5")
		if b.store.has(sha256.Sum256(other)) {
			t.Fatal("a refused upload was stored")
		}
	})
	t.Run("upload for a job of another buyer", func(t *testing.T) {
		_, err := b.buyer.Put(ctx, b.endpoint, b.agg.Address, 6, pattern(10, 9))
		mustContain(t, err, "refused", "not the buyer of job 6")
	})
	t.Run("upload over MaxPut", func(t *testing.T) {
		_, err := b.buyer.Put(ctx, b.endpoint, b.agg.Address, 5, make([]byte, 3<<20+1))
		mustContain(t, err, "refused", "blob of 3145729 bytes is over the 3145728")
	})
	t.Run("download bigger than the caller accepts", func(t *testing.T) {
		_, err := b.buyer.Get(ctx, b.endpoint, b.agg.Address, 5, digest, 999)
		mustContain(t, err, "declares 1000 bytes, more than the 999")
	})
	t.Run("tampered download", func(t *testing.T) {
		b.store.mu.Lock()
		b.store.tamper = true
		b.store.mu.Unlock()
		defer func() { b.store.mu.Lock(); b.store.tamper = false; b.store.mu.Unlock() }()
		_, err := b.buyer.Get(ctx, b.endpoint, b.agg.Address, 5, digest, 1<<20)
		mustContain(t, err, "does not match its SHA-256")
	})
	t.Run("a server with another key", func(t *testing.T) {
		_, err := b.buyer.Get(ctx, b.endpoint, b.identity().Address, 5, digest, 1<<20)
		mustContain(t, err, "the server says it is", b.agg.Address.Hex())
	})
}

// TestBlobRequestRefusals sends hand-made requests: stale, from the future,
// with a size that lies, or for the other operation.
func TestBlobRequestRefusals(t *testing.T) {
	b := newBlobNet(t)
	data := pattern(100, 1)
	now := time.Now()
	cases := []struct {
		name   string
		method string
		req    blobRequest
		at     time.Time
		send   []byte
		want   string
	}{
		{"stale request", methodPutBlob, blobRequest{Op: "put", Job: 5, Size: 100}, now.Add(-10 * time.Minute), data, "away from our clock"},
		{"request from the future", methodPutBlob, blobRequest{Op: "put", Job: 5, Size: 100}, now.Add(10 * time.Minute), data, "away from our clock"},
		{"size that lies", methodPutBlob, blobRequest{Op: "put", Job: 5, Size: 50}, now, data, "upload chunk declares 100 bytes, the request 50"},
		{"digest that lies", methodPutBlob, blobRequest{Op: "put", Job: 5, Size: 100, Digest: [32]byte{1}}, now, data, "does not match its declared size and SHA-256"},
		{"get on the put stream", methodPutBlob, blobRequest{Op: "get", Job: 5}, now, nil, "PutBlob needs a put request"},
		{"put on the get stream", methodGetBlob, blobRequest{Op: "put", Job: 5, Size: 100}, now, nil, "GetBlob needs a get request"},
		{"request signed for another node", methodGetBlob, blobRequest{Op: "get", Job: 5, Server: common.Address{0xbb}}, now, nil, "not the buyer of job 5"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cc, conn, err := b.buyer.open(context.Background(), b.endpoint, b.agg.Address, c.method)
			if err != nil {
				t.Fatal(err)
			}
			defer cc.Close()
			if c.req.Op == "put" && c.req.Digest == [32]byte{} {
				c.req.Digest = sha256.Sum256(data)
			}
			if c.req.Server == (common.Address{}) {
				c.req.Server = b.agg.Address
			}
			if err := b.buyer.request(conn, &c.req, c.at); err != nil {
				t.Fatal(err)
			}
			if c.send != nil {
				_ = conn.sendMessage(KindBlob, 0, 0, "data", c.send, nil)
			}
			mustContain(t, blobOutcome(conn), "refused", c.want)
		})
	}
}

// TestBlobRequestByHand checks the hand-made path used above accepts a proper request.
func TestBlobRequestByHand(t *testing.T) {
	b := newBlobNet(t)
	data := pattern(100, 1)
	digest, err := b.buyer.Put(context.Background(), b.endpoint, b.agg.Address, 5, data)
	if err != nil {
		t.Fatal(err)
	}
	cc, conn, err := b.buyer.open(context.Background(), b.endpoint, b.agg.Address, methodGetBlob)
	if err != nil {
		t.Fatal(err)
	}
	defer cc.Close()
	if err := b.buyer.request(conn, &blobRequest{Op: "get", Job: 5, Digest: digest, Server: b.agg.Address}, time.Now()); err != nil {
		t.Fatal(err)
	}
	f, err := conn.recv()
	if err != nil || f.Kind != KindBlob || !bytes.Equal(f.Payload, data) {
		t.Fatalf("answer %+v, %v", f, err)
	}
}

func TestBlobServiceAbsent(t *testing.T) {
	n := newTestNet(t, nil)
	key, _ := crypto.GenerateKey()
	c := &BlobClient{Identity: n.identity(), Account: key, Registry: n.reg}
	_, err := c.Put(context.Background(), n.endpoint, n.agg.Address, 5, []byte("x"))
	mustContain(t, err, "serves no blobs")
}

func TestBlobRequestSigner(t *testing.T) {
	key, _ := crypto.GenerateKey()
	want := crypto.PubkeyToAddress(key.PublicKey)
	now := time.Unix(1_800_000_000, 0)
	req := &blobRequest{Op: "get", Job: 5, Digest: [32]byte{9}, Time: now.Unix(), Server: common.Address{0xaa}}
	sig, err := crypto.Sign(req.digest(), key)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := req.signer(sig, now.Add(maxClockSkew)); err != nil || got != want {
		t.Fatalf("signer = %s, %v; want %s", got.Hex(), err, want.Hex())
	}
	for name, edit := range map[string]func(*blobRequest){
		"job":    func(r *blobRequest) { r.Job = 6 },
		"op":     func(r *blobRequest) { r.Op = "put" },
		"digest": func(r *blobRequest) { r.Digest[0] ^= 1 },
		"size":   func(r *blobRequest) { r.Size = 1 },
		"time":   func(r *blobRequest) { r.Time++ },
		"server": func(r *blobRequest) { r.Server = common.Address{0xbb} },
	} {
		altered := *req
		edit(&altered) // the signature then names someone else
		if got, err := altered.signer(sig, now); err == nil && got == want {
			t.Fatalf("a signature still names its signer with another %s", name)
		}
	}
	if _, err := req.signer(sig[:64], now); err == nil {
		t.Fatal("a 64-byte signature was accepted")
	}
	if _, err := req.signer(sig, now.Add(maxClockSkew+time.Second)); err == nil {
		t.Fatal("a request older than the allowed skew was accepted")
	}
}

// FuzzBlobRequest: any frame bytes either fail to parse as a blob request or
// parse to a request that re-encodes to the frame's payload; recovering its
// signer never panics.
func FuzzBlobRequest(f *testing.F) {
	key, _ := crypto.GenerateKey()
	now := time.Unix(1_800_000_000, 0)
	for _, op := range []string{"put", "get", "data"} {
		req := &blobRequest{Op: op, Job: 5, Digest: [32]byte{1, 2}, Size: 77, Time: now.Unix()}
		sig, _ := crypto.Sign(req.digest(), key)
		b, _ := (&Frame{Kind: KindBlob, Job: 5, Step: op, Total: blobRequestLen, Payload: req.payload(), Sig: sig, Last: true}).MarshalBinary()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var fr Frame
		if err := fr.UnmarshalBinary(b); err != nil {
			return
		}
		req, err := parseBlobRequest(&fr)
		if err != nil {
			return
		}
		if req.Op != fr.Step || req.Job != fr.Job || !bytes.Equal(req.payload(), fr.Payload) {
			t.Fatalf("request %+v does not re-encode to its frame", req)
		}
		if from, err := req.signer(fr.Sig, now); err == nil && from == (common.Address{}) {
			t.Fatal("a signature recovered the zero address")
		}
	})
}

func TestParseBlobRequestRefusals(t *testing.T) {
	ok := Frame{Kind: KindBlob, Step: "put", Payload: make([]byte, blobRequestLen)}
	cases := []struct {
		name string
		edit func(*Frame)
	}{
		{"not a blob frame", func(f *Frame) { f.Kind = KindData }},
		{"unknown operation", func(f *Frame) { f.Step = "delete" }},
		{"short payload", func(f *Frame) { f.Payload = f.Payload[:blobRequestLen-1] }},
		{"long payload", func(f *Frame) { f.Payload = make([]byte, blobRequestLen+1) }},
	}
	if _, err := parseBlobRequest(&ok); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := ok
			c.edit(&f)
			if _, err := parseBlobRequest(&f); !errors.Is(err, ErrFrame) {
				t.Fatalf("err = %v, want ErrFrame", err)
			}
		})
	}
}

// streamingBlobs' Put signals once it has read the upload's first chunk.
type streamingBlobs struct {
	memBlobs
	firstChunk chan struct{} // closed by Put once one chunk has arrived
	release    chan struct{} // the client sends the rest after this
}

func (s *streamingBlobs) Put(_ context.Context, _ common.Address, up Upload, data io.Reader) error {
	if _, err := io.ReadFull(data, make([]byte, MaxChunk)); err != nil {
		return err
	}
	close(s.firstChunk)
	_, err := io.Copy(io.Discard, data)
	return err
}

// gatedReader gives its first MaxChunk bytes, then waits for a gate.
type gatedReader struct {
	r    io.Reader
	n    int
	gate chan struct{}
}

func (g *gatedReader) Read(p []byte) (int, error) {
	if g.n >= MaxChunk {
		<-g.gate
	} else if len(p) > MaxChunk-g.n {
		p = p[:MaxChunk-g.n]
	}
	n, err := g.r.Read(p)
	g.n += n
	return n, err
}

// TestUploadsAreStreamed: the blob service reads an upload while it arrives;
// the server never waits for the whole blob (it holds one chunk at a time).
func TestUploadsAreStreamed(t *testing.T) {
	store := &streamingBlobs{memBlobs: memBlobs{blobs: map[[32]byte][]byte{}, buyers: map[uint64]common.Address{}},
		firstChunk: make(chan struct{}), release: make(chan struct{})}
	n := newTestNet(t, store)
	key, _ := crypto.GenerateKey()
	store.buyers[5] = crypto.PubkeyToAddress(key.PublicKey)
	c := &BlobClient{Identity: n.identity(), Account: key, Registry: n.reg}
	data := pattern(3*MaxChunk/2, 3)
	go func() {
		<-store.firstChunk // Put has one chunk while the rest is not sent yet
		close(store.release)
	}()
	r := &gatedReader{r: bytes.NewReader(data), gate: store.release}
	err := c.PutStream(context.Background(), n.endpoint, n.agg.Address, 5, sha256.Sum256(data), uint64(len(data)), r)
	if err != nil {
		t.Fatal(err)
	}
}
