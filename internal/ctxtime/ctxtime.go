// Package ctxtime waits the way every Veil package must: on a timer or the
// context, whichever comes first, never a time.Sleep that ignores
// cancellation.
package ctxtime

import (
	"context"
	"time"
)

// Sleep waits for d, or returns ctx's error as soon as it is done.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
