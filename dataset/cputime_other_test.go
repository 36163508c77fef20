//go:build !unix

package dataset

import "time"

func processCPUTime() (time.Duration, bool) { return 0, false }
