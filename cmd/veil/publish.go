package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/seal"
)

// publishRequest is everything `dataset publish` needs, validated before any
// file is written or transaction sent.
type publishRequest struct {
	File        string
	Title       string
	Description string
	Price       *big.Int
	Engines     uint8
	Budget      uint64 // micro-ε
	MaxDelta    uint64 // 1e-18 units
	MinOwners   uint16
	Bounds      map[string]dataset.Bounds
}

type publishResult struct {
	ID     uint64 `json:"id"`
	SHA256 string `json:"sha256"`
	URI    string `json:"uri"`
	Tx     string `json:"tx"`
	Rows   int    `json:"rows"`
}

// inspect validates the CSV and builds its public metadata document.
func (r *publishRequest) inspect() (*dataset.Metadata, []byte, error) {
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

// publish seals the file into the home's store, keeps its identity in the
// keyring, and registers it on-chain. If the chain refuses, the blob and the
// keyring entry are removed again: nothing is left half-done.
func (s *session) publish(ctx context.Context, r *publishRequest) (*publishResult, error) {
	meta, doc, err := r.inspect()
	if err != nil {
		return nil, err
	}
	if err := s.requireFunds(ctx); err != nil {
		return nil, err
	}
	ptr, undo, err := s.sealFile(ctx, r.File)
	if err != nil {
		return nil, err
	}
	p := chain.MarketplacePublishParams{
		Sha256Digest: ptr.SHA256, Uri: ptr.URI, MetaHash: mustHash(doc), Price: r.Price,
		Engines: r.Engines, Budget: r.Budget, MaxDelta: r.MaxDelta, MinOwners: r.MinOwners,
	}
	id, rcpt, err := s.market.PublishDataset(ctx, p, doc)
	if err != nil {
		return nil, errors.Join(err, undo())
	}
	if err := s.recordDatasetID(ptr, id); err != nil {
		return nil, fmt.Errorf("dataset %d is published but its id could not be noted in the keyring: %w", id, err)
	}
	return &publishResult{ID: id, SHA256: hex.EncodeToString(ptr.SHA256[:]), URI: ptr.URI, Tx: rcpt.TxHash.Hex(), Rows: meta.Rows}, nil
}

func (s *session) requireFunds(ctx context.Context) error {
	bal, err := s.client.BalanceAt(ctx, s.home.Address(), nil)
	if err != nil {
		return err
	}
	if bal.Sign() == 0 {
		return fmt.Errorf("%w: account %s has no coins to pay for gas; fund it first", chain.ErrInsufficientFunds, s.home.Address().Hex())
	}
	return nil
}

// sealFile encrypts the file to a fresh dataset identity and stores the identity
// in the keyring before anything goes on-chain, so a crash cannot lose it.
func (s *session) sealFile(ctx context.Context, file string) (seal.Pointer, func() error, error) {
	store, err := s.home.Store()
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
	kr, err := s.home.LoadKeyring(s.secrets)
	if err != nil {
		return seal.Pointer{}, nil, err
	}
	digest := hex.EncodeToString(ptr.SHA256[:])
	if err := kr.Add(digest, id); err != nil {
		return seal.Pointer{}, nil, err
	}
	if err := s.home.SaveKeyring(kr, s.secrets); err != nil {
		return seal.Pointer{}, nil, err
	}
	undo := func() error { return s.unseal(store, ptr, digest) }
	return ptr, undo, nil
}

// unseal removes a blob and its keyring entry after the chain refused them.
func (s *session) unseal(store *seal.DirStore, ptr seal.Pointer, digest string) error {
	kr, err := s.home.LoadKeyring(s.secrets)
	if err != nil {
		return err
	}
	kr.Remove(digest)
	if err := s.home.SaveKeyring(kr, s.secrets); err != nil {
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

func (s *session) recordDatasetID(ptr seal.Pointer, id uint64) error {
	kr, err := s.home.LoadKeyring(s.secrets)
	if err != nil {
		return err
	}
	if err := kr.SetDatasetID(hex.EncodeToString(ptr.SHA256[:]), s.chainID, id); err != nil {
		return err
	}
	return s.home.SaveKeyring(kr, s.secrets)
}
