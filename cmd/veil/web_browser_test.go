package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chromedp/chromedp"

	"github.com/veil-market/veil/internal/browsertest"
)

// TestWebCatalogInBrowser drives Chromium over the catalog `veil devnet --web`
// serves while real daemons (processes of the real binary) run an fl job:
// the catalog lists what `veil dataset list` lists, the job's page follows
// it to settled with every step of its timeline, the dataset's ε bar moves by
// the job's ε, hostile titles show escaped and cut, and the search form
// filters by column and engine. A failure leaves a screenshot.
func TestWebCatalogInBrowser(t *testing.T) {
	tab := browsertest.New(t, 5*time.Minute)
	p, web := startWebMarket(t)
	p.publishSplit("../../testdata/breast_cancer.csv", "../../testdata/breast_cancer.bounds.json", 3, "fl,he")
	publishHostile(t, p, "owner2")

	listed := p.catalogJSON()
	rows := catalogRows(t, tab, web+"datasets", len(listed))
	checkCatalogMatchesCLI(t, listed, rows)
	checkHostileRows(t, rows)
	checkAccessible(t, tab, "catalog")
	shoot(t, tab, "catalog")

	before := budgetBar(t, tab, web+"datasets/1", "epsilon")
	if before.Spent != 0 || before.Left != 10 || before.Text != "ε: 0 spent, 0 reserved by open jobs, 10 left of 10" {
		t.Fatalf("dataset 1's ε bar before any job: %+v", before)
	}

	for _, n := range []string{"owner1", "owner2", "owner3", "compute1"} {
		p.startNode(n)
	}
	id := p.submit("fl", `{"type":"train","model":"logistic","label":"benign","rounds":3}`, `{"epsilon":1,"delta":1e-5}`)
	seen := followJob(t, tab, fmt.Sprintf("%sjobs/%d", web, id), 3*time.Minute)
	if seen[0] == "settled" || seen[len(seen)-1] != "settled" {
		t.Fatalf("the job page showed %v, want it to follow the job to settled", seen)
	}
	checkJobPage(t, tab)
	checkAccessible(t, tab, "job")
	shoot(t, tab, "job")

	after := budgetBar(t, tab, web+"datasets/1", "epsilon")
	if after.Spent != 1 || after.Left != 9 || after.SpentWidth <= before.SpentWidth || after.SpentWidth != 10 {
		t.Fatalf("dataset 1's ε bar after a job at ε = 1: %+v (before: %+v)", after, before)
	}
	checkAccessible(t, tab, "dataset")
	shoot(t, tab, "dataset")

	checkSearch(t, tab, web)
	if err := chromedp.Do(tab, chromedp.Navigate(web+"nodes/"+p.address("compute1"))); err != nil {
		t.Fatal(err)
	}
	checkAccessible(t, tab, "node")
	shoot(t, tab, "node")
}

// checkAccessible reads the page as assistive technology would: one of each
// landmark, one h1, every form control with a label, every table with
// column headers, every drawing with a name, no script and nothing loaded
// from elsewhere.
func checkAccessible(t *testing.T, tab context.Context, page string) {
	t.Helper()
	problems := evaluate[[]string](t, tab, `(() => { const p = [];
		for (const sel of ['header', 'nav[aria-label]', 'main#main', 'footer'])
			if (document.querySelectorAll(sel).length !== 1) p.push('landmark ' + sel);
		if (document.querySelectorAll('h1').length !== 1) p.push('h1 count');
		if (!document.documentElement.lang) p.push('no lang');
		for (const c of document.querySelectorAll('input, select, textarea'))
			if (!c.labels || c.labels.length === 0) p.push('unlabelled ' + c.name);
		for (const tb of document.querySelectorAll('table'))
			if (!tb.querySelector('thead th[scope=col]')) p.push('table without column headers');
		for (const g of document.querySelectorAll('svg[role=img]')) {
			const id = g.getAttribute('aria-labelledby'); const l = id && document.getElementById(id);
			if (!l || !l.textContent.trim()) p.push('svg without a name');
		}
		if (document.scripts.length) p.push('script');
		for (const r of performance.getEntriesByType('resource'))
			if (!r.name.startsWith(location.origin)) p.push('fetched ' + r.name);
		return p; })()`)
	if len(problems) > 0 {
		t.Errorf("%s page: %v", page, problems)
	}
}

// startWebMarket runs `veil devnet --web` with three owners and one compute
// home, and returns the market and the catalog's URL.
func startWebMarket(t *testing.T) (*procMarket, string) {
	t.Helper()
	p, line := startProcMarketLine(t, 3, "--web=127.0.0.1:0")
	if !strings.HasPrefix(line.Web, "http://127.0.0.1:") {
		t.Fatalf("veil devnet --web printed no catalog URL: %+v", line)
	}
	return p, line.Web
}

func (p *procMarket) catalogJSON() []listingView {
	p.t.Helper()
	var listed []listingView
	if err := json.Unmarshal([]byte(p.veil("buyer", "dataset", "list", "--json")), &listed); err != nil {
		p.t.Fatal(err)
	}
	return listed
}

