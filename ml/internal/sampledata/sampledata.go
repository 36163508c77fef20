// Package sampledata opens the repository's public test datasets
// (testdata/*.csv and their declared *.bounds.json) for ml's tests and
// benchmarks, from whatever directory they run in. It is not part of the
// product.
package sampledata

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/veil-market/veil/dataset"
)

// Path returns the path of name in the repository's testdata directory,
// found by walking up from the working directory to go.mod.
func Path(name string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("sampledata: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata", name), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("sampledata: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Load reads testdata/name with dataset.Read.
func Load(name string) (*dataset.Table, error) {
	f, err := open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := dataset.Read(f)
	if err != nil {
		return nil, fmt.Errorf("sampledata: %s: %w", name, err)
	}
	return t, nil
}

// LoadBounds reads testdata/name, a JSON object {"column": [lo, hi], ...}.
func LoadBounds(name string) (map[string]dataset.Bounds, error) {
	f, err := open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := dataset.ReadBoundsFile(f)
	if err != nil {
		return nil, fmt.Errorf("sampledata: %s: %w", name, err)
	}
	return b, nil
}

func open(name string) (*os.File, error) {
	path, err := Path(name)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("sampledata: %w", err)
	}
	return f, nil
}

// Features returns every column name of t except label.
func Features(t *dataset.Table, label string) []string {
	var out []string
	for _, c := range t.Columns {
		if c != label {
			out = append(out, c)
		}
	}
	return out
}
