package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
)

// demoLog is where the demo's daemons log: nowhere by default, or the file
// `veil demo --log FILE` names (debug level, each line prefixed with the
// home's name), which tells why a job did not settle.
type demoLog struct {
	path string
	mu   sync.Mutex
	f    *os.File
}

func openDemoLog(path string) (*demoLog, error) {
	if path == "" {
		return &demoLog{}, nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, fmt.Errorf("demo: daemons' log: %w", err)
	}
	return &demoLog{path: path, f: f}, nil
}

// logger is the log of the daemon running in home dir.
func (l *demoLog) logger(dir string) *slog.Logger {
	if l.f == nil {
		return slog.New(slog.DiscardHandler)
	}
	w := prefixWriter{w: l, name: filepath.Base(dir)}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// Write serialises the daemons' lines.
func (l *demoLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.f.Write(b)
}

// explain names the log in the demo's error.
func (l *demoLog) explain(err error) error {
	if err == nil || l.f == nil {
		return err
	}
	return fmt.Errorf("%w (the daemons' logs are in %s)", err, l.path)
}

func (l *demoLog) Close() error {
	if l.f == nil {
		return nil
	}
	return l.f.Close()
}

var _ io.Writer = (*demoLog)(nil)
