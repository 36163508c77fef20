//go:build unix

package wire

import "syscall"

// fileLimit is the process's soft limit on open files (0 if unknown). Go
// raises it to the hard limit at start.
func fileLimit() uint64 {
	var r syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r); err != nil {
		return 0
	}
	return uint64(r.Cur)
}
