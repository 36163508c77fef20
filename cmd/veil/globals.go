package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/veil-market/veil/home"
)

// globals are the flags every command shares, and where output goes.
type globals struct {
	homeDir      string
	chainURL     string
	marketplace  string
	json         bool
	passwordFile string
	network      string // --network: a chain preset (chain.LookupNetwork)
	ipfsAPI      string // --ipfs: kubo RPC API, overrides the home's config
	ipfsGateway  string // --ipfs-gateway
	out, errOut  io.Writer
}

// openHome opens the home with the command line's overrides applied (not saved).
func (g *globals) openHome() (*home.Home, error) {
	h, err := home.Open(g.dir())
	if err != nil {
		return nil, err
	}
	if g.ipfsAPI != "" {
		h.Config.IPFS.API = g.ipfsAPI
	}
	if g.ipfsGateway != "" {
		h.Config.IPFS.Gateway = g.ipfsGateway
	}
	return h, nil
}

func (g *globals) dir() string {
	if g.homeDir != "" {
		return g.homeDir
	}
	return home.DefaultDir()
}

// printJSON writes v as one JSON document.
func (g *globals) printJSON(v any) error {
	enc := json.NewEncoder(g.out)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// say prints a line for people; nothing in --json mode.
func (g *globals) say(format string, args ...any) {
	if !g.json {
		fmt.Fprintf(g.out, format+"\n", args...)
	}
}

// note prints progress on stderr, so stdout stays clean for pipes and --json.
func (g *globals) note(format string, args ...any) {
	fmt.Fprintf(g.errOut, format+"\n", args...)
}
