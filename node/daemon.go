package node

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/wire"
)

// Config is what a daemon needs.
type Config struct {
	Home      *home.Home
	Secrets   *home.Secrets
	Market    *chain.Market // with the home's sender
	Listen    string        // gRPC listen address
	Advertise string        // endpoint registered on-chain (default: Listen)
	Source    net.IP        // local address peer connections are dialled from (nil: the system's choice; wire.Identity.Source)
	Metrics   string        // local address for /healthz and /metrics ("" for none)
	Poll      time.Duration // how often to look at the chain (default 500ms)
	// CommitWait is how long a lead waits, after sealing a result, for
	// the owners' commitments before revealing its own (default 2 min;
	// tests with stopped owners shorten it).
	CommitWait time.Duration
	Log        *slog.Logger
	Rand       io.Reader // engines' randomness; crypto/rand when nil
	// Limits override the home's node.limits when not zero.
	Limits home.NodeLimits
	// FetchPrivate lets the daemon fetch spec URIs on private addresses, as
	// the home's node.fetch_private does.
	FetchPrivate bool
	// Platform is this machine's hardware attestation, given to engines
	// (engine.Env.Platform); nil on a machine without one.
	Platform engine.Platform
}

// limits are the configured limits: Config.Limits, else the home's.
func (d *Daemon) limits() home.NodeLimits {
	if d.cfg.Limits != (home.NodeLimits{}) {
		return d.cfg.Limits
	}
	return d.cfg.Home.Config.Node.Limits
}

// Daemon is a running node.
type Daemon struct {
	cfg      Config
	store    *store
	registry *chain.Registry
	server   *wire.Server
	listener net.Listener
	metrics  *metrics
	uploads  *uploads
	memory   *memoryBudget
	log      *slog.Logger
	domain   chain.Domain

	mu      sync.Mutex
	views   map[uint64]*jobView
	running map[uint64]context.CancelFunc
	wg      sync.WaitGroup
	wake    chan struct{}
}

// New opens the daemon's database and prepares its server; Run starts it.
func New(ctx context.Context, cfg Config) (*Daemon, error) {
	if cfg.Poll == 0 {
		cfg.Poll = 500 * time.Millisecond
	}
	if cfg.CommitWait == 0 {
		cfg.CommitWait = defaultCommitWait
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Rand == nil {
		cfg.Rand = rand.Reader
	}
	if err := (wire.Identity{Source: cfg.Source}).CheckSource(); err != nil {
		return nil, fmt.Errorf("node: Config.Source: %w", err)
	}
	domain, err := cfg.Market.Domain(ctx)
	if err != nil {
		return nil, err
	}
	st, err := openStore(cfg.Home.StateDir())
	if err != nil {
		return nil, err
	}
	d := &Daemon{cfg: cfg, store: st, registry: chain.NewRegistry(cfg.Market), log: cfg.Log, domain: domain,
		running: map[uint64]context.CancelFunc{}, views: map[uint64]*jobView{}, wake: make(chan struct{}, 1), metrics: newMetrics()}
	lim := d.limits()
	d.uploads = newUploads(d, lim.MaxUpload, lim.UploadQuota)
	d.memory = newMemoryBudget()
	if err := d.listen(); err != nil {
		st.close()
		return nil, err
	}
	return d, nil
}

func (d *Daemon) identity() wire.Identity {
	return wire.Identity{Address: d.cfg.Home.Address(), Key: d.cfg.Secrets.NodeKey, Source: d.cfg.Source}
}

func (d *Daemon) listen() error {
	srv, err := wire.NewServer(wire.ServerConfig{Identity: d.identity(), Registry: d.registry, Blobs: d.blobService(),
		Log: d.log, Counters: d.metrics.counters, Limits: d.limits().Limits})
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", d.cfg.Listen)
	if err != nil {
		return fmt.Errorf("node: listening on %s: %w", d.cfg.Listen, err)
	}
	d.server, d.listener = srv, l
	d.metrics.server = srv
	if d.cfg.Advertise == "" {
		d.cfg.Advertise = l.Addr().String()
	}
	return nil
}

// Addr is the address the gRPC server listens on.
func (d *Daemon) Addr() string { return d.listener.Addr().String() }

// Run serves and follows the chain until ctx ends, then stops cleanly.
func (d *Daemon) Run(ctx context.Context) error {
	defer d.store.close()
	go d.server.Serve(d.listener)
	defer d.server.Stop()
	if err := d.ensureRegistered(ctx); err != nil {
		return err
	}
	stopMetrics, err := d.serveMetrics()
	if err != nil {
		return err
	}
	defer stopMetrics()
	d.log.Info("node running", "address", d.cfg.Home.Address().Hex(), "listen", d.Addr(), "advertise", d.cfg.Advertise)
	err = d.loop(ctx)
	d.stopRunners()
	return err
}

func (d *Daemon) loop(ctx context.Context) error {
	t := time.NewTicker(d.cfg.Poll)
	defer t.Stop()
	for {
		if err := d.tick(ctx); err != nil && ctx.Err() == nil {
			d.log.Warn("following the chain", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-d.wake:
		}
	}
}

// uploadGCInterval is how often the uploads of ended jobs are looked for.
const uploadGCInterval = 10 * time.Second

// poke makes the loop look at the chain now.
func (d *Daemon) poke() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

func (d *Daemon) tick(ctx context.Context) error {
	if err := d.scan(ctx); err != nil {
		return err
	}
	recs, err := d.store.jobs()
	if err != nil {
		return err
	}
	var errs []error
	for _, rec := range recs {
		if rec.Phase == phaseDone || rec.Phase == phaseDeclined {
			continue
		}
		if err := d.reconcile(ctx, rec); err != nil {
			errs = append(errs, fmt.Errorf("job %d: %w", rec.ID, err))
		}
	}
	d.metrics.setJobs(recs)
	if err := d.uploads.collect(ctx, uploadGCInterval); err != nil {
		errs = append(errs, fmt.Errorf("collecting uploads: %w", err))
	}
	return errors.Join(errs...)
}

func (d *Daemon) stopRunners() {
	d.mu.Lock()
	for _, cancel := range d.running {
		cancel()
	}
	d.mu.Unlock()
	d.wg.Wait()
}

// ensureRegistered makes the on-chain entry match what this daemon serves.
func (d *Daemon) ensureRegistered(ctx context.Context) error {
	addr := d.cfg.Home.Address()
	n, err := d.cfg.Market.Node(ctx, addr)
	if err != nil {
		return err
	}
	key := home.TLSPublicKey(d.cfg.Secrets.NodeKey)
	if n.Roles == 0 {
		return fmt.Errorf("node: %s is not registered; run veil node register --endpoint %s --roles owner (or compute)", addr.Hex(), d.cfg.Advertise)
	}
	if n.Endpoint == d.cfg.Advertise && n.TlsKey == key {
		return nil
	}
	d.log.Info("updating the registry entry", "endpoint", d.cfg.Advertise)
	_, err = d.cfg.Market.UpdateNode(ctx, chain.NodeParams{Endpoint: d.cfg.Advertise, TLSKey: key, Roles: n.Roles, Fee: n.Fee})
	return err
}
