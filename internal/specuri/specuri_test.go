package specuri

import (
	"context"
	"crypto/sha256"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestFetch(t *testing.T) {
	doc := []byte(`{"engine":"fl"}`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/spec":
			w.Write(doc)
		case "/big":
			w.Write(make([]byte, 70<<10))
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	want := sha256.Sum256(doc)
	local := Fetcher{AllowPrivate: true}
	got, err := local.Fetch(context.Background(), srv.URL+"/spec", want)
	if err != nil || string(got) != string(doc) {
		t.Fatalf("Fetch = %q, %v", got, err)
	}
	cases := []struct {
		name string
		f    Fetcher
		uri  string
		want string
	}{
		{"a private address by default", Fetcher{}, srv.URL + "/spec", "loopback, private or link-local"},
		{"another document", local, srv.URL + "/big", "more than the 65536"},
		{"not found", local, srv.URL + "/nothing", "HTTP status 404"},
		{"redirect loop", local, srv.URL + "/loop", "more than 3 redirects"},
		{"a file URI", local, "file:///etc/passwd", "only http and https"},
		{"no host", local, "http:///spec", "only http and https"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := c.f.Fetch(context.Background(), c.uri, want)
			if !errors.Is(err, ErrFetch) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Fetch(%s) = %v, want ErrFetch saying %q", c.uri, err, c.want)
			}
		})
	}
	if _, err := local.Fetch(context.Background(), srv.URL+"/spec", [32]byte{1}); err == nil || !strings.Contains(err.Error(), "does not match") {
		t.Fatalf("a document with another hash: %v", err)
	}
}
