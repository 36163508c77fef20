// Package publish is an owner publishing a dataset: it validates the CSV and
// the declared bounds, seals the file to a fresh dataset identity in the home's
// blob store, keeps that identity in the owner's keyring before anything goes
// on-chain, and registers the hash pointer, metadata and terms. If the chain
// refuses, the blob and the keyring entry are removed again.
package publish

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/seal"
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
}

// Result is what a publication registered.
type Result struct {
	ID     uint64 `json:"id"`
	SHA256 string `json:"sha256"`
	URI    string `json:"uri"`
	Tx     string `json:"tx"`
	Rows   int    `json:"rows"`
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
	schema, err := dataset.Inspect(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", r.File, err)
	}
	meta, err := dataset.NewMetadata(r.Title, r.Description, schema, r.Bounds)
	if err != nil {
		return nil, nil, err
	}
	doc, err := meta.Encode()
	if err != nil {
		return nil, nil, err
	}
	return meta, doc, nil
}

// Dataset publishes r for o.
func (o *Owner) Dataset(ctx context.Context, r *Request) (*Result, error) {
	meta, doc, err := r.Metadata()
	if err != nil {
		return nil, err
	}
	if err := o.requireFunds(ctx); err != nil {
		return nil, err
	}
	ptr, undo, err := o.seal(ctx, r.File)
	if err != nil {
		return nil, err
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
	return &Result{ID: id, SHA256: ptr.Hex(), URI: ptr.URI, Tx: rcpt.TxHash.Hex(), Rows: meta.Rows}, nil
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
func (o *Owner) seal(ctx context.Context, file string) (seal.Pointer, func() error, error) {
	store, err := o.Home.Store()
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
	ptr, err := seal.Seal(ctx, f, id.Recipient(), store)
	if err != nil {
		return seal.Pointer{}, nil, err
	}
	if err := o.editKeyring(func(kr *seal.Keyring) error { return kr.Add(ptr.Hex(), id) }); err != nil {
		return seal.Pointer{}, nil, err
	}
	return ptr, func() error { return o.unseal(store, ptr) }, nil
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

// unseal removes a blob and its keyring entry after the chain refused them.
func (o *Owner) unseal(store *seal.DirStore, ptr seal.Pointer) error {
	if err := o.editKeyring(func(kr *seal.Keyring) error { kr.Remove(ptr.Hex()); return nil }); err != nil {
		return err
	}
	path, err := store.LocalPath(ptr.URI)
	if err != nil {
		return err
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

func (o *Owner) recordID(ptr seal.Pointer, id uint64) error {
	return o.editKeyring(func(kr *seal.Keyring) error { return kr.SetDatasetID(ptr.Hex(), o.ChainID, id) })
}
