package node_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/node"
	"github.com/veil-market/veil/spec"
	"github.com/veil-market/veil/wire"
)

// uploadingToy is the toy engine with a buyer upload, as he has its CKKS key:
// PrepareBuyer uploads blobSize bytes unique to the spec and names them in
// the spec (buyer.keys).
type uploadingToy struct{ enginetest.Toy }

const blobSize = 1<<20 + 100 // two chunks

func (uploadingToy) PrepareBuyer(ctx context.Context, s *spec.Spec, env engine.BuyerEnv) error {
	blob := make([]byte, blobSize)
	seed := sha256.Sum256(s.Task)
	copy(blob, seed[:]) // one blob per task text
	uri, digest, err := env.Upload(ctx, 0, blob)
	if err != nil {
		return err
	}
	s.Buyer.SetKey(s.Engine, spec.KeyRef{URI: uri, SHA256: fmt.Sprintf("%x", digest)})
	return nil
}

func init() {
	engine.Register(uploadingToy{enginetest.Toy{EngineName: "toy-upload"}})
	chain.AliasTestEngine("toy-upload", chain.EngineTEE)
}

// uploadMarket: three owners allowing both toys' slots, and an aggregator whose
// quota holds one blob but not two.
func uploadMarket(t *testing.T) *markettest.Market {
	m := markettest.Start(t, 3, 10*time.Second)
	tab := markettest.Table(t, "../testdata/diabetes.csv")
	m.Publish(tab.SplitIID(3, rand.New(rand.NewPCG(1, 2))), nil, chain.EngineMPC|chain.EngineTEE, big.NewInt(1e17))
	m.Run("owner1", "owner2", "owner3")
	m.RunWith("compute1", func(c *node.Config) {
		c.Limits = home.NodeLimits{Limits: wire.Limits{UploadTimeout: wire.Duration(2 * time.Second)},
			MaxUpload: 2 * blobSize, UploadQuota: 3 * blobSize / 2}
	})
	m.WaitServing("compute1")
	return m
}

// TestUploadsNeedAReason: the aggregator takes an upload only from the buyer
// of a live job naming it, for a blob that job's spec names, within the
// buyer's quota; the bytes are deleted once the job has ended.
func TestUploadsNeedAReason(t *testing.T) {
	m := uploadMarket(t)
	b := m.Members["buyer"]
	res, err := buyer.Submit(context.Background(), buyer.Submission{Market: b.Market, Registry: chain.NewRegistry(b.Market),
		Home: b.Home, Secrets: b.Secrets, Spec: m.Spec("toy-upload", `{"rounds":2,"delay_ms":1500}`, `{"epsilon":1,"delta":1e-6}`)})
	if err != nil {
		t.Fatal(err)
	}
	id := res.ID
	blob := make([]byte, blobSize)
	seed := sha256.Sum256(res.Quote.Spec.Task)
	copy(blob, seed[:])
	agg := m.Members["compute1"]
	stored := blobPath(agg.Home, sha256.Sum256(blob))
	if _, err := os.Stat(stored); err != nil {
		t.Fatalf("the buyer's upload is not stored: %v", err)
	}
	refusals := []struct {
		name   string
		client *wire.BlobClient
		job    uint64
		data   []byte
		want   string
	}{
		{"a fresh unfunded key", blobClient(t, m, nil), id, blob, "is not the buyer of job"},
		{"a funded owner", blobClient(t, m, m.Members["owner1"]), id, blob, "is not the buyer of job"},
		{"the buyer, for a job that does not exist", blobClient(t, m, b), 999, blob, "job 999 does not exist"},
		{"the buyer, a blob its spec does not name", blobClient(t, m, b), id, []byte("something else"), "spec does not name"},
	}
	for _, r := range refusals {
		t.Run(r.name, func(t *testing.T) {
			_, err := put(m, r.client, r.job, r.data)
			if err == nil || !contains(err.Error(), r.want) {
				t.Fatalf("upload: %v, want a refusal saying %q", err, r.want)
			}
		})
	}
	t.Run("over the quota", func(t *testing.T) {
		_, err := buyer.Submit(context.Background(), buyer.Submission{Market: b.Market, Registry: chain.NewRegistry(b.Market),
			Home: b.Home, Secrets: b.Secrets, Spec: m.Spec("toy-upload", `{"rounds":1}`, `{"epsilon":1,"delta":1e-6}`)})
		if err == nil || !contains(err.Error(), fmt.Sprintf("over the %d quota", 3*blobSize/2)) {
			t.Fatalf("second job's upload: %v, want a refusal over the quota", err)
		}
	})
	t.Run("a stalled upload", func(t *testing.T) {
		stalledUpload(t, m, id, blob)
	})
	m.WaitState(id, chain.JobSettled, 2*time.Minute)
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(stored); os.IsNotExist(err) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the upload of a settled job is still stored")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if left := incoming(t, agg.Home); left != 0 {
		t.Fatalf("%d half-written uploads left in the store", left)
	}
}

