package node_test

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/procstat"
	"github.com/veil-market/veil/node"
)

// TestHealthHidesTheChainURL: the daemon reaches its chain through a URL
// holding an API key; when the chain stops answering, /healthz says "chain
// unreachable" and nothing of the URL. Metrics listening beyond loopback are
// warned about in the log.
func TestHealthHidesTheChainURL(t *testing.T) {
	m, _ := toyMarket(t, 1)
	target, err := url.Parse(m.Net.Info.RPC)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httptest.NewServer(&httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.SetURL(target)
		r.Out.URL.Path = "/"
	}})
	secret := proxy.URL + "/v3/SECRET-API-KEY"
	client, err := ethclient.Dial(secret)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	o := m.Members["owner1"]
	sender, err := chain.NewSender(context.Background(), client, o.Secrets.Account, 0)
	if err != nil {
		t.Fatal(err)
	}
	market := chain.NewMarket(client, common.HexToAddress(m.Net.Info.Marketplace), sender, 0)
	addr := "0.0.0.0:" + port(t)
	log := &procstat.LockedBuffer{}
	m.RunWith("owner1", func(c *node.Config) {
		c.Market, c.Metrics = market, addr
		c.Log = slog.New(slog.NewTextHandler(log, nil))
	})
	health := "http://127.0.0.1:" + strings.Split(addr, ":")[1] + "/healthz"
	waitBody(t, health, "ok\n")
	proxy.Close()
	body := waitBody(t, health, "chain unreachable\n")
	if strings.Contains(body, "SECRET") || strings.Contains(body, proxy.URL) {
		t.Fatalf("/healthz leaks the chain URL: %q", body)
	}
	if !strings.Contains(log.String(), "metrics listen beyond loopback") {
		t.Fatalf("no warning for metrics on %s:\n%s", addr, log)
	}
}

func port(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return strings.Split(l.Addr().String(), ":")[1]
}

// waitBody polls url until its body is want, and returns it.
func waitBody(t *testing.T, url, want string) string {
	t.Helper()
	var body string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get(url)
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if body = string(b); body == want {
			return body
		}
	}
	t.Fatalf("%s says %q, want %q", url, body, want)
	return ""
}
