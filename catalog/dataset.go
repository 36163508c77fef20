package catalog

import (
	"encoding/hex"
	"strings"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/internal/display"
)

// NoMetadata is the title of a dataset whose metadata document is missing
// from the chain or unusable.
const NoMetadata = "(no usable metadata on-chain)"

// Dataset is one catalog entry as users see it: `veil dataset list/show
// --json` prints it, the web catalog serves it.
type Dataset struct {
	ID           uint64               `json:"id"`
	Owner        string               `json:"owner"`
	Title        string               `json:"title"`
	Description  string               `json:"description,omitempty"`
	Rows         int                  `json:"rows"`
	Columns      []dataset.ColumnMeta `json:"columns,omitempty"`
	Price        string               `json:"price"`
	SubmitFee    string               `json:"submit_fee"` // paid by every submission naming it, kept whatever the job does
	Engines      string               `json:"engines"`
	Epsilon      float64              `json:"epsilon"`
	EpsilonLeft  float64              `json:"epsilon_left"`
	EpsilonHeld  float64              `json:"epsilon_reserved"`
	EpsilonSpent float64              `json:"epsilon_spent"`
	MaxDelta     float64              `json:"max_delta"`
	Delta        float64              `json:"delta_budget"` // total δ over all jobs (basic composition)
	DeltaLeft    float64              `json:"delta_left"`
	DeltaHeld    float64              `json:"delta_reserved"`
	DeltaSpent   float64              `json:"delta_spent"`
	MinOwners    uint16               `json:"min_owners"`
	Paused       bool                 `json:"paused"`
	SHA256       string               `json:"sha256"`
	URI          string               `json:"uri"`
	MetaHash     string               `json:"metadata_sha256"`
	Storage      *dataset.Storage     `json:"storage,omitempty"` // CID and import profile of a blob on IPFS
	Block        uint64               `json:"block"`             // of publication
}

// NewDataset is the view of a listing; its text is escaped (package display).
func NewDataset(l chain.Listing) Dataset {
	t := l.Terms
	v := Dataset{
		ID: l.ID, Owner: l.Owner.Hex(), Price: chain.FormatCoins(t.Price), SubmitFee: chain.FormatCoins(t.SubmitFee),
		Engines: chain.EngineNames(t.Engines), Epsilon: chain.MicroToEpsilon(t.Budget),
		EpsilonLeft: chain.MicroToEpsilon(t.Budget - t.Spent - t.Reserved), EpsilonHeld: chain.MicroToEpsilon(t.Reserved),
		EpsilonSpent: chain.MicroToEpsilon(t.Spent),
		MaxDelta:     chain.FixedToDelta(t.MaxDelta), Delta: chain.FixedToDelta(t.DeltaBudget),
		DeltaLeft: chain.FixedToDelta(t.DeltaBudget - t.DeltaSpent - t.DeltaReserved), DeltaHeld: chain.FixedToDelta(t.DeltaReserved),
		DeltaSpent: chain.FixedToDelta(t.DeltaSpent), MinOwners: t.MinOwners, Paused: t.Paused,
		SHA256: hex.EncodeToString(t.Sha256Digest[:]), URI: display.Line(t.Uri, 0), MetaHash: hex.EncodeToString(t.MetaHash[:]),
		Title: NoMetadata, Block: l.Block,
	}
	m, err := dataset.DecodeMetadata(l.Metadata)
	if err != nil {
		return v
	}
	v.Title, v.Description, v.Rows, v.Storage = display.Line(m.Title, 0), display.Block(m.Description, 0), m.Rows, m.Storage
	v.Columns = make([]dataset.ColumnMeta, len(m.Columns))
	for i, c := range m.Columns {
		v.Columns[i] = dataset.ColumnMeta{Name: display.Line(c.Name, 0), Type: display.Line(c.Type, 0), Bounds: c.Bounds}
	}
	return v
}

// HasEngine reports whether the dataset allows engine name.
func (d *Dataset) HasEngine(name string) bool {
	for _, e := range strings.Split(d.Engines, ",") {
		if e == name {
			return true
		}
	}
	return false
}
