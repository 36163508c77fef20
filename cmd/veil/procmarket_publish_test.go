package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/home"
)

// publishSplit splits a CSV in row order across the owners and publishes each part.
func (p *procMarket) publishSplit(file, bounds string, owners int, engines string) {
	p.t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		p.t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	header, rows := lines[0], lines[1:]
	for i := range owners {
		part := filepath.Join(p.t.TempDir(), fmt.Sprintf("part%d.csv", i+1))
		if err := os.WriteFile(part, []byte(header+"\n"+strings.Join(rows[i*len(rows)/owners:(i+1)*len(rows)/owners], "\n")+"\n"), 0o600); err != nil {
			p.t.Fatal(err)
		}
		p.veil(fmt.Sprintf("owner%d", i+1), "dataset", "publish", part, "--title", fmt.Sprintf("Breast cancer, part %d", i+1),
			"--price", "0.1", "--engines", engines, "--epsilon", "10", "--bounds-file", bounds)
	}
}

// Titles a hostile owner puts on-chain, bypassing the CLI's checks.
var (
	ansiTitle = "\x1b[2J\x1b]0;pwned\x07Free data\n9  Fake row  0 coins"
	longTitle = strings.Repeat("W", 100_000)
)

// publishHostile has an owner publish, straight through the contract, two
// datasets whose titles the CLI would refuse: escape sequences with a newline,
// and 100 KB.
func publishHostile(t *testing.T, p *procMarket, owner string) {
	t.Helper()
	publishTitles(t, p.info.RPC, p.info.Marketplace, p.home(owner), ansiTitle, longTitle)
}

// homeMarket is a Marketplace client acting as the devnet home at dir.
func homeMarket(t *testing.T, rpc, marketplace, dir string) *chain.Market {
	t.Helper()
	h, err := home.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	sec, err := h.Unlock("")
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.Dial(rpc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	sender, err := chain.NewSender(context.Background(), client, sec.Account, 0)
	if err != nil {
		t.Fatal(err)
	}
	return chain.NewMarket(client, common.HexToAddress(marketplace), sender, 0)
}

// publishTitles publishes, from the devnet home at dir and straight through
// the contract (no CLI check), one he dataset per title.
func publishTitles(t *testing.T, rpc, marketplace, dir string, titles ...string) []uint64 {
	t.Helper()
	m := homeMarket(t, rpc, marketplace, dir)
	ctx := context.Background()
	var ids []uint64
	for _, title := range titles {
		meta, err := (&dataset.Metadata{Version: dataset.MetadataVersion, Title: title, Rows: 10,
			Columns: []dataset.ColumnMeta{{Name: "income", Type: dataset.TypeReal}}}).Encode()
		if err != nil {
			t.Fatal(err)
		}
		digest := sha256.Sum256([]byte(title))
		id, _, err := m.PublishDataset(ctx, chain.PublishParams{Sha256Digest: digest, Uri: fmt.Sprintf("veil-dir://%x", digest),
			MetaHash: sha256.Sum256(meta), Price: big.NewInt(1e17), SubmitFee: new(big.Int), Engines: chain.EngineHE,
			Budget: 5_000_000, MaxDelta: 1e13, DeltaBudget: 1e14, MinOwners: 1}, meta)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}
