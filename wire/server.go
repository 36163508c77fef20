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

	"github.com/veil-market/veil/engine"
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
	hubs     map[uint64]*Job
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
	s := &Server{cfg: cfg, limits: lim, hubs: map[uint64]*Job{}, refusals: newRefusalLog(cfg.Log, lim.LogInterval.D()),
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

// OpenJob makes the server accept the owners of a job it computes, and the
// job's compute peers with a higher index than its own; it dials the peers
// with a lower index (JobConfig.Peers) until the job is closed.
func (s *Server) OpenJob(cfg JobConfig) *Job {
	h := newJob(cfg, s.cfg.Counters)
	s.mu.Lock()
	if old := s.hubs[cfg.Job]; old != nil {
		old.close(errors.New("wire: job reopened"))
	}
	s.hubs[cfg.Job] = h
	s.mu.Unlock()
	h.dialPeers(s.cfg.Identity, s.cfg.Registry)
	return h
}

// ErrNotOpen means a node refused a job it has not opened (yet): an owner or
// peer that connects early retries. The refusal travels as text; the link
// recognises errNotOpenText in it.
var (
	ErrNotOpen     = errors.New("wire: the node does not run this job (yet)")
	errNotOpenText = errors.New("which this node does not run (yet)")
)

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

func (s *Server) hub(job uint64) *Job {
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

// joiner is a peer admitted to a Job: an owner, or another compute
// node (peer ≥ 0), with the attestation evidence it gave, if checked.
type joiner struct {
	hub      *Job
	addr     common.Address
	key      ed25519.PublicKey
	owner    int // index in the job's owners, -1 for a compute peer
	peer     int // index in the job's compute nodes, -1 for an owner
	evidence []byte
}

// join authenticates an owner or a compute peer, runs the attestation
// handshake, and attaches its stream to the job's hub.
func (s *Server) join(st grpc.ServerStream) error {
	c := newConn(st, s.cfg.Counters)
	j, err := s.admitJoin(st.Context(), c)
	if err != nil {
		return err
	}
	s.prove(st.Context())
	if j.peer >= 0 {
		return j.hub.servePeer(st.Context(), j, c)
	}
	return j.hub.serve(st.Context(), j.owner, j.key, c)
}

// admitJoin reads the hello within the hello timeout, admits its sender and
// runs the attestation handshake, holding one of the peer's unproven-stream
// slots meanwhile.
func (s *Server) admitJoin(ctx context.Context, c *conn) (*joiner, error) {
	release, err := s.holdUnproven(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	hello, err := s.firstFrame(ctx, c)
	if err != nil {
		return nil, err
	}
	j, err := s.admit(ctx, hello)
	if err == nil {
		err = s.attest(ctx, c, j, hello)
	}
	if err != nil {
		s.refusals.note(refusedPeer, "refused a peer", "peer", remoteAddr(ctx), "job", hello.Job, "err", err)
		_ = c.send(&Frame{Kind: KindError, Job: hello.Job, Payload: []byte(err.Error())})
		return nil, status.Error(codes.PermissionDenied, err.Error())
	}
	return j, nil
}

func (s *Server) admit(ctx context.Context, hello *Frame) (*joiner, error) {
	addr, key, err := peerCert(ctx)
	if err != nil {
		return nil, err
	}
	if hello.Kind != KindHello {
		return nil, fmt.Errorf("wire: %s opened with a %d frame, not hello", addr.Hex(), hello.Kind)
	}
	h := s.hub(hello.Job)
	if h == nil {
		return nil, fmt.Errorf("wire: %s asked for job %d, %w", addr.Hex(), hello.Job, errNotOpenText)
	}
	j := &joiner{hub: h, addr: addr, key: key, owner: -1, peer: -1}
	switch hello.Step {
	case "":
		if j.owner = h.index(addr); j.owner < 0 {
			return nil, fmt.Errorf("wire: %s is not an owner of job %d", addr.Hex(), hello.Job)
		}
	case StepCompute:
		if j.peer = h.peerIndex(addr); j.peer < 0 {
			return nil, fmt.Errorf("wire: %s is not a compute node of job %d that dials this one", addr.Hex(), hello.Job)
		}
	default:
		return nil, fmt.Errorf("wire: %s opened with a hello of step %q", addr.Hex(), hello.Step)
	}
	if n := len(hello.Payload); (n != 0 || j.peer >= 0) && n != nonceSize {
		return nil, fmt.Errorf("wire: %s sent a hello with %d bytes of nonce (want %d)", addr.Hex(), n, nonceSize)
	}
	if err := checkPeer(ctx, s.cfg.Registry, addr, key); err != nil {
		return nil, err
	}
	return j, nil
}

// attest answers the joiner's nonce with this node's evidence, and checks a
// compute peer's own (see attest.go), all within the hello timeout: the
// stream still holds an unproven slot.
func (s *Server) attest(ctx context.Context, c *conn, j *joiner, hello *Frame) error {
	ctx, cancel := context.WithTimeout(ctx, s.limits.HelloTimeout.D())
	defer cancel()
	cfg, me := j.hub.cfg, s.cfg.Identity.Address
	if len(hello.Payload) == nonceSize {
		ev, err := prove(ctx, cfg.Prove, engine.Challenge{Job: cfg.Job, Prover: me, Verifier: j.addr, Nonce: [nonceSize]byte(hello.Payload)})
		if err != nil {
			return err
		}
		if err := c.send(attestFrame(cfg.Job, StepEvidence, ev)); err != nil {
			return err
		}
	}
	if j.peer < 0 {
		return nil // owners are never asked to attest
	}
	nonce, err := freshNonce()
	if err != nil {
		return err
	}
	if err := c.send(attestFrame(cfg.Job, StepChallenge, nonce[:])); err != nil {
		return err
	}
	f, err := s.firstFrame(ctx, c)
	if err != nil {
		return err
	}
	ev, err := readAttest(f, cfg.Job, j.addr, StepEvidence, engine.MaxEvidence)
	if err != nil {
		return err
	}
	j.evidence, err = verify(ctx, cfg.Verify, engine.Challenge{Job: cfg.Job, Prover: j.addr, Verifier: me, Nonce: nonce}, ev)
	return err
}
