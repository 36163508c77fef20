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
		id, rcpt, err := r.m[o].PublishDataset(r.ctx, datasetTerms(o, sha256.Sum256(doc)), doc)
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

// datasetTerms are the terms of account a's dataset, whose metadata hashes to metaHash.
func datasetTerms(a int, metaHash [32]byte) chain.PublishParams {
	return chain.PublishParams{
		Sha256Digest: sha256.Sum256(big.NewInt(int64(a)).Bytes()),
		Uri:          "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
		MetaHash:     metaHash,
		Price:        price,
		SubmitFee:    submitFee,
		Engines:      chain.EngineFL | chain.EngineHE,
		Budget:       100_000_000,        // 100 ε
		MaxDelta:     10_000_000_000_000, // 1e-5
		DeltaBudget:  1_000_000_000_000_000,
		MinOwners:    2,
	}
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
	p := chain.JobParams{
		SpecHash: sha256.Sum256(spec),
		Engine:   chain.EngineFL,
		Epsilon:  2_000_000, // 2 ε
		Delta:    10_000_000_000_000,
		Rounds:   30,
		Dropouts: 1,
		Compute:  compute,
		Deadline: now + deadlineIn,
	}
	for _, d := range r.datasets {
		p.Datasets = append(p.Datasets, new(big.Int).SetUint64(d))
	}
	n := big.NewInt(int64(len(r.datasets)))
	pay := new(big.Int).Mul(new(big.Int).Add(price, submitFee), n)
	pay.Add(pay, new(big.Int).Mul(computeFee, big.NewInt(2)))
	p.MaxTotal = pay
	return r.m[buyer].SubmitJob(r.ctx, p, spec, pay)
}

// cancelled: a job nobody accepted, withdrawn by its buyer.
func (r *run) cancelled() error {
	id, _, err := r.submit(hour)
	if err := setup("submitting the job to cancel", err); err != nil {
		return err
	}
	rcpt, err := r.m[buyer].CancelJob(r.ctx, id)
	return r.record("cancelJob", "refund of a job nobody accepted (submission fees kept)", rcpt, err)
}

// accept has accts accept job id in turn, measuring each when whole is set.
func (r *run) accept(id uint64, accts []int, whole bool) error {
	for i, a := range accts {
		rcpt, err := r.m[a].AcceptJob(r.ctx, id)
		if whole {
			op, note := "acceptJob (owner)", "spends the dataset's ε and δ"
			switch {
			case i == len(accts)-1:
				op, note = "acceptJob (final)", "a compute node's bond; starts the job"
			case a == compute1 || a == compute2:
				op, note = "acceptJob (compute)", "reserves a bond of the job's fees from the stake"
			}
			err = r.recordWhole(op, note, rcpt, err)
		}
		if err := setup("accepting", err); err != nil {
			return err
		}
	}
	return nil
}

const hour = 3600

var everyone = []int{owner1, owner2, owner3, compute1, compute2}
