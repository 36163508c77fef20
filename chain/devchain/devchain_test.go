package devchain

import (
	"context"
	"testing"
	"time"
)

// TestBlockPeriodSeals: with a block period the chain seals empty blocks on
// its own, through the same durable sealer as on-demand sealing.
func TestBlockPeriodSeals(t *testing.T) {
	c, err := Start(Config{DataDir: t.TempDir(), BlockPeriod: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	client := c.Client()
	defer client.Close()
	deadline := time.Now().Add(20 * time.Second)
	for {
		n, err := client.BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("block %d after 20 s with a 1 s period", n)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err := c.AdjustTime(time.Minute); err == nil {
		t.Fatal("moving time was allowed on a chain with a block period")
	}
}
