package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/devnet"
)

func newBenchDevnetCmd(g *globals) *cobra.Command {
	var txs, senders int
	var period time.Duration
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Time from devnet start to ready, and transactions per second on the embedded chain",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return benchDevnet(cmd.Context(), g, txs, senders, period)
		},
	}
	cmd.Flags().IntVar(&txs, "txs", 400, "publishDataset transactions to send")
	cmd.Flags().IntVar(&senders, "senders", 4, "accounts sending concurrently")
	cmd.Flags().DurationVar(&period, "block-period", 0, "block period (0: on demand)")
	return cmd
}

func benchDevnet(ctx context.Context, g *globals, txs, senders int, period time.Duration) error {
	dir, err := os.MkdirTemp("", "veil-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	t0 := time.Now()
	net, err := devnet.Start(ctx, devnet.Options{Dir: filepath.Join(dir, "net"), RPCAddr: "127.0.0.1:0", Owners: senders, Compute: 1, BlockPeriod: period})
	if err != nil {
		return err
	}
	first := time.Since(t0)
	net.Close()
	t1 := time.Now()
	net, err = devnet.Start(ctx, devnet.Options{Dir: filepath.Join(dir, "net"), RPCAddr: "127.0.0.1:0", BlockPeriod: period})
	if err != nil {
		return err
	}
	defer net.Close()
	restart := time.Since(t1)
	tps, blocks, err := publishLoad(ctx, g, net, txs, senders)
	if err != nil {
		return err
	}
	rows := [][]string{
		{"first start to ready (chain, deploy, " + fmt.Sprint(senders+2) + " homes registered)", fmt.Sprintf("%.2f s", first.Seconds())},
		{"restart to ready", fmt.Sprintf("%.2f s", restart.Seconds())},
		{fmt.Sprintf("publishDataset throughput (%d txs, %d senders, period %s)", txs, senders, period), fmt.Sprintf("%.0f tx/s in %d blocks", tps, blocks)},
	}
	printTable(g, "MEASURE\tVALUE", rows)
	return nil
}

// publishLoad sends txs publishDataset transactions from `senders` owner homes at once.
func publishLoad(ctx context.Context, g *globals, net *devnet.Devnet, txs, senders int) (float64, uint64, error) {
	sessions := make([]*session, senders)
	for i := range sessions {
		gg := *g
		gg.homeDir, gg.chainURL, gg.marketplace = net.Info.Homes[fmt.Sprintf("owner%d", i+1)], "", ""
		s, err := gg.open(ctx, true)
		if err != nil {
			return 0, 0, err
		}
		defer s.close()
		sessions[i] = s
	}
	startBlock, err := sessions[0].client.BlockNumber(ctx)
	if err != nil {
		return 0, 0, err
	}
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, senders)
	for i, s := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := i; n < txs; n += senders {
				if _, _, err := s.market.PublishDataset(ctx, benchPublish(n), nil); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return 0, 0, err
	}
	elapsed := time.Since(start)
	end, err := sessions[0].client.BlockNumber(ctx)
	return float64(txs) / elapsed.Seconds(), end - startBlock, err
}

func benchPublish(n int) chain.PublishParams {
	d := sha256.Sum256([]byte(fmt.Sprint("blob", n)))
	return chain.PublishParams{Sha256Digest: d, Uri: fmt.Sprintf("veil-dir://%x", d), MetaHash: sha256.Sum256(d[:]),
		Price: big.NewInt(1e17), SubmitFee: new(big.Int), Engines: chain.EngineFL, Budget: 1_000_000, MaxDelta: 1e13,
		DeltaBudget: 1e14, MinOwners: 1}
}
