package ipfs

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
)

var emptyCID = cid.MustParse("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH")

// TestClientWireErrors: the client surfaces every way go-ipfs-cmds reports
// an error, and refuses oversized or mislabelled answers.
func TestClientWireErrors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		handler http.HandlerFunc
		want    error
		text    string
	}{
		{"error value", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(500)
			w.Write([]byte(`{"Message":"block was not found locally (offline)\u001b[2J","Code":0,"Type":"error"}`))
		}, ErrRPC, "block was not found locally (offline) [2J"},
		{"plain 405", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "405 - Method Not Allowed", 405)
		}, ErrRPC, "405 - Method Not Allowed (HTTP 405)"},
		{"stream error trailer", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Trailer", "X-Stream-Error")
			w.WriteHeader(200)
			w.Write([]byte("partial"))
			w.Header().Set("X-Stream-Error", "context canceled")
		}, ErrRPC, "context canceled"},
		{"oversized block", func(w http.ResponseWriter, r *http.Request) {
			w.Write(bytes.Repeat([]byte{1}, MaxBlockSize+1))
		}, ErrTooLarge, ""},
	} {
		srv := httptest.NewServer(tc.handler)
		c, err := NewClient(srv.URL, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Block(context.Background(), emptyCID)
		if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.text) {
			t.Errorf("%s: %v, want %v containing %q", tc.name, err, tc.want, tc.text)
		}
		srv.Close()
	}
}

func TestGatewayMustAnswerRawBlocks(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html>a deserialising gateway</html>"))
	}))
	defer srv.Close()
	g, err := NewGateway(srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Block(context.Background(), emptyCID); !errors.Is(err, ErrRPC) {
		t.Errorf("HTML answer: %v", err)
	}
}

func TestAddResponse(t *testing.T) {
	for _, tc := range []struct {
		body string
		want string
		err  error
	}{
		{`{"Name":"blob","Hash":"QmX","Size":"12"}` + "\n", "QmX", nil},
		{`{"Name":"blob","Bytes":262144}` + "\n" + `{"Name":"blob","Hash":"QmY","Size":"9"}` + "\n", "QmY", nil},
		{`{"Name":"other","Hash":"QmZ"}` + "\n", "", ErrRPC},
		{`not json` + "\n", "", ErrRPC},
		{`{"Name":"blob","Hash":"` + strings.Repeat("a", maxEventLine) + `"}`, "", ErrTooLarge},
	} {
		ev, err := decodeAddEvents(strings.NewReader(tc.body), "blob")
		if ev.Hash != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("%.40q: %q, %v; want %q, %v", tc.body, ev.Hash, err, tc.want, tc.err)
		}
	}
}

func TestParseEndpoint(t *testing.T) {
	for in, want := range map[string]string{
		"http://127.0.0.1:5001":           "http://127.0.0.1:5001",
		"http://127.0.0.1:5001/":          "http://127.0.0.1:5001",
		"/ip4/127.0.0.1/tcp/5001":         "http://127.0.0.1:5001",
		"/ip6/::1/tcp/5001":               "http://[::1]:5001",
		"/dns/ipfs.example/tcp/443/https": "https://ipfs.example:443",
		"ftp://x":                         "",
		"http://u:p@x:1":                  "",
		"http://x:1/api/v0":               "",
		"/ip4/300.1.1.1/tcp/1":            "",
		"/ip4/127.0.0.1/udp/5001":         "",
	} {
		got, err := parseEndpoint("test", in)
		if got != want || (want == "") != (err != nil) {
			t.Errorf("%q: %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestParseURI(t *testing.T) {
	good := "ipfs://QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"
	if c, err := ParseURI(good); err != nil || URI(c) != good {
		t.Fatalf("%v %v", c, err)
	}
	for _, bad := range []string{
		"", "ipfs://", "ipfs:/QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH",
		"ipfs://QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH/x",
		"ipfs://QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQ0",
		"ipfs://bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y",
		"IPFS://QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH",
	} {
		if _, err := ParseURI(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
