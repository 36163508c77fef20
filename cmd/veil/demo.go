package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/internal/demodata"
	"github.com/veil-market/veil/internal/devnet"
	"github.com/veil-market/veil/publish"
)

// demo walks the market on an embedded chain in a temporary directory.
type demo struct {
	g       *globals
	dir     string
	net     *devnet.Devnet
	owners  []*session
	buyer   *session
	compute *session
	ids     []uint64
	train   *dataset.Table // pooled training rows (split across the owners)
	test    *dataset.Table // held out by the buyer
	steps   int
	start   time.Time
	log     *demoLog // the daemons' logs
}

func devMarket(acceptWindow time.Duration) chain.MarketConfig {
	c := chain.DevMarketConfig()
	c.AcceptWindow = acceptWindow
	c.MinJobDuration = max(c.MinJobDuration, c.MinDuration())
	return c
}

func (d *demo) step(format string, args ...any) {
	d.steps++
	fmt.Fprintf(d.g.out, "\n%d. "+format+"\n", append([]any{d.steps}, args...)...)
}

func (d *demo) line(format string, args ...any) {
	fmt.Fprintf(d.g.out, "   "+format+"\n", args...)
}

func runDemo(ctx context.Context, g *globals, keep bool, logPath string) error {
	log, err := openDemoLog(logPath)
	if err != nil {
		return err
	}
	defer log.Close()
	dir, err := os.MkdirTemp("", "veil-demo-")
	if err != nil {
		return err
	}
	if !keep {
		defer os.RemoveAll(dir)
	}
	d := &demo{g: g, dir: dir, start: time.Now(), log: log}
	fmt.Fprintf(g.out, "Veil demo: a whole market on an embedded chain, in %s\n", dir)
	if err := d.startNet(ctx); err != nil {
		return err
	}
	defer d.close()
	for _, step := range []func(context.Context) error{d.publish, d.browse, d.cancelPath, d.expiryPath, d.trainJob, d.heJobs, d.mpcJobs, d.teeJob, d.withdraw} {
		if err := step(ctx); err != nil {
			return log.explain(err)
		}
	}
	fmt.Fprintf(g.out, "\nDone in %.1fs. The daemons and the chain are shut down cleanly; nothing is left running.\n", time.Since(d.start).Seconds())
	return nil
}

func (d *demo) startNet(ctx context.Context) error {
	d.step("Starting the embedded chain (go-ethereum dev node, real EVM) and the Marketplace")
	t := time.Now()
	net, err := devnet.Start(ctx, devnet.Options{Dir: filepath.Join(d.dir, "net"), RPCAddr: "127.0.0.1:0", Owners: 3, Compute: 2, Market: devMarket(10 * time.Second)})
	if err != nil {
		return err
	}
	d.net = net
	d.line("ready in %.1fs: chain %d at %s, Marketplace %s", time.Since(t).Seconds(), net.Info.ChainID, net.Info.RPC, net.Info.Marketplace)
	for i := 1; i <= 3; i++ {
		s, err := d.session(ctx, fmt.Sprintf("owner%d", i))
		if err != nil {
			return err
		}
		d.owners = append(d.owners, s)
	}
	if d.buyer, err = d.session(ctx, "buyer"); err != nil {
		return err
	}
	if d.compute, err = d.session(ctx, "compute1"); err != nil {
		return err
	}
	d.line("homes: 3 owners, 1 buyer, 2 compute nodes each staked %s coins, fee %s", chain.FormatCoins(devnet.ComputeStake), chain.FormatCoins(devnet.ComputeFee))
	return nil
}

func (d *demo) session(ctx context.Context, name string) (*session, error) {
	g := *d.g
	g.homeDir, g.chainURL, g.marketplace, g.json, g.passwordFile = d.net.Info.Homes[name], "", "", false, ""
	g.out = io.Discard
	return g.open(ctx, true)
}

func (d *demo) close() {
	for _, s := range append(d.owners, d.buyer, d.compute) {
		if s != nil {
			s.close()
		}
	}
	d.net.Close()
}

