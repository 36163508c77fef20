package main

import (
	"context"
	"errors"
	"fmt"

	"filippo.io/age"
	"github.com/spf13/cobra"

	"github.com/veil-market/veil/seal"
)

// datasetKey finds the identity of one of the home's own datasets, and its pointer.
func (s *session) datasetKey(ctx context.Context, id uint64) (*age.HybridIdentity, seal.Pointer, error) {
	d, err := s.market.Dataset(ctx, id)
	if err != nil {
		return nil, seal.Pointer{}, err
	}
	kr, err := s.home.LoadKeyring(s.secrets)
	if err != nil {
		return nil, seal.Pointer{}, err
	}
	e, err := kr.ByDatasetID(s.chainID, id)
	if err != nil {
		if d.Owner != s.home.Address() {
			return nil, seal.Pointer{}, fmt.Errorf("dataset %d belongs to %s: only its owner holds its key", id, d.Owner.Hex())
		}
		return nil, seal.Pointer{}, fmt.Errorf("dataset %d: its key is not in this home's keyring (restore the home's backup)", id)
	}
	store, err := s.home.StoreFor(d.Uri)
	if err != nil {
		return nil, seal.Pointer{}, err
	}
	ptr, err := seal.ResolvePointer(ctx, store, d.Sha256Digest, d.Uri)
	return e.Identity, ptr, err
}

func newFetchCmd(g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "fetch ID --out FILE",
		Short: "Check a sealed dataset against its on-chain digest and decrypt it (owner only)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return errors.New("--out FILE is required")
			}
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			return g.with(cmd.Context(), true, func(s *session) error {
				ident, ptr, err := s.datasetKey(cmd.Context(), id)
				if err != nil {
					return err
				}
				store, err := s.home.StoreFor(ptr.URI)
				if err != nil {
					return err
				}
				if err := seal.OpenFile(cmd.Context(), store, ptr, ident, out); err != nil {
					return err
				}
				if g.json {
					return g.printJSON(map[string]any{"id": id, "out": out})
				}
				g.say("Dataset %d verified against its on-chain digest and written to %s", id, out)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "where to write the CSV (written only if every check passes)")
	return cmd
}

func newKeyCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "key ID",
		Short: "Print a dataset's age identity (secret!), e.g. for age -d -i <(veil dataset key ID) BLOB",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			return g.with(cmd.Context(), true, func(s *session) error {
				ident, ptr, err := s.datasetKey(cmd.Context(), id)
				if err != nil {
					return err
				}
				if g.json {
					store, _ := s.home.StoreFor(ptr.URI)
					path, _ := store.LocalPath(ptr.URI)
					return g.printJSON(map[string]any{"id": id, "identity": ident.String(), "blob": path, "uri": ptr.URI})
				}
				fmt.Fprintln(g.out, ident.String())
				return nil
			})
		},
	}
}
