//go:build unix

package seal

import (
	"syscall"
	"time"
)

// processCPU returns the user+system CPU time this process has used, so
// benchmarks can report cost per byte independent of how busy the shared
// machine is.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