// catalogRow is a row of the catalog's table as the browser shows it.
type catalogRow struct {
	ID     uint64   `json:"id"`
	Title  string   `json:"title"`
	Cells  []string `json:"cells"`
	Height float64  `json:"height"`
}

// catalogRows loads the catalog until it lists want datasets and reads its rows.
func catalogRows(t *testing.T, tab context.Context, url string, want int) []catalogRow {
	t.Helper()
	var rows []catalogRow
	waitPage(t, tab, url, time.Minute, func() bool {
		rows = evaluate[[]catalogRow](t, tab, `[...document.querySelectorAll('#catalog tbody tr[data-id]')].map(r => ({
			id: +r.dataset.id, title: r.querySelector('th').innerText, height: r.getBoundingClientRect().height,
			cells: [...r.cells].map(c => c.innerText)}))`)
		return len(rows) == want
	})
	return rows
}

func checkCatalogMatchesCLI(t *testing.T, listed []listingView, rows []catalogRow) {
	t.Helper()
	for i, v := range listed {
		r := rows[i]
		cli := veilTitleCell(v)
		if r.ID != v.ID || r.Title != strings.Join(strings.Fields(cli), " ") || r.Cells[3] != v.Price || r.Cells[4] != v.Engines ||
			r.Cells[5] != fmt.Sprintf("%g / %g", v.EpsilonLeft, v.Epsilon) {
			t.Errorf("catalog row %d = %+v; veil dataset list says %d %q %s %s ε %g/%g", i, r, v.ID, cli, v.Price, v.Engines, v.EpsilonLeft, v.Epsilon)
		}
	}
}

// veilTitleCell is a title as the catalog's table shows it: cut to 80
// characters (the browser also collapses runs of spaces).
func veilTitleCell(v listingView) string { return cutRunes(v.Title, 80) }

func cutRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// checkHostileRows: the escape sequences show as text and the 100 KB title
// is cut, so neither can fake a row or pad the table.
func checkHostileRows(t *testing.T, rows []catalogRow) {
	t.Helper()
	ansi, long := rows[3], rows[4]
	if strings.ContainsAny(ansi.Title, "\x1b\x07\n") || !strings.HasPrefix(ansi.Title, `\x1b[2J\x1b]0;pwned\x07Free data\x0a9`) {
		t.Errorf("the hostile title shows as %q, want its escapes visible", ansi.Title)
	}
	if n := utf8.RuneCountInString(long.Title); n != 80 || !strings.HasSuffix(long.Title, "…") {
		t.Errorf("the 100 KB title shows %d characters, want 80 ending in …", n)
	}
	for _, r := range rows {
		if r.Height > 3*rows[0].Height {
			t.Errorf("row %d is %.0f px high, the first %.0f px", r.ID, r.Height, rows[0].Height)
		}
	}
}

// Bar is a budget bar as the browser shows it.
type barView struct {
	Spent      float64 `json:"spent"`
	Reserved   float64 `json:"reserved"`
	Left       float64 `json:"left"`
	SpentWidth float64 `json:"spentWidth"`
	Text       string  `json:"text"`
	Label      string  `json:"label"`
}

func budgetBar(t *testing.T, tab context.Context, url, id string) barView {
	t.Helper()
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	b := evaluate[barView](t, tab, fmt.Sprintf(`(() => { const f = document.getElementById('budget-%s');
		const svg = f.querySelector('svg'); const label = document.getElementById(svg.getAttribute('aria-labelledby'));
		return {spent: +f.dataset.spent, reserved: +f.dataset.reserved, left: +f.dataset.left,
			spentWidth: +f.querySelector('rect.spent').getAttribute('width'), text: f.querySelector('figcaption').innerText,
			label: label ? label.innerText : ''}; })()`, id))
	if b.Label != b.Text || svgRole(t, tab, id) != "img" {
		t.Errorf("the %s bar is not labelled by its text: label %q, text %q", id, b.Label, b.Text)
	}
	return b
}

func svgRole(t *testing.T, tab context.Context, id string) string {
	return evaluate[string](t, tab, fmt.Sprintf(`document.querySelector('#budget-%s svg').getAttribute('role')`, id))
}

// followJob reloads a job's page until it shows settled (or failed) and
// returns the states it showed, in order.
func followJob(t *testing.T, tab context.Context, url string, timeout time.Duration) []string {
	t.Helper()
	var seen []string
	waitPage(t, tab, url, timeout, func() bool {
		s := evaluate[string](t, tab, `(document.getElementById('job-state') || {innerText: ''}).innerText`)
		if s != "" && (len(seen) == 0 || seen[len(seen)-1] != s) {
			seen = append(seen, s)
		}
		return s == "settled" || s == "failed" || s == "cancelled"
	})
	return seen
}

