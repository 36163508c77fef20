package gasreport_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/veil-market/veil/chain/gasreport"
)

func TestMeasure(t *testing.T) {
	rows, err := gasreport.Measure(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"deploy Marketplace", "registerNode", "publishDataset", "cancelJob", "submitJob",
		"acceptJob", "acceptJob (final)", "commitResult", "confirmResult", "confirmResult (settling)",
		"redeemReceipt", "closeAcceptance (refund)", "failJob", "closeJob", "withdraw",
		"ERC-20 transfer (new recipient)", "ERC-20 transfer (existing recipient)",
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(rows), len(want), rows)
	}
	gas := map[string]uint64{}
	for i, r := range rows {
		t.Logf("%-38s %9d  %s", r.Operation, r.Gas, r.Note)
		if r.Operation != want[i] {
			t.Errorf("row %d is %q, want %q", i, r.Operation, want[i])
		}
		if r.Gas <= 21000 {
			t.Errorf("%s: %d gas, not more than a plain transfer", r.Operation, r.Gas)
		}
		gas[r.Operation] = r.Gas
	}
	// Sanity of the shape: the final acceptance does the work of starting the
	// job, the settling confirmation pays the fees, a new ERC-20 holder costs a
	// fresh storage slot.
	for _, pair := range [][2]string{
		{"acceptJob (final)", "acceptJob"},
		{"confirmResult (settling)", "confirmResult"},
		{"ERC-20 transfer (new recipient)", "ERC-20 transfer (existing recipient)"},
	} {
		if gas[pair[0]] <= gas[pair[1]] {
			t.Errorf("%s (%d) should cost more than %s (%d)", pair[0], gas[pair[0]], pair[1], gas[pair[1]])
		}
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
