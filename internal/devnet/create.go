package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/devchain"
	"github.com/veil-market/veil/home"
)

// computePortOffset: with Options.PortBase B, owner i listens on B+i and compute i on B+computePortOffset+i.
const computePortOffset = 100

type member struct {
	name    string
	h       *home.Home
	s       *home.Secrets
	port    int // 0 for the buyer, which runs no daemon
	compute bool
}

func create(ctx context.Context, opts Options) (*Devnet, error) {
	if devchain.Exists(chainDir(opts.Dir)) {
		return nil, fmt.Errorf("devnet: %s holds a chain but no devnet.json (an interrupted first start?); delete it to start over", opts.Dir)
	}
	members, err := createHomes(opts)
	if err != nil {
		return nil, err
	}
	faucet, err := faucetKey(opts.Dir)
	if err != nil {
		return nil, fmt.Errorf("devnet: faucet key: %w", err)
	}
	homes := make([]*home.Home, len(members))
	for i, m := range members {
		homes[i] = m.h
	}
	c, err := devchain.Start(devchain.Config{
		DataDir: chainDir(opts.Dir), RPCAddr: opts.RPCAddr, BlockPeriod: opts.BlockPeriod, Verbose: opts.Verbose,
		Alloc: genesisAlloc(crypto.PubkeyToAddress(faucet.PublicKey), homes),
	})
	if err != nil {
		return nil, err
	}
	d, err := bootstrap(ctx, opts, c, faucet, members)
	if err != nil {
		c.Close()
		return nil, err
	}
	return d, nil
}

// daemonPorts are the ports of the owners' then the compute homes' daemons:
// from opts.PortBase when set, otherwise free ports the system picks now.
func daemonPorts(opts Options) ([]int, error) {
	n := opts.Owners + opts.Compute
	if opts.PortBase != 0 {
		if opts.PortBase < 1 || opts.PortBase+computePortOffset+opts.Compute > 65535 || opts.Owners >= computePortOffset {
			return nil, fmt.Errorf("devnet: port base %d leaves no room for %d owner and %d compute ports (owner i at base+i, compute i at base+%d+i)",
				opts.PortBase, opts.Owners, opts.Compute, computePortOffset)
		}
		ports := make([]int, 0, n)
		for i := 1; i <= opts.Owners; i++ {
			ports = append(ports, opts.PortBase+i)
		}
		for i := 1; i <= opts.Compute; i++ {
			ports = append(ports, opts.PortBase+computePortOffset+i)
		}
		return ports, nil
	}
	return freePorts(n)
}

// freePorts picks n distinct free ports on 127.0.0.1, holding them all until
// every one is chosen. They are drawn below the kernel's ephemeral range: a
// port the system hands out for ":0" is in that range, and after it is closed
// any outgoing connection may take it as its source port before the daemon
// binds it (or when the devnet restarts on the same ports), which showed as
// "address already in use" under a busy test run. Outside Linux, or when no
// port below the range is free, the system's choice is the fallback.
func freePorts(n int) ([]int, error) {
	lo, hi := portPool()
	ports := make([]int, 0, n)
	for range n {
		l, err := listenFree(lo, hi)
		if err != nil {
			return nil, fmt.Errorf("devnet: choosing a free port: %w", err)
		}
		defer l.Close()
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// listenFree listens on a random port of [lo, hi), or on one the system picks.
func listenFree(lo, hi int) (net.Listener, error) {
	for range 64 {
		if hi <= lo {
			break
		}
		if l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", lo+rand.IntN(hi-lo))); err == nil {
			return l, nil
		}
	}
	return net.Listen("tcp", "127.0.0.1:0")
}

// portPool is where freePorts draws from: from 20000 up to the start of the
// ephemeral range (/proc/sys/net/ipv4/ip_local_port_range; 32768 when it
// cannot be read, Linux's default).
func portPool() (lo, hi int) {
	lo, hi = 20000, 32768
	if b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range"); err == nil {
		if f := strings.Fields(string(b)); len(f) == 2 {
			if start, err := strconv.Atoi(f[0]); err == nil && start > 1024 {
				hi = start
				lo = min(lo, start/2)
			}
		}
	}
	return lo, hi
}

