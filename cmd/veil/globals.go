package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"golang.org/x/term"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/publish"
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

// password finds the keystore password: --password-file, VEIL_PASSWORD, an empty
// one for devnet homes, else a prompt on the terminal.
func (g *globals) password(h *home.Home, prompt string) (string, error) {
	if g.passwordFile != "" {
		b, err := os.ReadFile(g.passwordFile)
		if err != nil {
			return "", fmt.Errorf("reading --password-file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	if pw, ok := os.LookupEnv("VEIL_PASSWORD"); ok {
		return pw, nil
	}
	if h != nil && h.Config.DevHome {
		return "", nil
	}
	return readSecret(prompt, "VEIL_PASSWORD or --password-file")
}

// readSecret prompts on the terminal without echo.
func readSecret(prompt, alternative string) (string, error) {
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		line, err := bufio.NewReader(os.Stdin).ReadString('\n')
		if err != nil && line == "" {
			return "", fmt.Errorf("a secret is needed and stdin is not a terminal: set %s", alternative)
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
	fmt.Fprint(os.Stderr, prompt)
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return "", fmt.Errorf("reading password: %w", err)
	}
	return string(b), nil
}

// session is an opened home connected to its chain and Marketplace.
type session struct {
	g       *globals
	home    *home.Home
	secrets *home.Secrets // nil unless unlocked
	client  *ethclient.Client
	market  *chain.Market
	chainID uint64
}

// open opens the home; with unlock it also asks for the password and makes a sender.
func (g *globals) open(ctx context.Context, unlock bool) (*session, error) {
	h, err := g.openHome()
	if err != nil {
		return nil, err
	}
	s := &session{g: g, home: h}
	if unlock {
		pw, err := g.password(h, "Password for "+h.Dir+": ")
		if err != nil {
			return nil, err
		}
		if s.secrets, err = h.Unlock(pw); err != nil {
			return nil, err
		}
	}
	if err := s.connect(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *session) connect(ctx context.Context) error {
	url, preset, err := s.g.chainTarget()
	if err != nil {
		return err
	}
	if url == "" {
		url = s.home.Config.ChainURL
	}
	client, id, err := dialChain(ctx, url)
	if err != nil {
		return err
	}
	if err := checkPreset(preset, id, url); err != nil {
		client.Close()
		return err
	}
	if want := s.home.Config.ChainID; want != 0 && url == s.home.Config.ChainURL && want != id {
		client.Close()
		return fmt.Errorf("the chain at %s has id %d but the home expects %d", url, id, want)
	}
	s.client, s.chainID = client, id
	addrText := s.g.marketplace
	if addrText == "" {
		addrText = s.home.Config.Marketplace
	}
	addr, err := parseMarketplace(addrText)
	if err != nil {
		return err
	}
	var sender *chain.Sender
	if s.secrets != nil {
		if sender, err = chain.NewSender(ctx, client, s.secrets.Account, s.home.Config.Confirmations); err != nil {
			return err
		}
	}
	s.market = chain.NewMarket(client, addr, sender, s.home.Config.Confirmations).From(s.home.Config.DeployBlock)
	if n, ok := chain.NetworkByChainID(id); ok {
		s.market.UseNetwork(n)
		if sender != nil {
			sender.UseNetwork(n)
		}
	}
	return s.market.Check(ctx)
}

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

// close releases the chain connection.
func (s *session) close() {
	if s.client != nil {
		s.client.Close()
	}
}

func openHome(g *globals) (*home.Home, error) { return g.openHome() }

// publish publishes a dataset from this session's home.
func (s *session) publish(ctx context.Context, r *publish.Request) (*publish.Result, error) {
	o := publish.Owner{Home: s.home, Secrets: s.secrets, Market: s.market, ChainID: s.chainID}
	return o.Dataset(ctx, r)
}

// with runs f with an opened session and closes it afterwards.
func (g *globals) with(ctx context.Context, unlock bool, f func(s *session) error) error {
	s, err := g.open(ctx, unlock)
	if err != nil {
		return err
	}
	defer s.close()
	return f(s)
}

// unlockHome opens the home and unlocks its keys, without connecting to a chain.
func (g *globals) unlockHome() (*home.Home, *home.Secrets, error) {
	h, err := g.openHome()
	if err != nil {
		return nil, nil, err
	}
	pw, err := g.password(h, "Password for "+h.Dir+": ")
	if err != nil {
		return nil, nil, err
	}
	sec, err := h.Unlock(pw)
	if err != nil {
		return nil, nil, err
	}
	return h, sec, nil
}
