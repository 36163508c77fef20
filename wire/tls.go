package wire

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/subtle"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"math/big"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Identity is a node as its peers see it: the account address and the Ed25519
// key registered for it on-chain, and the network address its connections
// come from.
type Identity struct {
	Address common.Address
	Key     ed25519.PrivateKey
	// Source is the local IP address this node dials from (nil: the system
	// picks one). Servers cap connections per source address (Limits.
	// MaxConnsPerPeer): a host with several addresses pins the one its peers
	// know, and in-process test markets give each daemon its own loopback
	// address, as separate hosts have.
	Source net.IP
}

// ErrSource means Identity.Source is not an address of this host, so no
// connection could be dialled from it.
var ErrSource = errors.New("wire: the source address is not an address of this host")

// CheckSource tells, before any dial, whether connections can come from
// Source (nil: the system picks, nothing to check) by binding a port on it
// for a moment. Dialling from an address the host lacks fails each dial
// with a transient-looking "unavailable" error that a caller would retry.
func (id Identity) CheckSource() error {
	if id.Source == nil {
		return nil
	}
	l, err := net.Listen("tcp", net.JoinHostPort(id.Source.String(), "0"))
	if err != nil {
		return fmt.Errorf("%w: %s (%v)", ErrSource, id.Source, err)
	}
	return l.Close()
}

// Registry answers which TLS key the chain holds for an address.
type Registry interface {
	NodeKey(ctx context.Context, addr common.Address) (ed25519.PublicKey, error)
}

// ErrUnknownPeer means a peer's certificate does not match the registry.
var ErrUnknownPeer = errors.New("wire: peer not in the registry under this key")

// certificate makes a self-signed certificate for id's node key, naming its address.
// Trust never comes from the certificate's signature: peers compare its key with
// the registry.
func certificate(id Identity) (tls.Certificate, error) {
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: id.Address.Hex()},
		NotBefore:    time.Unix(0, 0),
		NotAfter:     time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, id.Key.Public(), id.Key)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("wire: making certificate: %w", err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: id.Key}, nil
}

// peerOf parses a peer's leaf certificate: the address it claims and its key.
func peerOf(raw [][]byte) (common.Address, ed25519.PublicKey, error) {
	if len(raw) == 0 {
		return common.Address{}, nil, errors.New("wire: peer sent no certificate")
	}
	cert, err := x509.ParseCertificate(raw[0])
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("wire: peer certificate: %w", err)
	}
	key, ok := cert.PublicKey.(ed25519.PublicKey)
	if !ok {
		return common.Address{}, nil, errors.New("wire: peer certificate key is not Ed25519")
	}
	if !common.IsHexAddress(cert.Subject.CommonName) {
		return common.Address{}, nil, errors.New("wire: peer certificate names no address")
	}
	return common.HexToAddress(cert.Subject.CommonName), key, nil
}

// checkPeer verifies that the registry holds key for addr.
func checkPeer(ctx context.Context, reg Registry, addr common.Address, key ed25519.PublicKey) error {
	want, err := reg.NodeKey(ctx, addr)
	if err != nil {
		return fmt.Errorf("wire: looking up %s: %w", addr.Hex(), err)
	}
	if len(want) != ed25519.PublicKeySize || subtle.ConstantTimeCompare(want, key) != 1 {
		return fmt.Errorf("%w: %s presented key %x", ErrUnknownPeer, addr.Hex(), []byte(key))
	}
	return nil
}

// serverTLS accepts any client certificate at the handshake (buyers have none in
// the registry); job streams check it against the registry before use.
func serverTLS(id Identity) (*tls.Config, error) {
	cert, err := certificate(id)
	if err != nil {
		return nil, err
	}
	return &tls.Config{
		MinVersion:   tls.VersionTLS13,
		Certificates: []tls.Certificate{cert},
		ClientAuth:   tls.RequestClientCert,
		NextProtos:   []string{"h2"},
	}, nil
}

// clientTLS pins the server to the registry's key for `server`.
func clientTLS(ctx context.Context, id Identity, reg Registry, server common.Address) (*tls.Config, error) {
	cert, err := certificate(id)
	if err != nil {
		return nil, err
	}
	return &tls.Config{
		MinVersion:         tls.VersionTLS13,
		Certificates:       []tls.Certificate{cert},
		InsecureSkipVerify: true, // replaced by the registry check below
		NextProtos:         []string{"h2"},
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			addr, key, err := peerOf(raw)
			if err != nil {
				return err
			}
			if addr != server {
				return fmt.Errorf("%w: expected %s, the server says it is %s", ErrUnknownPeer, server.Hex(), addr.Hex())
			}
			return checkPeer(ctx, reg, addr, key)
		},
	}, nil
}
