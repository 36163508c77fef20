package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/wire"
)

// blobs serves buyers: their uploads (uploads.go) and their sealed results.
type blobs struct{ d *Daemon }

func (d *Daemon) blobService() wire.BlobService { return blobs{d} }

func (b blobs) MaxPut() uint64 { return uint64(b.d.uploads.maxSize) }

func (b blobs) AuthorizePut(ctx context.Context, from common.Address, up wire.Upload) error {
	return b.d.uploads.authorize(ctx, from, up)
}

func (b blobs) Put(ctx context.Context, from common.Address, up wire.Upload, data io.Reader) error {
	return b.d.uploads.put(ctx, from, up, data)
}

// ErrNotSettled: the result is served only for a settled job, that is once its
// compute fees are paid. This gate binds an aggregator that does not collude
// with the buyer; no payment depends on it (docs/fair-exchange.md).
var ErrNotSettled = errors.New("node: the job has not settled: its result is served once the compute fees are paid")

// Get serves a job's sealed result to the job's buyer only, once the job settled.
func (b blobs) Get(ctx context.Context, from common.Address, job uint64, digest [32]byte) ([]byte, error) {
	j, err := b.d.cfg.Market.Job(ctx, job)
	if err != nil {
		return nil, err
	}
	if j.Buyer != from {
		return nil, fmt.Errorf("node: %s is not the buyer of job %d", from.Hex(), job)
	}
	if j.BlobHash != digest {
		return nil, fmt.Errorf("node: job %d has no result with that hash", job)
	}
	if j.State != chain.JobSettled {
		return nil, fmt.Errorf("%w (job %d is %s)", ErrNotSettled, job, chain.JobStateName(j.State))
	}
	return b.d.readBlob(ctx, digest)
}

// readBlob reads a blob from the home's store by digest, checking it.
func (d *Daemon) readBlob(ctx context.Context, digest [32]byte) ([]byte, error) {
	store, err := d.cfg.Home.Store()
	if err != nil {
		return nil, err
	}
	uri := seal.DirURI(digest)
	ptr, err := seal.LocalPointer(store, digest, uri)
	if err != nil {
		return nil, err
	}
	rc, err := store.Open(ctx, uri)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, ptr.Size+1))
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(sha(data), digest[:]) {
		return nil, seal.ErrDigestMismatch
	}
	return data, nil
}