func createHomes(opts Options) ([]member, error) {
	ports, err := daemonPorts(opts)
	if err != nil {
		return nil, err
	}
	var members []member
	add := func(name string, port int, compute bool) error {
		dir := filepath.Join(opts.Dir, name)
		h, err := home.Open(dir)
		var s *home.Secrets
		if err == nil {
			s, err = h.Unlock("")
		} else {
			h, s, err = home.Init(dir, "", home.InitOptions{Dev: true})
		}
		if err != nil {
			return fmt.Errorf("devnet: home %s: %w", name, err)
		}
		members = append(members, member{name: name, h: h, s: s, port: port, compute: compute})
		return nil
	}
	for i := 1; i <= opts.Owners; i++ {
		if err := add(fmt.Sprintf("owner%d", i), ports[i-1], false); err != nil {
			return nil, err
		}
	}
	if err := add("buyer", 0, false); err != nil {
		return nil, err
	}
	for i := 1; i <= opts.Compute; i++ {
		if err := add(fmt.Sprintf("compute%d", i), ports[opts.Owners+i-1], true); err != nil {
			return nil, err
		}
	}
	return members, nil
}

// bootstrap deploys the Marketplace, registers the nodes and writes every home's config.
func bootstrap(ctx context.Context, opts Options, c *devchain.Chain, faucet *ecdsa.PrivateKey, members []member) (*Devnet, error) {
	client := c.Client()
	deployer, err := chain.NewSender(ctx, client, faucet, 0)
	if err != nil {
		return nil, err
	}
	fmt.Fprintln(opts.Progress, "devnet: deploying the Marketplace")
	addr, rcpt, err := chain.Deploy(ctx, deployer, opts.Market)
	if err != nil {
		return nil, err
	}
	info := Info{RPC: c.RPCURL(), ChainID: chain.DevChainID, Marketplace: addr.Hex(), DeployBlock: rcpt.BlockNumber.Uint64(),
		Homes: map[string]string{}, Ports: map[string]int{}}
	for _, m := range members {
		if err := setupMember(ctx, c, info, m, opts); err != nil {
			return nil, err
		}
		info.Homes[m.name] = m.h.Dir
		if m.port != 0 {
			info.Ports[m.name] = m.port
		}
	}
	if err := writeInfo(opts.Dir, &info); err != nil {
		return nil, err
	}
	return &Devnet{Info: info, Chain: c, dir: opts.Dir}, nil
}

func setupMember(ctx context.Context, c *devchain.Chain, info Info, m member, opts Options) error {
	cfg := m.h.Config
	cfg.ChainURL, cfg.ChainID, cfg.Marketplace, cfg.DeployBlock = info.RPC, info.ChainID, info.Marketplace, info.DeployBlock
	if m.port != 0 {
		cfg.Node.Listen = fmt.Sprintf("127.0.0.1:%d", m.port)
		cfg.Node.Advertise = cfg.Node.Listen
		cfg.Node.FetchPrivate = true // a local market's specs are served locally
	}
	if err := m.h.SaveConfig(); err != nil {
		return err
	}
	if m.port == 0 {
		return nil
	}
	sender, err := chain.NewSender(ctx, c.Client(), m.s.Account, 0)
	if err != nil {
		return err
	}
	market := chain.NewMarket(c.Client(), common.HexToAddress(info.Marketplace), sender, 0)
	p := chain.NodeParams{Endpoint: cfg.Node.Advertise, TLSKey: home.TLSPublicKey(m.s.NodeKey), Roles: chain.RoleOwner}
	if m.compute {
		p.Roles, p.Fee, p.Stake = chain.RoleCompute, ComputeFee, ComputeStake
	}
	fmt.Fprintf(opts.Progress, "devnet: registering %s (%s) as %s\n", m.name, m.h.Address().Hex(), chain.RoleNames(p.Roles))
	if _, err := market.RegisterNode(ctx, p); err != nil {
		return fmt.Errorf("devnet: registering %s: %w", m.name, err)
	}
	return nil
}
