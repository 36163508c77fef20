package ipfs

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
)

// FuzzDecodeFileNode: any bytes either decode into a node whose sizes add up
// or are refused; never a panic.
func FuzzDecodeFileNode(f *testing.F) {
	_, _, _ = Import(context.Background(), bytes.NewReader(make([]byte, 3*ChunkSize)), func(_ cid.Cid, b []byte) error {
		f.Add(append([]byte(nil), b...))
		return nil
	})
	f.Add([]byte{0x0a, 0x04, 0x08, 0x02, 0x18, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		n, err := decodeFileNode(b)
		if err != nil {
			return
		}
		total := uint64(len(n.data))
		for _, s := range n.sizes {
			total += s
		}
		if total != n.fileSize || len(n.sizes) != len(n.links) {
			t.Fatalf("accepted an inconsistent node: %+v", n)
		}
	})
}

// FuzzFetch: a source serving arbitrary bytes for every block never makes
// Fetch panic or write more than the limit.
func FuzzFetch(f *testing.F) {
	f.Add([]byte{0x0a, 0x04, 0x08, 0x02, 0x18, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		src := mapSource{}
		root, err := prefix.Sum(b)
		if err != nil {
			return
		}
		src[root.String()] = b
		var out bytes.Buffer
		n, _ := Fetch(context.Background(), src, root, &out, 1<<20)
		if n != int64(out.Len()) || n > 1<<20 {
			t.Fatalf("wrote %d, counted %d", out.Len(), n)
		}
	})
}

func FuzzDecodeAddEvents(f *testing.F) {
	f.Add(`{"Name":"blob","Hash":"QmX","Size":"12"}` + "\n")
	f.Add(`{"Name":"blob","Bytes":1}` + "\n{}\n")
	f.Fuzz(func(t *testing.T, body string) {
		ev, err := decodeAddEvents(strings.NewReader(body), "blob")
		if err == nil && (ev.Hash == "" || ev.Name != "blob") {
			t.Fatalf("accepted %+v", ev)
		}
	})
}

func FuzzDecodeErrorBody(f *testing.F) {
	f.Add([]byte(`{"Message":"x","Code":0,"Type":"error"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		msg := decodeErrorBody(b)
		if strings.ContainsAny(msg, "\x1b\n\r\x00") || len([]rune(msg)) > 301 {
			t.Fatalf("unsafe message %q", msg)
		}
	})
}

func FuzzParseURI(f *testing.F) {
	f.Add("ipfs://QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseURI(s)
		if err == nil && URI(c) != s {
			t.Fatalf("%q parsed to %s, which prints differently", s, c)
		}
	})
}

func FuzzParseEndpoint(f *testing.F) {
	f.Add("/ip4/127.0.0.1/tcp/5001")
	f.Add("http://127.0.0.1:5001")
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseEndpoint("fuzz", s)
		if err == nil && !strings.HasPrefix(got, "http://") && !strings.HasPrefix(got, "https://") {
			t.Fatalf("%q gave %q", s, got)
		}
	})
}