// stalledUpload opens an upload of the job's blob (two chunks) as the buyer, sends its request and first chunk, and stalls for longer
// than the node's 2 s upload timeout: the node has refused it by then, saying
// why, and keeps nothing.
func stalledUpload(t *testing.T, m *markettest.Market, id uint64, data []byte) {
	c := blobClient(t, m, m.Members["buyer"])
	r := &stallingReader{data: data[:wire.MaxChunk], stall: 5 * time.Second}
	err := c.PutStream(context.Background(), endpoint(t, m, "compute1"), m.Members["compute1"].Home.Address(), id,
		sha256.Sum256(data), uint64(len(data)), r)
	if err == nil || !contains(err.Error(), "refused") || !contains(err.Error(), "longer than this node allows") {
		t.Fatalf("a stalled upload ended with %v, want the node's refusal for taking too long", err)
	}
}

// stallingReader gives data, then waits `stall` and fails.
type stallingReader struct {
	data  []byte
	stall time.Duration
}

func (r *stallingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		time.Sleep(r.stall)
		return 0, errors.New("the uploader gave up")
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// blobClient is a blob client for a member (or, for nil, a fresh key no one funded).
func blobClient(t *testing.T, m *markettest.Market, mem *markettest.Member) *wire.BlobClient {
	if mem == nil {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		id := m.Members["buyer"].Secrets.NodeKey
		return &wire.BlobClient{Identity: wire.Identity{Address: crypto.PubkeyToAddress(key.PublicKey), Key: id}, Account: key,
			Registry: chain.NewRegistry(m.Members["buyer"].Market)}
	}
	return &wire.BlobClient{Identity: wire.Identity{Address: mem.Home.Address(), Key: mem.Secrets.NodeKey}, Account: mem.Secrets.Account,
		Registry: chain.NewRegistry(mem.Market)}
}

func put(m *markettest.Market, c *wire.BlobClient, job uint64, data []byte) ([32]byte, error) {
	agg := m.Members["compute1"]
	return c.Put(context.Background(), m.Daemons["compute1"].Addr(), agg.Home.Address(), job, data)
}

func endpoint(t *testing.T, m *markettest.Market, name string) string { return m.Daemons[name].Addr() }

func blobPath(h *home.Home, digest [32]byte) string {
	x := fmt.Sprintf("%x", digest)
	return filepath.Join(h.BlobDir(), x[:2], x[2:])
}

// incoming counts the files of uploads in progress in a home's blob store.
func incoming(t *testing.T, h *home.Home) int {
	entries, err := os.ReadDir(filepath.Join(h.BlobDir(), "incoming"))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return len(entries)
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// ResumeAggregator makes the test engine one whose aggregator keeps its
// state in memory only, like he's.
func (uploadingToy) ResumeAggregator(*engine.Job, uint32, engine.Env) (engine.AggregatorRun, error) {
	return nil, fmt.Errorf("%w: the test engine keeps its aggregator state in memory", engine.ErrNotResumable)
}

// TestNoUploadBeforeSubmission: a spec that fails a check made after the
// engine prepared the buyer's keys (here its deadline) is refused, and the
// buyer's key never left its machine: uploads go out only once the job is
// on-chain.
func TestNoUploadBeforeSubmission(t *testing.T) {
	m := uploadMarket(t)
	b := m.Members["buyer"]
	s := m.Spec("toy-upload", `{"rounds":1}`, `{"epsilon":1,"delta":1e-6}`)
	s.Deadline = "soon"
	_, err := buyer.Submit(context.Background(), buyer.Submission{Market: b.Market, Registry: chain.NewRegistry(b.Market),
		Home: b.Home, Secrets: b.Secrets, Spec: s})
	if err == nil || !contains(err.Error(), `field "deadline"`) {
		t.Fatalf("submission with a bad deadline: %v", err)
	}
	entries, err := os.ReadDir(m.Members["compute1"].Home.BlobDir())
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "incoming" {
			t.Fatalf("the aggregator stored %s from a submission that never happened", e.Name())
		}
	}
}
