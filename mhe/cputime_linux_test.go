//go:build linux

package mhe

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time consumed by the calling OS thread
// (RUSAGE_THREAD), so that comparisons survive a loaded machine.
func threadCPU() time.Duration {
	const rusageThread = 1
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
