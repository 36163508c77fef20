package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

var ownerRows = flag.Int("owner-memory.rows", 100_000,
	"rows of owner1's dataset in TestOwnerMemoryBoundedByData (the operators' review: 995750)")

// TestOwnerMemoryBoundedByData: an owner's daemon (`veil node`, its own
// process) takes part in an fl job over its dataset of -owner-memory.rows
// rows × 30 columns (29 features and the label, every column used). Its peak
// resident memory must stay within 1.5 × the float64 size of those columns
// + 100 MB. (It peaked at 874 MB for 995,750 rows, 239 MB as float64: the
// whole CSV text was held while a row-major table and a copy of it were built.)
func TestOwnerMemoryBoundedByData(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("RSS is read from /proc: Linux only")
	}
	rows := *ownerRows
	p := startProcMarket(t, 3)
	dir := t.TempDir()
	bounds := subsetBounds(t, dir)
	for i, n := range []int{rows, 2000, 2000} {
		file := filepath.Join(dir, fmt.Sprintf("owner%d.csv", i+1))
		writeCancerLike(t, file, n, uint64(i))
		p.veil(fmt.Sprintf("owner%d", i+1), "dataset", "publish", file, "--title", fmt.Sprintf("part %d", i+1), "--price", "0.1",
			"--engines", "fl", "--epsilon", "100", "--bounds-file", bounds)
	}
	for _, n := range []string{"owner1", "owner2", "owner3", "compute1"} {
		p.startNode(n)
	}
	pid := p.nodes["owner1"].Process.Pid
	id := p.submit("fl", `{"type":"train","model":"logistic","label":"benign","rounds":3}`, `{"epsilon":8,"delta":1e-5}`)
	p.waitState(id, "settled", 5*time.Minute)
	peak := memory(t, pid).Peak
	data := int64(rows) * 30 * 8
	bound := data*3/2 + 100<<20
	t.Logf("owner1: %d rows × 30 columns = %.1f MB as float64; peak RSS %.1f MB; bound %.1f MB",
		rows, mb(data), mb(peak), mb(bound))
	if peak > bound {
		t.Fatalf("owner1's daemon peaked at %.1f MB, over 1.5 × %.1f MB + 100 MB = %.1f MB", mb(peak), mb(data), mb(bound))
	}
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }

// cancerColumns are the first 29 features of breast_cancer.csv and its label.
func cancerColumns(t *testing.T) ([]string, [][]string) {
	raw, err := os.ReadFile("../../testdata/breast_cancer.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.ReplaceAll(strings.TrimSpace(string(raw)), "\r", ""), "\n")
	header := strings.Split(lines[0], ",")
	keep := append(header[:29:29], header[len(header)-1])
	var rows [][]string
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		rows = append(rows, append(f[:29:29], f[len(f)-1]))
	}
	return keep, rows
}

// writeCancerLike writes n rows drawn from breast_cancer.csv's rows, each
// feature jittered by up to ±1 % (within the declared bounds).
func writeCancerLike(t *testing.T, path string, n int, seed uint64) {
	cols, src := cancerColumns(t)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	fmt.Fprintln(w, strings.Join(cols, ","))
	rng := rand.New(rand.NewPCG(seed, 7))
	line := make([]byte, 0, 512)
	for i := range n {
		row := src[i%len(src)]
		line = line[:0]
		for j, cell := range row {
			if j > 0 {
				line = append(line, ',')
			}
			if j == len(row)-1 {
				line = append(line, cell...)
				continue
			}
			v, _ := strconv.ParseFloat(cell, 64)
			line = strconv.AppendFloat(line, v*(0.99+0.01*rng.Float64()), 'g', 6, 64)
		}
		line = append(line, '\n')
		w.Write(line)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

// subsetBounds writes breast_cancer's bounds for the columns cancerColumns keeps.
func subsetBounds(t *testing.T, dir string) string {
	raw, err := os.ReadFile("../../testdata/breast_cancer.bounds.json")
	if err != nil {
		t.Fatal(err)
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatal(err)
	}
	cols, _ := cancerColumns(t)
	keep := map[string]json.RawMessage{}
	for _, c := range cols {
		keep[c] = all[c]
	}
	b, _ := json.Marshal(keep)
	path := filepath.Join(dir, "bounds.json")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
