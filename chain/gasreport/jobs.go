package gasreport

import (
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// publish has every owner publish a dataset with its metadata document; the
// last one is measured (the first dataset also pays for creating the counter).
func (r *run) publish() error {
	doc := metadataDocument()
	for i, o := range owners {
		id, rcpt, err := r.m[o].PublishDataset(r.ctx, chain.MarketplacePublishParams{
			Sha256Digest: sha256.Sum256([]byte{byte(o)}),
			Uri:          "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
			MetaHash:     sha256.Sum256(doc),
			Price:        price,
			Engines:      chain.EngineFL | chain.EngineHE,
			Budget:       100_000_000, // 100 ε
			MaxDelta:     1e13,        // 1e-5
			MinOwners:    2,
		}, doc)
		if i == len(owners)-1 {
			err = r.record("publishDataset", fmt.Sprintf("%d-byte metadata document in the event", len(doc)), rcpt, err)
		}
		if err := setup("publishing a dataset", err); err != nil {
			return err
		}
		r.datasets = append(r.datasets, id)
	}
	return nil
}

// submit submits a job over the three datasets, aggregated by compute1 with
// compute2, and returns its id and receipt.
func (r *run) submit(deadlineIn uint64) (uint64, *types.Receipt, error) {
	now, err := r.b.now(r.ctx)
	if err != nil {
		return 0, nil, err
	}
	compute := []common.Address{r.b.addrs[compute1], r.b.addrs[compute2]}
	spec := jobSpec(r.datasets, []string{compute[0].Hex(), compute[1].Hex()})
	r.specLen = len(spec)
	p := chain.MarketplaceJobParams{
		SpecHash: sha256.Sum256(spec),
		Engine:   chain.EngineFL,
		Epsilon:  2_000_000, // 2 ε
		Delta:    1e13,
		Rounds:   30,
		Dropouts: 1,
		Compute:  compute,
		Deadline: now + deadlineIn,
	}
	for _, d := range r.datasets {
		p.Datasets = append(p.Datasets, new(big.Int).SetUint64(d))
	}
	pay := new(big.Int).Mul(price, big.NewInt(int64(len(r.datasets))))
	pay.Add(pay, new(big.Int).Mul(computeFee, big.NewInt(2)))
	return r.m[buyer].SubmitJob(r.ctx, p, spec, pay)
}

const hour = 3600

// cancelled: a job nobody accepted, withdrawn by its buyer.
func (r *run) cancelled() error {
	id, _, err := r.submit(hour)
	if err := setup("submitting the job to cancel", err); err != nil {
		return err
	}
	rcpt, err := r.m[buyer].CancelJob(r.ctx, id)
	return r.record("cancelJob", "full refund of a job nobody accepted", rcpt, err)
}

// accept has accts accept job id in turn and measures the first and the last.
func (r *run) accept(id uint64, accts []int, measure bool) error {
	for i, a := range accts {
		rcpt, err := r.m[a].AcceptJob(r.ctx, id)
		switch {
		case measure && i == 0:
			err = r.record("acceptJob", "an owner, not the last acceptance (the node's first open job)", rcpt, err)
		case measure && i == len(accts)-1:
			err = r.record("acceptJob (final)", "the last acceptance starts the job: spends ε of 3 datasets", rcpt, err)
		}
		if err := setup("accepting", err); err != nil {
			return err
		}
	}
	return nil
}

var everyone = []int{owner1, owner2, owner3, compute1, compute2}
