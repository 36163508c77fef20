package gasreport

import (
	"context"
	"crypto/sha256"
	"fmt"
	"time"

	"github.com/veil-market/veil/chain"
)

// HarmonyBlockGasLimit is the gas limit of a Harmony mainnet block: 80 M, as
// harmony-one/harmony's internal/params/protocol_params.go states it
// (TestGenesisGasLimit, "set same as current mainnet").
const HarmonyBlockGasLimit = 80_000_000

// JobOf is what MeasureJob measured: every transaction of one job's life, in
// order, and the gas limit of the dev chain's blocks it ran in.
type JobOf struct {
	Owners        int    `json:"owners"`
	BlockGasLimit uint64 `json:"block_gas_limit"`
	Rows          []Row  `json:"rows"`
}

// MeasureJob runs one job over n datasets (n owners, 2 compute nodes) on a
// fresh dev chain: its submission, every acceptance, every owner's
// confirmation before the reveal (commitment and receipt for every round), the
// commit, which matches the n commitments, and the settlement. Every row is
// part of the whole job. n = 3 is the job Measure measures.
func MeasureJob(ctx context.Context, n int) (*JobOf, error) {
	if n < 2 || n > chain.MaxDatasetsPerJob {
		return nil, fmt.Errorf("gasreport: a measured job has 2 to %d owners, not %d", chain.MaxDatasetsPerJob, n)
	}
	b, err := startBench(ctx, numAccounts+n)
	if err != nil {
		return nil, err
	}
	defer b.close()
	r := &run{b: b, ctx: ctx}
	// Every transaction is a block, a second of chain time: the acceptance
	// window must hold n + 2 acceptances. Windows do not change the gas of any call.
	cfg := benchConfig()
	cfg.AcceptWindow = 10 * time.Minute
	cfg.MinJobDuration = 25 * time.Minute
	if err := r.deployWith(cfg); err != nil {
		return nil, err
	}
	if err := r.register(); err != nil {
		return nil, err
	}
	var accts []int
	for i := range n {
		a := numAccounts + i
		if err := r.addOwner(a); err != nil {
			return nil, err
		}
		accts = append(accts, a)
	}
	r.rows = nil
	if err := r.settleWith(accts); err != nil {
		return nil, err
	}
	head, err := b.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("gasreport: reading head: %w", err)
	}
	return &JobOf{Owners: n, BlockGasLimit: head.GasLimit, Rows: r.rows}, nil
}

// addOwner registers account a as an owner and publishes its dataset (without
// a metadata document: publication is not part of the job).
func (r *run) addOwner(a int) error {
	_, err := r.m[a].RegisterNode(r.ctx, chain.NodeParams{
		Endpoint: "owner.example.org:7443", TLSKey: sha256.Sum256([]byte{byte(a), byte(a >> 8)}), Roles: chain.RoleOwner,
	})
	if err := setup("registering an owner", err); err != nil {
		return err
	}
	id, _, err := r.m[a].PublishDataset(r.ctx, datasetTerms(a, sha256.Sum256(nil)), nil)
	if err := setup("publishing a dataset", err); err != nil {
		return err
	}
	r.datasets = append(r.datasets, id)
	return nil
}

// OpGas sums the rows of one operation: how many, the least and most gas
// one took, and all of them together.
type OpGas struct {
	Operation string `json:"operation"`
	Count     int    `json:"count"`
	Min       uint64 `json:"min"`
	Max       uint64 `json:"max"`
	Total     uint64 `json:"total"`
}

// ByOperation sums rows by operation, in the order operations first appear.
func ByOperation(rows []Row) []OpGas {
	var out []OpGas
	at := map[string]int{}
	for _, r := range rows {
		i, ok := at[r.Operation]
		if !ok {
			i = len(out)
			at[r.Operation] = i
			out = append(out, OpGas{Operation: r.Operation, Min: r.Gas})
		}
		o := &out[i]
		o.Count++
		o.Min, o.Max, o.Total = min(o.Min, r.Gas), max(o.Max, r.Gas), o.Total+r.Gas
	}
	return out
}
