package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// progressLine is a line of progress redrawn in place on stderr while long
// work runs (sealing a file, waiting for a job). It draws only on a
// terminal and never with --json: in a pipe or a log it prints nothing.
type progressLine struct {
	w     io.Writer
	on    bool
	every time.Duration
	mu    sync.Mutex
	last  time.Time
	drawn bool
}

func (g *globals) progress() *progressLine {
	f, ok := g.errOut.(*os.File)
	return &progressLine{w: g.errOut, on: ok && !g.json && term.IsTerminal(int(f.Fd())), every: 100 * time.Millisecond}
}

// show redraws the line, at most every 100 ms unless force.
func (p *progressLine) show(force bool, format string, args ...any) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !force && time.Since(p.last) < p.every {
		return
	}
	p.last, p.drawn = time.Now(), true
	fmt.Fprintf(p.w, "\r\x1b[K"+format, args...)
}

// done clears the line, so what is printed next starts clean.
func (p *progressLine) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// mib shows a byte count in MiB with one decimal.
func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }
