package fsutil_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/veil-market/veil/internal/fsutil"
)

func ExampleCreate() {
	dir, err := os.MkdirTemp("", "fsutil-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "report.txt")

	f, err := fsutil.Create(path, 0o600)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Abort() // removes the temporary file unless Commit succeeded
	fmt.Fprintln(f, "all or nothing")
	if err := f.Commit(); err != nil {
		log.Fatal(err)
	}

	data, _ := os.ReadFile(path)
	fmt.Print(string(data))
	// Output: all or nothing
}
