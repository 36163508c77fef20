package enclave

import (
	"bytes"
	"context"
	"fmt"

	"filippo.io/age"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/seal"
)

// OpenDataset is how the enclave reads an owner's rows: dataKey is the
// dataset's age identity, as the owner wrapped it (OwnerSession.Release);
// p is the sealed blob's pointer as the chain records it. seal.Open checks
// the blob's SHA-256 and size against p before decrypting; a mismatch is
// seal.ErrDigestMismatch and nothing is read. The plaintext stays in the
// enclave's memory.
func OpenDataset(ctx context.Context, st seal.Store, p seal.Pointer, dataKey []byte) (*dataset.Table, error) {
	id, err := age.ParseHybridIdentity(string(dataKey))
	if err != nil {
		return nil, fmt.Errorf("enclave: the released key is not a dataset identity")
	}
	var plain bytes.Buffer
	if err := seal.Open(ctx, st, p, id, &plain); err != nil {
		return nil, fmt.Errorf("enclave: dataset %s: %w", p.URI, err)
	}
	t, err := dataset.Read(&plain)
	if err != nil {
		return nil, fmt.Errorf("enclave: dataset %s: %w", p.URI, err)
	}
	return t, nil
}
