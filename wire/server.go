package wire

import (
	"context"
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
}

// Server is a node's gRPC endpoint: owners join the jobs it aggregates, buyers
// upload and download blobs.
type Server struct {
	cfg  ServerConfig
	grpc *grpc.Server
	mu   sync.Mutex
	hubs map[uint64]*Hub
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
	s := &Server{cfg: cfg, hubs: map[uint64]*Hub{}}
	s.grpc = grpc.NewServer(serverOptions(credentials.NewTLS(tlsCfg))...)
	s.grpc.RegisterService(&serviceDesc, s)
	return s, nil
}

// Serve accepts connections on l until Stop.
func (s *Server) Serve(l net.Listener) error { return s.grpc.Serve(l) }

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
	hello, err := c.recv()
	if err != nil {
		s.cfg.Log.Warn("refused a peer", "peer", remoteAddr(st.Context()), "err", err)
		return err
	}
	h, idx, key, err := s.admit(st.Context(), hello)
	if err != nil {
		s.cfg.Log.Warn("refused a peer", "job", hello.Job, "err", err)
		_ = c.send(&Frame{Kind: KindError, Job: hello.Job, Payload: []byte(err.Error())})
		return status.Error(codes.PermissionDenied, err.Error())
	}
	return h.serve(st.Context(), idx, key, c)
}

func (s *Server) admit(ctx context.Context, hello *Frame) (*Hub, int, []byte, error) {
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
