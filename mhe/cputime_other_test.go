//go:build !linux

package mhe

import "time"

// threadCPU is not available here; comparisons fall back to wall time.
func threadCPU() time.Duration { return 0 }
