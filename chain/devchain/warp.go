package devchain

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// Warp asks the devnet at url to move its clock forward by d (veil_adjustTime).
// Only the embedded dev chain answers it.
func Warp(ctx context.Context, url string, d time.Duration) error {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	defer c.Close()
	if err := c.CallContext(ctx, nil, "veil_adjustTime", uint64(d/time.Second)); err != nil {
		return fmt.Errorf("devchain: moving time at %s (only a veil devnet can): %w", url, err)
	}
	return nil
}
