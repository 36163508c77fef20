package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/catalog"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/web"

	_ "github.com/veil-market/veil/engine/fl"
)

// Titles a hostile owner publishes straight through the contract.
var (
	markupTitle = `<script>alert(1)</script>" onmouseover="x` + "\x1b[2J"
	longTitle   = strings.Repeat("W", 100_000)
)

type fixture struct {
	srv    *httptest.Server
	m      *markettest.Market
	job    uint64
	markup uint64
	long   uint64
}

// newFixture serves the catalog of a devnet with two published parts of
// breast_cancer, two hostile datasets and one submitted job.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	m := markettest.StartWith(t, markettest.Options{Owners: 2, AcceptWindow: 10 * time.Second, Quiet: true})
	tab := markettest.Table(t, "../testdata/breast_cancer.csv")
	m.Publish(tab.SplitIID(2, rand.New(rand.NewPCG(1, 1))), markettest.Bounds(t, "../testdata/breast_cancer.bounds.json"),
		chain.EngineFL, big.NewInt(1e17))
	f := &fixture{m: m, markup: m.PublishTitle(markupTitle), long: m.PublishTitle(longTitle)}
	f.job = m.Submit(m.Spec("fl", `{"type":"train","model":"logistic","label":"benign","rounds":2}`, `{"epsilon":1,"delta":1e-5}`))
	b := m.Members["buyer"].Market
	idx := catalog.NewIndex(chain.NewMarket(b.Backend(), b.Address(), nil, 0), m.Net.Info.DeployBlock, 0)
	if err := idx.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	s, err := web.New(idx, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(s.Handler())
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) get(t *testing.T, path, accept string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, f.srv.URL+path, nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestServer(t *testing.T) {
	f := newFixture(t)
	owner := f.m.Owners()[0].Home.Address().Hex()
	pages := []string{"/", "/datasets", "/datasets/1", fmt.Sprintf("/datasets/%d", f.markup), "/jobs",
		fmt.Sprintf("/jobs/%d", f.job), "/nodes", "/nodes/" + owner}
	t.Run("pages", func(t *testing.T) {
		for _, p := range pages {
			checkPage(t, f, p)
		}
	})
	t.Run("JSON twins", func(t *testing.T) {
		for _, p := range pages {
			checkTwins(t, f, p)
		}
	})
	t.Run("hostile text", func(t *testing.T) { checkHostile(t, f) })
	t.Run("read-only", func(t *testing.T) { checkReadOnly(t, f) })
	t.Run("not found", func(t *testing.T) { checkNotFound(t, f) })
	t.Run("search", func(t *testing.T) { checkSearch(t, f) })
}

var (
	external  = regexp.MustCompile(`(?i)(src|href|action)="(https?:)?//`)
	inputIDs  = regexp.MustCompile(`<(?:input|select)[^>]* id="([^"]+)"`)
	landmarks = []string{`<header class="site">`, `<nav aria-label="Main">`, `<main id="main"`, `<footer class="site">`, `<html lang="en">`}
)

// checkPage: a page is HTML under the strict CSP, with landmarks, labelled
// inputs, table headers, no script and nothing fetched from elsewhere.
func checkPage(t *testing.T, f *fixture, path string) {
	resp, body := f.get(t, path, "text/html")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("%s: %s %s", path, resp.Status, resp.Header.Get("Content-Type"))
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") {
		t.Errorf("%s: CSP %q", path, csp)
	}
	if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("%s: no nosniff", path)
	}
	for _, l := range landmarks {
		if !strings.Contains(body, l) {
			t.Errorf("%s: no %s", path, l)
		}
	}
	if strings.Contains(body, "<script") || external.MatchString(body) || strings.Contains(body, " style=") {
		t.Errorf("%s: a script, an inline style or a resource from elsewhere", path)
	}
	for _, m := range inputIDs.FindAllStringSubmatch(body, -1) {
		if !strings.Contains(body, `<label for="`+m[1]+`"`) {
			t.Errorf("%s: input %s has no label", path, m[1])
		}
	}
	if strings.Contains(body, "<table") && !strings.Contains(body, `<th scope="col">`) {
		t.Errorf("%s: a table without column headers", path)
	}
}

