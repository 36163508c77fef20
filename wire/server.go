package wire

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"
)

// ServerConfig configures a node's gRPC server.
type ServerConfig struct {
	Identity Identity
	Registry Registry
	Blobs    BlobService // nil: the node serves no blobs
	Log      *slog.Logger
	Counters *Counters
	Limits   Limits // what unauthenticated peers may hold; zero fields take DefaultLimits
	// NoFile is the process's file-descriptor limit (0: read it from the
	// system); MaxConns is lowered to fit in it with Limits.ReserveFDs to spare.
	NoFile uint64
}

// Server is a node's gRPC endpoint: owners join the jobs it aggregates, buyers
// upload and download blobs.
type Server struct {
	cfg      ServerConfig
	limits   Limits
	grpc     *grpc.Server
	refusals *refusalLog
	unproven *unprovenStreams
	mu       sync.Mutex
	hubs     map[uint64]*Hub
	lis      *limitListener
}

// NewServer makes the server; call Serve to accept connections.
func NewServer(cfg ServerConfig) (*Server, error) {
	tlsCfg, err := serverTLS(cfg.Identity)
	if err != nil {
		return nil, err
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Counters == nil {
		cfg.Counters = &Counters{}
	}
	if cfg.NoFile == 0 {
		cfg.NoFile = fileLimit()
	}
	lim := cfg.Limits.withDefaults()
	s := &Server{cfg: cfg, limits: lim, hubs: map[uint64]*Hub{}, refusals: newRefusalLog(cfg.Log, lim.LogInterval.D()),
		unproven: newUnprovenStreams(lim.MaxUnproven, lim.MaxUnprovenPerPeer)}
	s.grpc = grpc.NewServer(serverOptions(credentials.NewTLS(tlsCfg), lim)...)
	s.grpc.RegisterService(&serviceDesc, s)
	return s, nil
}

// Serve accepts connections on l until Stop, within the limits.
func (s *Server) Serve(l net.Listener) error {
	lim := s.limits
	ll := newLimitListener(l, lim.MaxConnsPerPeer, lim.connCap(s.cfg.NoFile), lim.HelloTimeout.D(), s.refusals)
	s.mu.Lock()
	s.lis = ll
	s.mu.Unlock()
	return s.grpc.Serve(ll)
}

// Limits are the limits the server runs with, defaults filled in; MaxConns
// is what the file-descriptor limit leaves of it.
func (s *Server) Limits() Limits {
	l := s.limits
	l.MaxConns = l.connCap(s.cfg.NoFile)
	return l
}

// Conns is the number of peer connections open now.
func (s *Server) Conns() int {
	s.mu.Lock()
	ll := s.lis
	s.mu.Unlock()
	if ll == nil {
		return 0
	}
	return ll.open()
}

// Refusals counts refused connections, streams and requests by kind.
func (s *Server) Refusals() map[string]uint64 { return s.refusals.totals() }

// prove marks the connection of a stream whose peer passed admission: it is
// never evicted to make room for others.
func (s *Server) prove(ctx context.Context) {
	s.mu.Lock()
	ll := s.lis
	s.mu.Unlock()
	if ll != nil {
		ll.prove(remoteAddr(ctx))
	}
}

// Stop closes every connection now.
func (s *Server) Stop() { s.grpc.Stop() }

// Counters are the server's byte counters.
func (s *Server) Counters() *Counters { return s.cfg.Counters }

// OpenJob makes the server accept owners of a job it aggregates.
func (s *Server) OpenJob(cfg HubConfig) *Hub {
	h := newHub(cfg, s.cfg.Counters)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old := s.hubs[cfg.Job]; old != nil {
		old.close(errors.New("wire: job reopened"))
	}
	s.hubs[cfg.Job] = h
	return h
}

// CloseJob stops accepting owners of a job and disconnects them.
func (s *Server) CloseJob(job uint64) {
	s.mu.Lock()
	h := s.hubs[job]
	delete(s.hubs, job)
	s.mu.Unlock()
	if h != nil {
		h.close(errors.New("wire: job closed by the aggregator"))
	}
}

func (s *Server) hub(job uint64) *Hub {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hubs[job]
}

// remoteAddr is the network address of a stream's peer, for logs.
func remoteAddr(ctx context.Context) string {
	if p, ok := peer.FromContext(ctx); ok && p.Addr != nil {
		return p.Addr.String()
	}
	return "unknown"
}

// peerCert returns the address and key of a stream's TLS client certificate.
func peerCert(ctx context.Context) (common.Address, []byte, error) {
	p, ok := peer.FromContext(ctx)
	if !ok {
		return common.Address{}, nil, errors.New("wire: no peer information")
	}
	info, ok := p.AuthInfo.(credentials.TLSInfo)
	if !ok || len(info.State.PeerCertificates) == 0 {
		return common.Address{}, nil, fmt.Errorf("wire: the peer at %s presented no client certificate", p.Addr)
	}
	addr, key, err := peerOf([][]byte{info.State.PeerCertificates[0].Raw})
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("wire: the peer at %s: %w", p.Addr, err)
	}
	return addr, key, nil
}

// join authenticates an owner and attaches its stream to the job's hub.
func (s *Server) join(st grpc.ServerStream) error {
	c := newConn(st, s.cfg.Counters)
	h, idx, key, err := s.admitJoin(st.Context(), c)
	if err != nil {
		return err
	}
	s.prove(st.Context())
	return h.serve(st.Context(), idx, key, c)
}

// admitJoin reads the hello within the hello timeout and admits its sender,
// holding one of the peer's unproven-stream slots meanwhile.
func (s *Server) admitJoin(ctx context.Context, c *conn) (*Hub, int, ed25519.PublicKey, error) {
	release, err := s.holdUnproven(ctx)
	if err != nil {
		return nil, 0, nil, err
	}
	defer release()
	hello, err := s.firstFrame(ctx, c)
	if err != nil {
		return nil, 0, nil, err
	}
	h, idx, key, err := s.admit(ctx, hello)
	if err != nil {
		s.refusals.note(refusedPeer, "refused a peer", "peer", remoteAddr(ctx), "job", hello.Job, "err", err)
		_ = c.send(&Frame{Kind: KindError, Job: hello.Job, Payload: []byte(err.Error())})
		return nil, 0, nil, status.Error(codes.PermissionDenied, err.Error())
	}
	return h, idx, key, nil
}

func (s *Server) admit(ctx context.Context, hello *Frame) (*Hub, int, ed25519.PublicKey, error) {
	addr, key, err := peerCert(ctx)
	if err != nil {
		return nil, 0, nil, err
	}
	if hello.Kind != KindHello {
		return nil, 0, nil, fmt.Errorf("wire: %s opened with a %d frame, not hello", addr.Hex(), hello.Kind)
	}
	h := s.hub(hello.Job)
	if h == nil {
		return nil, 0, nil, fmt.Errorf("wire: %s asked for job %d, which this node does not aggregate", addr.Hex(), hello.Job)
	}
	idx := h.index(addr)
	if idx < 0 {
		return nil, 0, nil, fmt.Errorf("wire: %s is not an owner of job %d", addr.Hex(), hello.Job)
	}
	if err := checkPeer(ctx, s.cfg.Registry, addr, key); err != nil {
		return nil, 0, nil, err
	}
	return h, idx, key, nil
}
