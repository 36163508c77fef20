package node_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/node"
)

// TestSpecByURIRefusals: a spec published at a URI is checked like one
// published on-chain. The buyer's own check passes (the first request gets
// the document), then the URI serves something else: a different document,
// or one over the size limit. Every owner declines on-chain, naming why.
func TestSpecByURIRefusals(t *testing.T) {
	cases := []struct {
		name  string
		serve func(doc []byte) []byte
		want  string
	}{
		{"another document", func(doc []byte) []byte { return append([]byte(" "), doc...) }, "does not match the SHA-256 on-chain"},
		{"over the size limit", func([]byte) []byte { return make([]byte, 65<<10) }, "more than the 65536"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, _ := toyMarket(t, 3)
			for _, o := range []string{"owner1", "owner2", "owner3"} {
				m.RunWith(o, func(cfg *node.Config) { cfg.FetchPrivate = true })
			}
			var doc atomic.Pointer[[]byte]
			var requests atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				d := *doc.Load()
				if requests.Add(1) > 1 {
					d = c.serve(d)
				}
				w.Write(d)
			}))
			defer srv.Close()
			b := m.Members["buyer"]
			sub := buyer.Submission{Market: b.Market, Registry: chain.NewRegistry(b.Market), Home: b.Home, Secrets: b.Secrets,
				Spec: m.Spec("toy", `{"rounds":1}`, `{"epsilon":1,"delta":1e-6}`), SpecURI: srv.URL + "/spec.json"}
			p, err := buyer.Prepare(context.Background(), sub)
			if err != nil {
				t.Fatal(err)
			}
			doc.Store(&p.Doc)
			sub.Spec = m.Spec("toy", `{"rounds":1}`, `{"epsilon":1,"delta":1e-6}`)
			res, err := buyer.Submit(context.Background(), sub)
			if err != nil {
				t.Fatal(err)
			}
			waitDeclines(t, m, res.ID, c.want)
		})
	}
}

// waitDeclines waits until every owner of job id has declined it on-chain
// with a reason containing want.
func waitDeclines(t *testing.T, m *markettest.Market, id uint64, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		declines, err := m.Members["buyer"].Market.Declines(context.Background(), id, 0)
		if err != nil {
			t.Fatal(err)
		}
		ok := len(declines) == 3
		for _, o := range m.Owners() {
			ok = ok && strings.Contains(declines[o.Home.Address()], want)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("declines of job %d: %v; want every owner's, saying %q", id, declines, want)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
