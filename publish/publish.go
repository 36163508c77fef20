// Package publish is an owner publishing a dataset: it validates the CSV and
// the declared bounds and types (the owner confirms every type narrower than
// real that the values suggest: the public metadata holds declarations, never
// what the rows happen to contain), seals the file to a fresh dataset identity in the home's
// blob store, keeps that identity in the owner's keyring before anything goes
// on-chain, and registers the hash pointer, metadata and terms. If the chain
// refuses, the blob and the keyring entry are removed again.
package publish

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/seal/ipfs"
)

// Request is everything a publication needs; Check it before anything is written.
type Request struct {
	File        string
	Title       string
	Description string
	Price       *big.Int
	SubmitFee   *big.Int // paid by every submission naming the dataset, kept whatever happens; nil: none
	Engines     uint8
	Budget      uint64 // micro-ε
	MaxDelta    uint64 // largest δ per job, 1e-18 units
	DeltaBudget uint64 // total δ over all jobs, 1e-18 units (k jobs at MaxDelta compose to k·MaxDelta)
	MinOwners   uint16
	Bounds      map[string]dataset.Bounds
	// Types is the owner's declaration of column types (unlisted columns are
	// real); nil declares nothing, which is refused when the values suggest
	// a narrower type than real for some column, unless AcceptSuggestedTypes.
	Types map[string]string
	// AcceptSuggestedTypes declares the types the values suggest.
	AcceptSuggestedTypes bool
	Store                string // "dir" or "ipfs"; empty: the home's configured store
	// Progress, if not nil, hears how far each pass over the file is, in
	// bytes: phase "checking" (reading the CSV to validate it), then, once
	// the file and terms were checked, "sealing". Each phase starts with
	// done = 0.
	Progress func(phase string, done, total int64)
}

// ErrTypesUndeclared is wrapped by a *TypesError: the request declares no
// column types, and the values suggest narrower types than real.
var ErrTypesUndeclared = errors.New("publish: column types are not declared")

// TypesError carries the types the values suggest, for the owner to
// confirm. It is shown only to the owner: a suggestion comes from the rows.
type TypesError struct {
	File      string
	Suggested map[string]string
}

func (e *TypesError) Error() string {
	return fmt.Sprintf("%s: column types are public and declared, not read from the rows; the values suggest %s. "+
		"Declare them with --types %s (columns not listed are real), a \"type\" per column in --bounds-file, "+
		"or --accept-suggested-types", e.File, dataset.FormatTypes(e.Suggested), dataset.FormatTypes(e.Suggested))
}

func (e *TypesError) Unwrap() error { return ErrTypesUndeclared }

// Details is the error's machine-readable part (`veil --json` prints it).
func (e *TypesError) Details() map[string]any {
	return map[string]any{"file": e.File, "suggested_types": e.Suggested}
}

// Result is what a publication registered.
type Result struct {
	ID      uint64 `json:"id"`
	SHA256  string `json:"sha256"`
	URI     string `json:"uri"`
	CID     string `json:"cid,omitempty"`     // for a blob on IPFS
	Profile string `json:"profile,omitempty"` // the import profile that reproduces the CID
	Tx      string `json:"tx"`
	Rows    int    `json:"rows"`
}

// Owner is the publishing home, unlocked and connected.
type Owner struct {
	Home    *home.Home
	Secrets *home.Secrets
	Market  *chain.Market
	ChainID uint64
}

// Metadata validates the CSV and builds its public metadata document.
func (r *Request) Metadata() (*dataset.Metadata, []byte, error) {
	f, err := os.Open(r.File)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	in, err := counting(f, "checking", r.Progress)
	if err != nil {
		return nil, nil, err
	}
	schema, err := dataset.Inspect(in)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", r.File, err)
	}
	if _, err := dataset.NewMetadata(r.Title, r.Description, schema, r.Bounds); err != nil {
		return nil, nil, err // title and bounds first: a typo there is not a question of types
	}
	declared, err := r.declare(schema)
	if err != nil {
		return nil, nil, err
	}
	meta, err := dataset.NewMetadata(r.Title, r.Description, declared, r.Bounds)
	if err != nil {
		return nil, nil, err
	}
	doc, err := meta.Encode()
	if err != nil {
		return nil, nil, err
	}
	return meta, doc, nil
}

// declare turns the schema Inspect found into the owner's declared one.
func (r *Request) declare(s *dataset.Schema) (*dataset.Schema, error) {
	types := r.Types
	switch {
	case r.AcceptSuggestedTypes && r.Types != nil:
		return nil, errors.New("publish: declare types or accept the suggested ones, not both")
	case r.AcceptSuggestedTypes:
		types = s.Suggested()
	case r.Types == nil && len(s.Suggested()) > 0:
		return nil, &TypesError{File: r.File, Suggested: s.Suggested()}
	}
	d, err := s.Declare(types)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", r.File, err)
	}
	return d, nil
}

