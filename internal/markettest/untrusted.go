package markettest

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
)

// PublishTitle publishes, as owner2, straight through the contract (past the
// CLI's checks on titles), an he dataset of one real column whose metadata
// carries this title: what a hostile owner could put on-chain.
func (m *Market) PublishTitle(title string) uint64 {
	m.T.Helper()
	meta, err := (&dataset.Metadata{Version: dataset.MetadataVersion, Title: title, Rows: 10,
		Columns: []dataset.ColumnMeta{{Name: "income", Type: dataset.TypeReal}}}).Encode()
	if err != nil {
		m.T.Fatal(err)
	}
	digest := sha256.Sum256([]byte(title))
	id, _, err := m.Owners()[1].Market.PublishDataset(context.Background(), chain.PublishParams{Sha256Digest: digest,
		Uri: fmt.Sprintf("veil-dir://%x", digest), MetaHash: sha256.Sum256(meta), Price: big.NewInt(1e17), SubmitFee: new(big.Int),
		Engines: chain.EngineHE, Budget: 1_000_000, MaxDelta: 1e13, DeltaBudget: 1e14, MinOwners: 1}, meta)
	if err != nil {
		m.T.Fatal(err)
	}
	return id
}
