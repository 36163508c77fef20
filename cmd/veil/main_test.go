package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/internal/devnet"
	"github.com/veil-market/veil/seal/ipfs/ipfstest"
)

// TestMain lets the test binary act as the real veil binary: testscript runs
// `veil` in scripts by re-executing it, and tests that exec os.Args[0] with
// VEIL_AS_BINARY=1 get the same.
func TestMain(m *testing.M) {
	// Test engines, registered in the test binary and so in the child processes
	// that run it as veil, each in an on-chain slot of a shipped engine:
	// "toy" does almost nothing, "toy-withhold" also withholds receipts.
	engine.Register(enginetest.Toy{EngineName: "toy"})
	chain.AliasTestEngine("toy", chain.EngineMPC)
	engine.Register(enginetest.Toy{EngineName: "toy-withhold", Withhold: true})
	chain.AliasTestEngine("toy-withhold", chain.EngineTEE)
	if os.Getenv("VEIL_AS_BINARY") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	testscript.Main(m, map[string]func(){
		"veil": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI flows in testdata/script against a fresh devnet each.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:   "testdata/script",
		Setup: setupDevnet,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"sha256sum-is": cmdSHA256Is, "corrupt-blobs": cmdCorruptBlobs, "ipfs-tamper": cmdIPFSTamper,
		},
	})
}

// setupDevnet starts an in-process devnet for the script and names its homes in
// the environment, with a fake kubo node ($IPFS_API, $IPFS_GATEWAY):
// $OWNER1.., $BUYER, $COMPUTE1, $RPC, $MARKET, and the repo's
// testdata as $DATA.
func setupDevnet(env *testscript.Env) error {
	d, err := devnet.Start(context.Background(), devnet.Options{Dir: filepath.Join(env.WorkDir, "net"), RPCAddr: "127.0.0.1:0", Owners: 3, Compute: 1})
	if err != nil {
		return err
	}
	env.Defer(func() { d.Close() })
	for name, dir := range d.Info.Homes {
		env.Setenv(upper(name), dir)
	}
	env.Setenv("RPC", d.Info.RPC)
	env.Setenv("MARKET", d.Info.Marketplace)
	env.Setenv("CHAIN_ID", strconv.FormatUint(d.Info.ChainID, 10))
	data, err := filepath.Abs("../../testdata")
	if err != nil {
		return err
	}
	env.Setenv("DATA", data)
	env.Setenv("VEIL_HOME", filepath.Join(env.WorkDir, "nohome"))
	kubo := ipfstest.New(env.Defer)
	env.Values[kuboKey{}] = kubo
	env.Setenv("IPFS_API", kubo.API.URL)
	env.Setenv("IPFS_GATEWAY", kubo.Gateway.URL)
	return nil
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
