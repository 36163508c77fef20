package bench

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"hash"
	"io"
	"math/big"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/veil-market/veil/wire"
)

// memRegistry is a registry held in memory: address → node key.
type memRegistry map[common.Address]ed25519.PublicKey

func (m memRegistry) NodeKey(_ context.Context, addr common.Address) (ed25519.PublicKey, error) {
	if k, ok := m[addr]; ok {
		return k, nil
	}
	return nil, fmt.Errorf("bench: %s is not registered", addr.Hex())
}

// newIdentity makes a node identity with a random address and key.
func newIdentity() (wire.Identity, error) {
	var addr common.Address
	if _, err := rand.Read(addr[:]); err != nil {
		return wire.Identity{}, fmt.Errorf("bench: new identity: %w", err)
	}
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return wire.Identity{}, fmt.Errorf("bench: new identity: %w", err)
	}
	return wire.Identity{Address: addr, Key: key}, nil
}

// loopback is one aggregator and one owner of job 1 talking over 127.0.0.1.
type loopback struct {
	srv   *wire.Server
	lis   net.Listener
	job   *wire.Job
	link  *wire.Uplink
	round uint32
}

func newLoopback(ctx context.Context, maxMessage uint64) (*loopback, error) {
	agg, err := newIdentity()
	if err != nil {
		return nil, err
	}
	owner, err := newIdentity()
	if err != nil {
		return nil, err
	}
	reg := memRegistry{agg.Address: agg.Key.Public().(ed25519.PublicKey), owner.Address: owner.Key.Public().(ed25519.PublicKey)}
	srv, err := wire.NewServer(wire.ServerConfig{Identity: agg, Registry: reg})
	if err != nil {
		return nil, err
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("bench: loopback: %w", err)
	}
	go srv.Serve(lis)
	lb := &loopback{srv: srv, lis: lis}
	lb.job = srv.OpenJob(wire.JobConfig{Job: 1, Owners: []wire.Owner{{Address: owner.Address}}, MaxMessage: maxMessage})
	lb.link, err = wire.Dial(ctx, wire.UplinkConfig{Identity: owner, Registry: reg, Server: agg.Address,
		Endpoint: lis.Addr().String(), Job: 1, MaxMessage: maxMessage})
	if err != nil {
		lb.close()
		return nil, err
	}
	if live := lb.job.WaitLive(ctx, 1, time.Now().Add(10*time.Second)); len(live) != 1 {
		lb.close()
		return nil, errors.New("bench: loopback: the owner did not join")
	}
	return lb, nil
}

// send carries payload from the owner to the aggregator as one message of a new round.
func (lb *loopback) send(ctx context.Context, payload []byte) error {
	lb.round++
	cr, or := lb.job.Round(lb.round), lb.link.Round(lb.round)
	sent := make(chan error, 1)
	go func() { sent <- or.Send(ctx, "payload", payload) }()
	got, failed := cr.Gather(ctx, "payload", []int{0}, len(payload), time.Now().Add(time.Minute))
	if err := <-sent; err != nil {
		return err
	}
	if err := failed[0]; err != nil {
		return err
	}
	if len(got[0]) != len(payload) {
		return fmt.Errorf("bench: loopback: %d bytes arrived of %d", len(got[0]), len(payload))
	}
	return nil
}

func (lb *loopback) close() {
	if lb.link != nil {
		lb.link.Close()
	}
	lb.srv.Stop()
	lb.lis.Close()
}

// rawTLS is a bare TLS 1.3 connection over 127.0.0.1 with the same kind of
// certificates as the transport (self-signed Ed25519): the baseline the
// transport is measured against. Nothing checks the certificates: the
// handshake is not what is measured, the bulk transfer (the same AEAD as the
// transport's) is.
type rawTLS struct {
	client, server *tls.Conn
	buf            []byte
}

func newRawTLS() (*rawTLS, error) {
	srvCert, err := selfSigned()
	if err != nil {
		return nil, err
	}
	cliCert, err := selfSigned()
	if err != nil {
		return nil, err
	}
	srvCfg := &tls.Config{MinVersion: tls.VersionTLS13, Certificates: []tls.Certificate{srvCert}, ClientAuth: tls.RequestClientCert}
	cliCfg := &tls.Config{MinVersion: tls.VersionTLS13, Certificates: []tls.Certificate{cliCert}, InsecureSkipVerify: true}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("bench: raw TLS: %w", err)
	}
	defer lis.Close()
	accepted := make(chan net.Conn, 1)
	go func() {
		c, _ := lis.Accept()
		accepted <- c
	}()
	raw, err := net.Dial("tcp", lis.Addr().String())
	if err != nil {
		return nil, fmt.Errorf("bench: raw TLS: %w", err)
	}
	server := tls.Server(<-accepted, srvCfg)
	client := tls.Client(raw, cliCfg)
	handshake := make(chan error, 1)
	go func() { handshake <- server.Handshake() }()
	if err := errors.Join(client.Handshake(), <-handshake); err != nil {
		client.Close()
		server.Close()
		return nil, fmt.Errorf("bench: raw TLS handshake: %w", err)
	}
	return &rawTLS{client: client, server: server}, nil
}

// selfSigned is a certificate like the transport's: a fresh Ed25519 key,
// self-signed.
func selfSigned() (tls.Certificate, error) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "veil bench"},
		NotBefore: time.Unix(0, 0), NotAfter: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("bench: certificate: %w", err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}

// send writes payload on the client side and reads all of it on the server side.
func (r *rawTLS) send(payload []byte) error {
	if cap(r.buf) < len(payload) {
		r.buf = make([]byte, len(payload))
	}
	written := make(chan error, 1)
	go func() {
		_, err := r.client.Write(payload)
		written <- err
	}()
	_, err := io.ReadFull(r.server, r.buf[:len(payload)])
	return errors.Join(err, <-written)
}

// sendHashed is send with one SHA-256 pass per side: the writer hashes each
// piece after writing it, the reader each piece after reading it (pieces of
// rawHashPiece bytes, whatever the transport's chunk size).
func (r *rawTLS) sendHashed(payload []byte) error {
	if cap(r.buf) < len(payload) {
		r.buf = make([]byte, len(payload))
	}
	written := make(chan error, 1)
	go func() {
		h := sha256.New()
		for rest := payload; len(rest) > 0; rest = rest[min(len(rest), rawHashPiece):] {
			chunk := rest[:min(len(rest), rawHashPiece)]
			if _, err := r.client.Write(chunk); err != nil {
				written <- err
				return
			}
			hashChunk(h, chunk)
		}
		written <- nil
	}()
	h := sha256.New()
	for got := r.buf[:len(payload)]; len(got) > 0; got = got[min(len(got), rawHashPiece):] {
		if _, err := io.ReadFull(r.server, got[:min(len(got), rawHashPiece)]); err != nil {
			return errors.Join(err, <-written)
		}
		hashChunk(h, got[:min(len(got), rawHashPiece)])
	}
	return <-written
}

// rawHashPiece is how much the raw baseline writes or reads between hashing.
const rawHashPiece = 1 << 20

// hashPiece is how much the transport hashes in one call (wire's sign.go: a
// bounded call into the hash's assembly loop keeps the goroutine preemptible);
// the hashed baseline does the same.
const hashPiece = 32 << 10

// hashChunk writes b into h in pieces of hashPiece, as the transport does.
func hashChunk(h hash.Hash, b []byte) {
	for len(b) > 0 {
		n := min(len(b), hashPiece)
		h.Write(b[:n])
		b = b[n:]
	}
}

func (r *rawTLS) close() {
	r.client.Close()
	r.server.Close()
}
