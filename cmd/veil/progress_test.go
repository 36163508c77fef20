package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestProgressOnlyOnATerminal: progress lines are drawn on a terminal only;
// in a pipe, a file or with --json nothing is written.
func TestProgressOnlyOnATerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, g := range []*globals{{errOut: &bytes.Buffer{}}, {errOut: f}, {errOut: os.Stderr, json: true}} {
		p := g.progress()
		p.show(true, "sealing: %s", mib(1<<20))
		p.done()
		if p.on {
			t.Errorf("progress drawn on %T (json %t)", g.errOut, g.json)
		}
	}
	if st, _ := f.Stat(); st.Size() != 0 {
		t.Errorf("%d bytes of progress in a file", st.Size())
	}
	var buf bytes.Buffer
	p := &progressLine{w: &buf, on: true, every: time.Hour}
	p.show(true, "sealing: %s of %s", mib(0), mib(3<<20))
	p.show(false, "not drawn: too soon")
	p.show(true, "sealing: %s of %s", mib(3<<20), mib(3<<20))
	p.done()
	if got, want := buf.String(), "\r\x1b[Ksealing: 0.0 MiB of 3.0 MiB\r\x1b[Ksealing: 3.0 MiB of 3.0 MiB\r\x1b[K"; got != want {
		t.Fatalf("terminal got %q, want %q", got, want)
	}
	if strings.Contains(buf.String(), "not drawn") {
		t.Fatal("redrawn faster than its period")
	}
}
