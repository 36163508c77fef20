package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veil-market/veil/chain"
)

// chainTarget is the chain the command line names: --chain, else the
// --network preset's endpoint (""  when neither is given), and the preset.
func (g *globals) chainTarget() (string, *chain.Network, error) {
	if g.network == "" {
		return g.chainURL, nil, nil
	}
	n, err := chain.LookupNetwork(g.network)
	if err != nil {
		return "", nil, err
	}
	if g.chainURL != "" {
		return g.chainURL, &n, nil
	}
	return n.RPC, &n, nil
}

// checkPreset refuses an endpoint that is not the chain --network names.
func checkPreset(n *chain.Network, id uint64, url string) error {
	if n != nil && n.ChainID != id {
		return fmt.Errorf("--network %s is chain id %d, but %s answers with chain id %d", n.Name, n.ChainID, url, id)
	}
	return nil
}

func parseMarketplace(s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, errors.New("no marketplace configured: pass --marketplace ADDR or run veil deploy")
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("marketplace %q is not an address", s)
	}
	return common.HexToAddress(s), nil
}

// dialChain connects to a JSON-RPC endpoint and reads its chain id.
func dialChain(ctx context.Context, url string) (*ethclient.Client, uint64, error) {
	if url == "" {
		return nil, 0, errors.New("no chain configured: pass --chain URL (or start one with veil devnet)")
	}
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, 0, fmt.Errorf("cannot use chain URL %q: %v", url, err)
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := client.ChainID(cctx)
	if err != nil {
		client.Close()
		return nil, 0, fmt.Errorf("cannot reach a chain at %s: %v", url, err)
	}
	return client, id.Uint64(), nil
}
