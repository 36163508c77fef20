package main

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"runtime/debug"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
)

// version is set with -ldflags "-X main.version=..." for releases.
var version = "dev"

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, the Go toolchain and the Marketplace bytecode hash",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			code := sha256.Sum256(common.FromHex(chain.MarketplaceMetaData.Bin))
			v := map[string]string{"version": version, "go": runtime.Version(), "marketplace_bytecode_sha256": hex.EncodeToString(code[:])}
			if info, ok := debug.ReadBuildInfo(); ok {
				for _, s := range info.Settings {
					if s.Key == "vcs.revision" {
						v["commit"] = s.Value
					}
				}
			}
			if g.json {
				return g.printJSON(v)
			}
			g.say("veil %s (%s), Marketplace bytecode sha256 %s", v["version"], v["go"], v["marketplace_bytecode_sha256"])
			return nil
		},
	}
}
