// Package browsertest runs a real browser for tests: Debian's Chromium,
// headless, driven through the DevTools protocol by chromedp. A test that
// needs it calls New: without Chromium the test is skipped, unless CI=true,
// where a missing browser fails it (CI installs the chromium package). A
// failed test leaves a screenshot of the page it was on.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Binaries tried in order when VEIL_CHROMIUM does not name one.
var binaries = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// Find returns the path of a Chromium binary, or "".
func Find() string {
	if p := os.Getenv("VEIL_CHROMIUM"); p != "" {
		return p
	}
	for _, b := range binaries {
		if p, err := exec.LookPath(b); err == nil {
			return p
		}
	}
	return ""
}

// Required reports whether a missing browser fails tests instead of skipping them.
func Required() bool { return os.Getenv("CI") == "true" }

// New starts a headless Chromium with a fresh profile and returns a context
// of one tab; the browser stops when the test ends. timeout bounds the whole
// session.
func New(t testing.TB, timeout time.Duration) context.Context {
	t.Helper()
	bin := Find()
	if bin == "" {
		if Required() {
			t.Fatal("browsertest: Chromium is not installed (apt-get install chromium) and CI=true requires it")
		}
		t.Skip("browsertest: Chromium is not installed (apt-get install chromium); set CI=true to fail instead")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.NoSandbox, // root in containers and CI
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1280, 1000),
	)
	ctx, cancelTimeout := context.WithTimeout(context.Background(), timeout)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	tab, cancelTab := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
		cancelTimeout()
	})
	if err := chromedp.Do(tab, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("browsertest: starting %s: %v", bin, err)
	}
	t.Cleanup(func() { screenshotOnFailure(t, tab) })
	return tab
}

// screenshotOnFailure writes the page a failed test was on to
// $VEIL_SCREENSHOTS (default: the system's temporary directory) and logs where.
func screenshotOnFailure(t testing.TB, tab context.Context) {
	if !t.Failed() {
		return
	}
	if path, err := Screenshot(tab, t.Name()+"-failure"); err != nil {
		t.Logf("browsertest: no screenshot of the failure: %v", err)
	} else {
		t.Logf("browsertest: screenshot of the page at failure: %s", path)
	}
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// Screenshot writes a full-page PNG of the tab under $VEIL_SCREENSHOTS (or
// the temporary directory) and returns its path.
func Screenshot(tab context.Context, name string) (string, error) {
	ctx, cancel := context.WithTimeout(tab, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		return "", err
	}
	dir := os.Getenv("VEIL_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "veil-screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, unsafeName.ReplaceAllString(name, "_")+".png")
	return path, os.WriteFile(path, png, 0o644)
}