// checkJobPage reads a settled job's page: every participant accepted, each
// owner posted its commitment before the aggregator revealed the result and
// redeemed its 3 receipts, the plan shows its noise, the payments add up.
func checkJobPage(t *testing.T, tab context.Context) {
	t.Helper()
	kinds := evaluate[[]string](t, tab, `[...document.querySelectorAll('ol.timeline li')].map(li => li.dataset.kind)`)
	count := func(k string) int {
		n := 0
		for _, x := range kinds {
			if x == k {
				n++
			}
		}
		return n
	}
	reveal := slices.Index(kinds, "result revealed")
	if kinds[0] != "submitted" || count("accepted") != 4 || count("started") != 1 || count("commitment posted") != 3 ||
		reveal < 0 || slices.Index(kinds, "commitment posted") > reveal || kinds[len(kinds)-1] != "settled" {
		t.Errorf("timeline %v, want submitted, 4 accepted, started, 3 commitments before the reveal, settled", kinds)
	}
	type participant struct {
		Status   string `json:"status"`
		Receipts string `json:"receipts"`
		Paid     string `json:"paid"`
	}
	parts := evaluate[[]participant](t, tab, `[...document.querySelectorAll('#participants tbody tr')].map(r => ({
		status: r.dataset.status, receipts: r.cells[6].innerText, paid: r.cells[7].innerText}))`)
	for i, pt := range parts[:3] {
		if pt.Status != "confirmed (its commitment matched)" || pt.Receipts != "3 round(s)" || pt.Paid != "0.1" {
			t.Errorf("owner %d: %+v, want confirmed with 3 receipts redeemed and paid 0.1", i+1, pt)
		}
	}
	if parts[3].Status != "accepted, delivered" {
		t.Errorf("aggregator: %+v", parts[3])
	}
	noise := evaluate[[]string](t, tab, `[...document.querySelectorAll('#noise tbody th')].map(th => th.innerText)`)
	if !slices.Contains(noise, "share_sigma") || !slices.Contains(noise, "sensitivity") {
		t.Errorf("noise table %v, want the fl plan's share_sigma and sensitivity", noise)
	}
	hashes := evaluate[[]string](t, tab, `[...document.querySelectorAll('#result code.hash')].map(c => c.innerText)`)
	if len(hashes) != 2 || len(hashes[0]) != 64 {
		t.Errorf("result hashes %v", hashes)
	}
}

// checkSearch fills in the search form like a user: a column name finds the
// three parts of breast_cancer (not the hostile datasets), the engine filter
// keeps the he ones, a bad price says what is wrong.
func checkSearch(t *testing.T, tab context.Context, web string) {
	t.Helper()
	ids := func() []uint64 {
		return evaluate[[]uint64](t, tab, `[...document.querySelectorAll('#catalog tbody tr[data-id]')].map(r => +r.dataset.id)`)
	}
	if err := chromedp.Do(tab, chromedp.Navigate(web+"datasets"),
		chromedp.SendKeys(chromedp.ID("q"), "mean_radius"),
		chromedp.Submit(chromedp.ID("q")),
		chromedp.WaitReady(chromedp.CSS("#catalog caption"))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, func() bool { return slices.Equal(ids(), []uint64{1, 2, 3}) }, func() string {
		return fmt.Sprintf("searching mean_radius lists %v, want [1 2 3]", ids())
	})
	for query, want := range map[string][]uint64{"engine=fl": {1, 2, 3}, "engine=he&q=income": {4, 5},
		"min_epsilon=6": {1, 2, 3}, "max_price=0.05": {}, "engine=he&max_price=0.1&min_epsilon=4": {1, 2, 3, 4, 5}} {
		if err := chromedp.Do(tab, chromedp.Navigate(web+"datasets?"+query)); err != nil {
			t.Fatal(err)
		}
		if got := ids(); !slices.Equal(got, want) {
			t.Errorf("datasets?%s lists %v, want %v", query, got, want)
		}
	}
	if err := chromedp.Do(tab, chromedp.Navigate(web+"datasets?max_price=lots")); err != nil {
		t.Fatal(err)
	}
	if msg := evaluate[string](t, tab, `document.querySelector('[role=alert]').innerText`); !strings.Contains(msg, "max_price") {
		t.Errorf("a bad price says %q", msg)
	}
}

// waitPage loads url until ok() holds after the load.
func waitPage(t *testing.T, tab context.Context, url string, timeout time.Duration, ok func() bool) {
	t.Helper()
	waitFor(t, timeout, func() bool {
		if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
			t.Fatal(err)
		}
		return ok()
	}, func() string { return "page " + url + " never showed what the test waits for" })
}

func waitFor(t *testing.T, timeout time.Duration, ok func() bool, why func() string) {
	t.Helper()
	for deadline := time.Now().Add(timeout); !ok(); time.Sleep(300 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal(why())
		}
	}
}

func evaluate[T any](t *testing.T, tab context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(tab, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// shoot writes a screenshot of the page when VEIL_SCREENSHOTS names a directory.
func shoot(t *testing.T, tab context.Context, name string) {
	t.Helper()
	if os.Getenv("VEIL_SCREENSHOTS") == "" {
		return
	}
	path, err := browsertest.Screenshot(tab, "web-"+name)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot of the %s page: %s", name, path)
}
