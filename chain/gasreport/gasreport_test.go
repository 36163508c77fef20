package gasreport_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/params"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/gasreport"
)

// Gas targets of issue 10 for the v2 contract on the pinned chain config. Gas is
// deterministic for a given contract and input, so these are exact checks.
const (
	maxWholeJob = 1_000_000
	maxSubmit   = 350_000
	maxCommit   = 90_000
)

func TestMeasure(t *testing.T) {
	rows, err := gasreport.Measure(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"deploy Marketplace", "registerNode", "publishDataset", "cancelJob", "submitJob",
		"acceptJob (owner)", "acceptJob (owner)", "acceptJob (owner)", "acceptJob (compute)", "acceptJob (final)",
		"confirmResult", "confirmResult", "confirmResult", "commitResult", "settleJob",
		"closeAcceptance (refund)", "disputeResult", "attestStep", "failJob", "closeJob", "withdraw",
		"ERC-20 transfer (new recipient)", "ERC-20 transfer (existing recipient)",
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(rows), len(want), rows)
	}
	gas := map[string]uint64{}
	for i, r := range rows {
		t.Logf("%-38s %9d %5v  %s", r.Operation, r.Gas, r.Whole, r.Note)
		if r.Operation != want[i] {
			t.Errorf("row %d is %q, want %q", i, r.Operation, want[i])
		}
		if r.Gas <= 21000 {
			t.Errorf("%s: %d gas, not more than a plain transfer", r.Operation, r.Gas)
		}
		gas[r.Operation] = r.Gas
	}
	whole, txs := gasreport.WholeJob(rows)
	t.Logf("whole three-owner job: %d gas in %d transactions", whole, txs)
	if txs != 11 {
		t.Errorf("the whole job counts %d transactions, want 11", txs)
	}
	for _, c := range []struct {
		what      string
		got, most uint64
	}{
		{"whole three-owner job", whole, maxWholeJob},
		{"submitJob", gas["submitJob"], maxSubmit},
		{"commitResult", gas["commitResult"], maxCommit},
	} {
		if c.got > c.most {
			t.Errorf("%s costs %d gas, above the target of %d", c.what, c.got, c.most)
		}
	}
	if gas["acceptJob (final)"] <= gas["acceptJob (compute)"] {
		t.Errorf("the final acceptance (%d) should cost more than another (%d): it starts the job", gas["acceptJob (final)"], gas["acceptJob (compute)"])
	}
}

func ExampleMeasure() {
	rows, err := gasreport.Measure(context.Background())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rows[:3] {
		fmt.Println(r.Operation)
	}
	// Output:
	// deploy Marketplace
	// registerNode
	// publishDataset
}

// TestJobOfMaxDatasets: a job over the most datasets the contract takes runs
// its whole life on the dev chain, and its largest transaction fits in a block
// of the dev chain and of Harmony and under EIP-7825's per-transaction cap
// (2^24 gas, in force on the pinned chain since Osaka), so no job the contract accepts can get stuck
// for want of gas.
func TestJobOfMaxDatasets(t *testing.T) {
	job, err := gasreport.MeasureJob(context.Background(), chain.MaxDatasetsPerJob)
	if err != nil {
		t.Fatal(err)
	}
	largest := gasreport.Row{}
	for _, r := range job.Rows {
		if r.Gas > largest.Gas {
			largest = r
		}
	}
	whole, txs := gasreport.WholeJob(job.Rows)
	t.Logf("%d owners: %d transactions, %d gas in all; largest %s, %d gas (block limits: dev chain %d, Harmony %d)",
		job.Owners, txs, whole, largest.Operation, largest.Gas, job.BlockGasLimit, gasreport.HarmonyBlockGasLimit)
	if want := 2*job.Owners + 5; txs != want {
		t.Errorf("%d transactions, want %d", txs, want)
	}
	if largest.Gas > job.BlockGasLimit || largest.Gas > gasreport.HarmonyBlockGasLimit || largest.Gas > params.MaxTxGas {
		t.Errorf("%s takes %d gas: above a block of the dev chain (%d) or of Harmony (%d), or EIP-7825's cap (%d)",
			largest.Operation, largest.Gas, job.BlockGasLimit, gasreport.HarmonyBlockGasLimit, params.MaxTxGas)
	}
	for _, o := range gasreport.ByOperation(job.Rows) {
		t.Logf("%-20s ×%3d  min %8d  max %8d  total %9d", o.Operation, o.Count, o.Min, o.Max, o.Total)
	}
}
