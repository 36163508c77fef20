//go:build linux

package wire

import "syscall"

// adviseHuge asks the kernel to back a large, not yet touched message buffer
// with transparent huge pages: one fault per 2 MiB instead of one per 4 KiB.
// Filling a fresh 64 MiB buffer costs about as much in page faults as
// hashing it on a virtual machine; this is a hint, ignored where THP is off.
func adviseHuge(b []byte) {
	if cap(b) >= hugeAdviceMin {
		_ = syscall.Madvise(b[:cap(b)], syscall.MADV_HUGEPAGE)
	}
}

const hugeAdviceMin = 4 << 20
