// Command veil is the Veil marketplace: publish sealed datasets, run the embedded
// dev chain and node daemons, submit jobs and read their results.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
	_ "github.com/veil-market/veil/engine/all"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command line; it returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	g := &globals{out: stdout, errOut: stderr}
	root := newRoot(g)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(stderr, "veil: %s\n", oneLine(err))
		g.printErrorDetails(err)
		return 1
	}
	return 0
}

// detailed is an error with a machine-readable part (publish.TypesError).
type detailed interface {
	error
	Details() map[string]any
}

// printErrorDetails prints, in --json mode, an error's details as one JSON
// object on stdout: {"error": message, ...details}.
func (g *globals) printErrorDetails(err error) {
	var d detailed
	if !g.json || !errors.As(err, &d) {
		return
	}
	out := map[string]any{"error": oneLine(err)}
	for k, v := range d.Details() {
		out[k] = v
	}
	_ = g.printJSON(out)
}

func oneLine(err error) string {
	msg := err.Error()
	if errors.Is(err, context.Canceled) {
		msg = "interrupted"
	}
	return strings.ReplaceAll(strings.TrimSpace(msg), "\n", "; ")
}

func newRoot(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:           "veil",
		Short:         "Sell computations over private data without handing the data over",
		Long:          "Veil is a marketplace for computations over private data: datasets stay sealed with their owners,\nbuyers pay into escrow on an EVM chain and get back only the (differentially private) result.\n\nStart with `veil demo`, or `veil devnet --dir D` for a local market. Docs: docs/README.md.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	f := root.PersistentFlags()
	f.StringVar(&g.homeDir, "home", "", "Veil home directory (default $VEIL_HOME or ~/.veil)")
	f.StringVar(&g.chainURL, "chain", "", "JSON-RPC URL of an EVM chain (default: the home's config)")
	f.StringVar(&g.network, "network", "", "a public chain preset: "+strings.Join(chain.NetworkNames(), ", ")+" (endpoint, chain id, fees, log ranges; see docs/chain-config.md)")
	f.StringVar(&g.marketplace, "marketplace", "", "Marketplace contract address (default: the home's config)")
	f.BoolVar(&g.json, "json", false, "print machine-readable JSON")
	f.StringVar(&g.passwordFile, "password-file", "", "read the keystore password from this file (or set VEIL_PASSWORD)")
	f.StringVar(&g.ipfsAPI, "ipfs", "", "kubo RPC API of your IPFS node, e.g. http://127.0.0.1:5001 (default: the home's config, else that)")
	f.StringVar(&g.ipfsGateway, "ipfs-gateway", "", "trustless gateway to read IPFS blobs through (default: the home's config, else the --ipfs API)")
	root.AddCommand(
		newInitCmd(g), newDevnetCmd(g), newDeployCmd(g), newAccountCmd(g), newWithdrawCmd(g),
		newDatasetCmd(g), newJobCmd(g), newNodeCmd(g), newBackupCmd(g), newRestoreCmd(g), newVersionCmd(g),
		newDemoCmd(g), newBenchCmd(g), newModelCmd(g), newWebCmd(g), newTeeCmd(g),
	)
	return root
}
