//go:build linux

package sandbox

import (
	"encoding/binary"
	"fmt"
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// cowMemory backs an instance's linear memory with a private copy-on-write
// mapping of a memory file that holds the snapshot. Restoring the snapshot
// is then a matter of finding the pages written since (the kernel's page
// map says which pages are private copies) and dropping them: the next
// access reads the file again. That costs the pages written, not the whole
// memory.
//
// Why it restores exactly: after reset every page of [0, n) is either not
// mapped (the next access maps the file's page, the snapshot) or mapped to
// the file's own page (never written: writes to a private mapping go to a
// private copy, and the file itself is only written by freeze). Private
// copies — present and not file-backed, or swapped out — are dropped.
type cowMemory struct {
	fd      int
	mem     []byte
	snap    []byte // the frozen content
	pagemap *os.File
	entries []byte
	page    int
	hwm     int // the file holds non-zero bytes below this offset at most
}

func newCowMemory(max uint64) (*cowMemory, error) {
	pm, err := os.Open("/proc/self/pagemap")
	if err != nil {
		return nil, err
	}
	fd, err := unix.MemfdCreate("veil-wasm", unix.MFD_CLOEXEC)
	if err != nil {
		pm.Close()
		return nil, err
	}
	c := &cowMemory{fd: fd, pagemap: pm, page: unix.Getpagesize()}
	if err := unix.Ftruncate(fd, int64(max)); err != nil || max == 0 {
		c.Free()
		return nil, fmt.Errorf("sandbox: sizing the memory file: %v", err)
	}
	if c.mem, err = unix.Mmap(fd, 0, int(max), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE); err != nil {
		c.Free()
		return nil, err
	}
	return c, nil
}

// Reallocate implements experimental.LinearMemory: the mapping never moves.
func (c *cowMemory) Reallocate(size uint64) []byte {
	if size > uint64(len(c.mem)) {
		return nil
	}
	return c.mem[:size]
}

// Free implements experimental.LinearMemory.
func (c *cowMemory) Free() {
	if c.mem != nil {
		unix.Munmap(c.mem)
		c.mem = nil
	}
	if c.fd >= 0 {
		unix.Close(c.fd)
		c.fd = -1
	}
	c.pagemap.Close()
}

// freeze makes snap — which must be the memory's current content, n bytes
// — the file's content, zero beyond, and drops the private pages. Pages
// still mapped to the file see the new content (a private mapping shares
// the file's pages until it writes them); only private copies are dropped,
// so pages the module merely read are not faulted in again.
func (c *cowMemory) freeze(snap []byte) error {
	if _, err := unix.Pwrite(c.fd, snap, 0); err != nil {
		return err
	}
	if c.hwm > len(snap) {
		if err := unix.Fallocate(c.fd, unix.FALLOC_FL_PUNCH_HOLE|unix.FALLOC_FL_KEEP_SIZE, int64(len(snap)), int64(c.hwm-len(snap))); err != nil {
			return err
		}
	}
	c.hwm = len(snap)
	c.snap = snap
	c.entries = make([]byte, 8*((len(snap)+c.page-1)/c.page))
	return c.dirtyRuns(func(from, to int) error { return unix.Madvise(c.mem[from:to], unix.MADV_DONTNEED) })
}

// Page map entry bits (Documentation/admin-guide/mm/pagemap.rst).
const (
	pmPresent = 1 << 63
	pmSwapped = 1 << 62
	pmFile    = 1 << 61
)

// reset copies the snapshot over every page of the frozen range written
// since freeze. Copied pages stay private (the page map keeps reporting
// them), so each row copies the pages written by any row so far; dropping
// them instead (MADV_DONTNEED) would make the next write fault again, which
// in a virtual machine costs far more than copying 4 KiB.
func (c *cowMemory) reset() error {
	return c.dirtyRuns(func(from, to int) error {
		copy(c.mem[from:to], c.snap[from:to])
		return nil
	})
}

// dirtyRuns calls f on each run [from, to) of private pages in the frozen
// range — present and not file-backed, or swapped out.
func (c *cowMemory) dirtyRuns(f func(from, to int) error) error {
	off := int64(uintptr(unsafe.Pointer(&c.mem[0]))/uintptr(c.page)) * 8
	if _, err := c.pagemap.ReadAt(c.entries, off); err != nil {
		return fmt.Errorf("sandbox: reading the page map: %w", err)
	}
	run := -1
	for i := 0; i <= len(c.entries)/8; i++ {
		dirty := false
		if i < len(c.entries)/8 {
			e := binary.LittleEndian.Uint64(c.entries[8*i:])
			dirty = e&pmSwapped != 0 || (e&pmPresent != 0 && e&pmFile == 0)
		}
		switch {
		case dirty && run < 0:
			run = i
		case !dirty && run >= 0:
			if err := f(run*c.page, min(i*c.page, len(c.snap))); err != nil {
				return err
			}
			run = -1
		}
	}
	return nil
}