// checkTwins: the .json suffix and Accept: application/json give the same
// document, and the HTML links to it.
func checkTwins(t *testing.T, f *fixture, path string) {
	twin := path + ".json"
	if path == "/" {
		twin = "/datasets.json"
	}
	r1, byName := f.get(t, twin, "")
	r2, byAccept := f.get(t, path, "application/json")
	if r1.StatusCode != 200 || r2.StatusCode != 200 || r1.Header.Get("Content-Type") != "application/json" || byName != byAccept {
		t.Fatalf("%s: twin %s %s, Accept %s; the two differ: %t", path, twin, r1.Status, r2.Status, byName != byAccept)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(byName), &v); err != nil || len(v) == 0 {
		t.Fatalf("%s: JSON twin does not decode: %v", path, err)
	}
	if _, page := f.get(t, path, ""); !strings.Contains(page, `href="`+twin+`"`) {
		t.Errorf("%s: the page does not link its JSON twin %s", path, twin)
	}
}

// checkHostile: markup in a title is text, escape sequences show as text, and
// a 100 KB title costs the catalog page 80 characters; the JSON keeps it whole.
func checkHostile(t *testing.T, f *fixture) {
	_, page := f.get(t, "/datasets", "")
	if strings.Contains(page, "<script>") || strings.Contains(page, "\x1b") || !strings.Contains(page, `&lt;script&gt;alert(1)&lt;/script&gt;&#34; onmouseover=&#34;x\x1b[2J`) {
		t.Errorf("the markup title is not shown as escaped text")
	}
	if len(page) > 20_000 || !strings.Contains(page, strings.Repeat("W", 79)+"…</a>") || strings.Contains(page, strings.Repeat("W", 81)) {
		t.Errorf("catalog page of %d bytes: the 100 KB title is not cut to 80 characters", len(page))
	}
	_, js := f.get(t, fmt.Sprintf("/datasets/%d.json", f.long), "")
	var d catalog.Dataset
	if err := json.Unmarshal([]byte(js), &d); err != nil || d.Title != longTitle {
		t.Errorf("the JSON twin cuts the long title to %d bytes (%v)", len(d.Title), err)
	}
}

func checkReadOnly(t *testing.T, f *fixture) {
	if resp, err := http.Head(f.srv.URL + "/datasets"); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("HEAD /datasets: %v %v", resp, err)
	}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
		req, _ := http.NewRequest(method, f.srv.URL+"/datasets", strings.NewReader("x=1"))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: %s, want 405 with Allow: GET, HEAD", method, resp.Status)
		}
	}
}

func checkNotFound(t *testing.T, f *fixture) {
	for _, p := range []string{"/datasets/999", "/datasets/abc", "/datasets/0", "/jobs/999", "/nodes/0x12", "/nodes/0x" + strings.Repeat("ab", 20), "/nope"} {
		if resp, body := f.get(t, p, ""); resp.StatusCode != http.StatusNotFound || !strings.Contains(body, `<main id="main"`) {
			t.Errorf("%s: %s", p, resp.Status)
		}
	}
	resp, body := f.get(t, "/datasets/999.json", "")
	var e struct{ Error string }
	if resp.StatusCode != http.StatusNotFound || json.Unmarshal([]byte(body), &e) != nil || !strings.Contains(e.Error, "No dataset 999") {
		t.Errorf("/datasets/999.json: %s %s", resp.Status, body)
	}
}

func checkSearch(t *testing.T, f *fixture) {
	ids := func(q string) []uint64 {
		var c struct{ Datasets []catalog.Dataset }
		_, body := f.get(t, "/datasets.json?"+q, "")
		if err := json.Unmarshal([]byte(body), &c); err != nil {
			t.Fatal(err)
		}
		out := []uint64{}
		for _, d := range c.Datasets {
			out = append(out, d.ID)
		}
		return out
	}
	for q, want := range map[string]string{"": "[1 2 3 4]", "q=MEAN_radius": "[1 2]", "q=part+2": "[2]", "q=income": "[3 4]",
		"engine=he": "[3 4]", "engine=fl": "[1 2]", "max_price=0.05": "[]", "min_epsilon=99.5": "[]", "min_epsilon=2": "[1 2]"} {
		if got := fmt.Sprint(ids(q)); got != want {
			t.Errorf("search %q = %s, want %s", q, got, want)
		}
	}
	resp, body := f.get(t, "/datasets.json?max_price=lots", "")
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "max_price") {
		t.Errorf("a bad price: %s %s", resp.Status, body)
	}
}
