package main

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/publish"
)

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