// Dataset publishes r for o.
func (o *Owner) Dataset(ctx context.Context, r *Request) (*Result, error) {
	meta, _, err := r.Metadata()
	if err != nil {
		return nil, err
	}
	if err := o.requireFunds(ctx); err != nil {
		return nil, err
	}
	ptr, undo, err := o.seal(ctx, r.File, r.storeKind(o.Home), r.Progress)
	if err != nil {
		return nil, err
	}
	meta.Storage = storageRecord(ptr)
	doc, err := meta.Encode()
	if err != nil {
		return nil, errors.Join(err, undo())
	}
	p := chain.PublishParams{
		Sha256Digest: ptr.SHA256, Uri: ptr.URI, MetaHash: sha256.Sum256(doc), Price: r.Price, SubmitFee: orZero(r.SubmitFee),
		Engines: r.Engines, Budget: r.Budget, MaxDelta: r.MaxDelta, DeltaBudget: r.DeltaBudget, MinOwners: r.MinOwners,
	}
	id, rcpt, err := o.Market.PublishDataset(ctx, p, doc)
	if err != nil {
		return nil, errors.Join(err, undo())
	}
	if err := o.recordID(ptr, id); err != nil {
		return nil, fmt.Errorf("dataset %d is published but its id could not be noted in the keyring: %w", id, err)
	}
	res := &Result{ID: id, SHA256: ptr.Hex(), URI: ptr.URI, Tx: rcpt.TxHash.Hex(), Rows: meta.Rows}
	if meta.Storage != nil {
		res.CID, res.Profile = meta.Storage.CID, meta.Storage.Profile
	}
	return res, nil
}

func (r *Request) storeKind(h *home.Home) string {
	if r.Store != "" {
		return r.Store
	}
	return h.Config.Store
}

// storageRecord is the metadata's public record of a blob on IPFS: its CID
// next to the SHA-256, and the profile `ipfs add` reproduces the CID with.
func storageRecord(p seal.Pointer) *dataset.Storage {
	c, err := ipfs.ParseURI(p.URI)
	if err != nil {
		return nil // not on IPFS
	}
	return &dataset.Storage{CID: c.String(), Profile: ipfs.Profile, SHA256: p.Hex(), Size: p.Size}
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func (o *Owner) requireFunds(ctx context.Context) error {
	bal, err := o.Market.Backend().BalanceAt(ctx, o.Home.Address(), nil)
	if err != nil {
		return err
	}
	if bal.Sign() == 0 {
		return fmt.Errorf("%w: account %s has no coins to pay for gas; fund it first", chain.ErrInsufficientFunds, o.Home.Address().Hex())
	}
	return nil
}

// seal encrypts the file to a fresh dataset identity and stores the identity
// in the keyring before anything goes on-chain, so a crash cannot lose it.
func (o *Owner) seal(ctx context.Context, file, kind string, progress func(phase string, done, total int64)) (seal.Pointer, func() error, error) {
	store, err := o.Home.StoreNamed(kind)
	if err != nil {
		return seal.Pointer{}, nil, err
	}
	id, err := seal.NewDatasetIdentity(nil)
	if err != nil {
		return seal.Pointer{}, nil, err
	}
	f, err := os.Open(file)
	if err != nil {
		return seal.Pointer{}, nil, err
	}
	defer f.Close()
	in, err := counting(f, "sealing", progress)
	if err != nil {
		return seal.Pointer{}, nil, err
	}
	ptr, err := seal.Seal(ctx, in, id.Recipient(), store)
	if err != nil {
		return seal.Pointer{}, nil, err
	}
	if err := o.editKeyring(func(kr *seal.Keyring) error { return kr.Add(ptr.Hex(), id) }); err != nil {
		return seal.Pointer{}, nil, err
	}
	return ptr, func() error { return o.unseal(ctx, store, ptr) }, nil
}

func (o *Owner) editKeyring(f func(*seal.Keyring) error) error {
	kr, err := o.Home.LoadKeyring(o.Secrets)
	if err != nil {
		return err
	}
	if err := f(kr); err != nil {
		return err
	}
	return o.Home.SaveKeyring(kr, o.Secrets)
}

// unseal removes a blob (unpins it, on IPFS) and its keyring entry after the
// chain refused them.
func (o *Owner) unseal(ctx context.Context, store seal.Store, ptr seal.Pointer) error {
	if err := o.editKeyring(func(kr *seal.Keyring) error { kr.Remove(ptr.Hex()); return nil }); err != nil {
		return err
	}
	if r, ok := store.(seal.Remover); ok {
		return r.Remove(context.WithoutCancel(ctx), ptr.URI)
	}
	return nil
}

func (o *Owner) recordID(ptr seal.Pointer, id uint64) error {
	return o.editKeyring(func(kr *seal.Keyring) error { return kr.SetDatasetID(ptr.Hex(), o.ChainID, id) })
}

// counting reports the bytes of phase read from f to progress (nil: f as it is).
func counting(f *os.File, phase string, progress func(phase string, done, total int64)) (io.Reader, error) {
	if progress == nil {
		return f, nil
	}
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	report := func(done, total int64) { progress(phase, done, total) }
	report(0, st.Size())
	return &progressReader{r: f, total: st.Size(), report: report}, nil
}

type progressReader struct {
	r      io.Reader
	done   int64
	total  int64
	report func(done, total int64)
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		p.done += int64(n)
		p.report(p.done, p.total)
	}
	return n, err
}
