//go:build unix

package dataset

import (
	"syscall"
	"time"
)

// processCPUTime returns the CPU time this process has used, all threads
// included. Benchmarks report throughput per CPU second as well as per
// wall-clock second, because the machine they run on is shared.
func processCPUTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