// publish splits breast_cancer.csv across the three owners and publishes each part sealed.
func (d *demo) publish(ctx context.Context) error {
	table, err := dataset.Read(bytes.NewReader(demodata.BreastCancer))
	if err != nil {
		return err
	}
	decl, err := dataset.ReadDeclarations(bytes.NewReader(demodata.BreastCancerBounds))
	if err != nil {
		return err
	}
	d.train, d.test, err = table.StratifiedSplit("benign", 0.25, rand.New(rand.NewPCG(7, 7)))
	if err != nil {
		return err
	}
	d.step("Splitting breast_cancer.csv (%d rows x %d columns): the buyer keeps %d rows to test on; 3 owners each seal and publish a part of the rest",
		table.Len(), len(table.Columns), d.test.Len())
	parts := d.train.SplitIID(3, rand.New(rand.NewPCG(8, 8)))
	for i, part := range parts {
		res, err := d.publishPart(ctx, i, part, decl)
		if err != nil {
			return err
		}
		d.ids = append(d.ids, res.ID)
		d.line("owner%d published dataset %d: %d rows sealed with a post-quantum age key, sha256 %s…, price 0.1, submission fee %s, ε budget 40, δ budget 1e-4",
			i+1, res.ID, res.Rows, res.SHA256[:16], chain.FormatCoins(demoSubmitFee))
	}
	d.line("the rows stay in each owner's home; only the hash pointer, terms and public schema went on-chain")
	return nil
}

func (d *demo) publishPart(ctx context.Context, i int, part *dataset.Table, decl *dataset.Declarations) (*publish.Result, error) {
	req, err := d.partRequest(i, part, decl, "Breast cancer biopsies, clinic %d", chain.EngineFL|chain.EngineHE)
	if err != nil {
		return nil, err
	}
	req.Description = "Wisconsin diagnostic features; label benign"
	return d.owners[i].publish(ctx, req)
}

// demoSubmitFee is what every submission naming a demo dataset pays its owner.
var demoSubmitFee = new(big.Int).Div(chain.Coins(1), big.NewInt(1000))

// partRequest writes owner i's part to a file and describes its publication.
// publishParts has owner i publish parts[i] for the given engines; title
// names the clinic with %d.
func (d *demo) publishParts(ctx context.Context, parts []*dataset.Table, decl *dataset.Declarations, title string, engines uint8) ([]uint64, error) {
	var ids []uint64
	for i, part := range parts {
		req, err := d.partRequest(i, part, decl, title, engines)
		if err != nil {
			return nil, err
		}
		res, err := d.owners[i].publish(ctx, req)
		if err != nil {
			return nil, err
		}
		ids = append(ids, res.ID)
	}
	return ids, nil
}

// diabetes is the demo's diabetes table with its declared bounds.
func diabetes() (*dataset.Table, *dataset.Declarations, error) {
	table, err := dataset.Read(bytes.NewReader(demodata.Diabetes))
	if err != nil {
		return nil, nil, err
	}
	decl, err := dataset.ReadDeclarations(bytes.NewReader(demodata.DiabetesBounds))
	if err != nil {
		return nil, nil, err
	}
	return table, decl, nil
}

func (d *demo) partRequest(i int, part *dataset.Table, decl *dataset.Declarations, title string, engines uint8) (*publish.Request, error) {
	file := filepath.Join(d.dir, fmt.Sprintf("owner%d-%d.csv", i+1, len(d.ids)))
	var buf bytes.Buffer
	if err := part.WriteCSV(&buf); err != nil {
		return nil, err
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o600); err != nil {
		return nil, err
	}
	// A budget of ε 40 with the default owner policy lets one job spend at most
	// a quarter of it (ε 10); δ 1e-5 per job and a δ budget of 1e-4 (10 jobs).
	return &publish.Request{File: file, Title: fmt.Sprintf(title, i+1), Price: new(big.Int).Div(chain.Coins(1), big.NewInt(10)),
		SubmitFee: demoSubmitFee, Engines: engines, Budget: 40_000_000, MaxDelta: 1e13, DeltaBudget: 1e14, MinOwners: 1,
		Bounds: decl.Bounds, Types: decl.Types}, nil
}

func (d *demo) browse(ctx context.Context) error {
	d.step("The catalog, rebuilt by anyone from the chain's events")
	views, err := d.buyer.catalog(ctx)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	g := *d.g
	g.out = &buf
	printCatalog(&g, views)
	for _, l := range strings.Split(strings.TrimRight(buf.String(), "\n"), "\n") {
		d.line("%s", l)
	}
	return nil
}

func jsonIDs(ids []uint64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = fmt.Sprint(id)
	}
	return "[" + strings.Join(parts, ",") + "]"
}
