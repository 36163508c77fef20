package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"filippo.io/age"
	"github.com/spf13/cobra"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/seal"
)

func newBenchSealCmd(g *globals) *cobra.Command {
	var mb int
	cmd := &cobra.Command{
		Use:   "seal [--mb 100]",
		Short: "Sealing and opening throughput against bare filippo.io/age encryption of the same file, with peak memory",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return benchSeal(cmd.Context(), g, mb)
		},
	}
	cmd.Flags().IntVar(&mb, "mb", 100, "size of the generated CSV in MB")
	return cmd
}

func benchSeal(ctx context.Context, g *globals, mb int) error {
	dir, err := os.MkdirTemp("", "veil-bench-seal-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	src := filepath.Join(dir, "data.csv")
	g.note("writing a %d MB CSV ...", mb)
	size, err := writeCSV(src, int64(mb)<<20)
	if err != nil {
		return err
	}
	id, err := seal.NewDatasetIdentity(nil)
	if err != nil {
		return err
	}
	store, err := seal.NewDirStore(filepath.Join(dir, "blobs"))
	if err != nil {
		return err
	}
	var ptr seal.Pointer
	steps := []struct {
		name string
		run  func() error
	}{
		{"CSV validation (dataset.Inspect)", func() error {
			return fromFile(src, func(r io.Reader) error { _, err := dataset.Inspect(r); return err })
		}},
		{"bare age encryption to a file (baseline)", func() error { return ageToFile(src, filepath.Join(dir, "bare.age"), id.Recipient(), false) }},
		{"bare age encryption to a file + fsync (baseline)", func() error {
			return ageToFile(src, filepath.Join(dir, "bare2.age"), id.Recipient(), true)
		}},
		{"bare age encryption, discarded (baseline)", func() error { return ageToFile(src, os.DevNull, id.Recipient(), false) }},
		{"seal: encrypt + SHA-256 + durable store", func() (err error) {
			return fromFile(src, func(r io.Reader) error { ptr, err = seal.Seal(ctx, r, id.Recipient(), store); return err })
		}},
		{"open: verify digest + decrypt", func() error { return seal.Open(ctx, store, ptr, id, io.Discard) }},
	}
	var rows [][]string
	var bare, durable, sealed float64
	for _, s := range steps {
		t := time.Now()
		if err := s.run(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		rate := float64(size) / 1e6 / time.Since(t).Seconds()
		switch {
		case strings.HasPrefix(s.name, "bare age encryption to a file + fsync"):
			durable = rate
		case strings.HasPrefix(s.name, "bare age encryption to a file"):
			bare = rate
		case strings.HasPrefix(s.name, "seal"):
			sealed = rate
		}
		rows = append(rows, []string{s.name, fmt.Sprintf("%.0f", rate)})
	}
	rows = append(rows, []string{"seal / bare age to a file", fmt.Sprintf("%.0f %%", 100*sealed/bare)})
	rows = append(rows, []string{"seal / bare age to a file + fsync (same durability)", fmt.Sprintf("%.0f %%", 100*sealed/durable)})
	rows = append(rows, []string{"peak RSS of this process", peakRSS()})
	printTable(g, fmt.Sprintf("%d MB CSV\tMB/s", mb), rows)
	return nil
}

func fromFile(path string, f func(io.Reader) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	return f(file)
}

func ageToFile(src, dst string, r age.Recipient, durable bool) error {
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	defer out.Close()
	return fromFile(src, func(in io.Reader) error {
		w, err := age.Encrypt(out, r)
		if err != nil {
			return err
		}
		if _, err := io.Copy(w, in); err != nil {
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
		if durable {
			return out.Sync()
		}
		return nil
	})
}

// writeCSV writes about n bytes of a 30-column numeric CSV.
func writeCSV(path string, n int64) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	rng := rand.New(rand.NewPCG(1, 2))
	var written int64
	for i := range 30 {
		if i > 0 {
			w.WriteByte(',')
		}
		fmt.Fprintf(w, "c%d", i)
	}
	w.WriteByte('\n')
	var line []byte
	for written < n {
		line = line[:0]
		for i := range 30 {
			if i > 0 {
				line = append(line, ',')
			}
			line = strconv.AppendFloat(line, rng.NormFloat64()*100, 'f', 4, 64)
		}
		line = append(line, '\n')
		w.Write(line)
		written += int64(len(line))
	}
	return written, w.Flush()
}

// peakRSS reads VmHWM from /proc (Linux); "n/a" elsewhere.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:"))
		}
	}
	return "n/a"
}
