package wire

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// selfSigned makes a certificate with the given subject name and key.
func selfSigned(t testing.TB, cn string, pub, priv any) []byte {
	t.Helper()
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: cn},
		NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<33, 0)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, pub, priv)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func TestPeerOf(t *testing.T) {
	id, err := newIdentity(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := certificate(id)
	if err != nil {
		t.Fatal(err)
	}
	addr, key, err := peerOf(cert.Certificate)
	if err != nil || addr != id.Address || !bytes.Equal(key, id.Key.Public().(ed25519.PublicKey)) {
		t.Fatalf("peerOf(own certificate) = %s %x %v", addr.Hex(), key, err)
	}
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	cases := []struct {
		name string
		raw  [][]byte
		want string
	}{
		{"no certificate", nil, "sent no certificate"},
		{"not DER", [][]byte{[]byte("not a certificate")}, "peer certificate"},
		{"ECDSA key", [][]byte{selfSigned(t, id.Address.Hex(), &ec.PublicKey, ec)}, "not Ed25519"},
		{"no address", [][]byte{selfSigned(t, "node.example", id.Key.Public(), id.Key)}, "names no address"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := peerOf(c.raw)
			mustContain(t, err, c.want)
		})
	}
}

func TestCheckPeer(t *testing.T) {
	id, _ := newIdentity(rand.Reader)
	other, _ := newIdentity(rand.Reader)
	pub := id.Key.Public().(ed25519.PublicKey)
	reg := &testRegistry{keys: map[common.Address]ed25519.PublicKey{id.Address: pub, other.Address: pub[:16]}}
	ctx := context.Background()
	if err := checkPeer(ctx, reg, id.Address, pub); err != nil {
		t.Fatal(err)
	}
	if err := checkPeer(ctx, reg, id.Address, other.Key.Public().(ed25519.PublicKey)); !errors.Is(err, ErrUnknownPeer) {
		t.Fatalf("another key: %v, want ErrUnknownPeer", err)
	}
	if err := checkPeer(ctx, reg, other.Address, pub[:16]); !errors.Is(err, ErrUnknownPeer) {
		t.Fatalf("a truncated registry key: %v, want ErrUnknownPeer", err)
	}
	mustContain(t, checkPeer(ctx, reg, common.Address{1}, pub), "looking up 0x0100000000000000000000000000000000000000")
}

// FuzzPeerOf: arbitrary certificate bytes never panic, and whatever is accepted
// yields an Ed25519 key and an address written in the certificate.
func FuzzPeerOf(f *testing.F) {
	id, _ := newIdentity(rand.Reader)
	cert, err := certificate(id)
	if err != nil {
		f.Fatal(err)
	}
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	f.Add(cert.Certificate[0])
	f.Add(selfSigned(f, id.Address.Hex(), &ec.PublicKey, ec))
	f.Add(selfSigned(f, "no address", id.Key.Public(), id.Key))
	f.Add([]byte{0x30, 0x82, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, der []byte) {
		addr, key, err := peerOf([][]byte{der})
		if err != nil {
			return
		}
		if len(key) != ed25519.PublicKeySize {
			t.Fatalf("accepted a key of %d bytes", len(key))
		}
		parsed, err := x509.ParseCertificate(der)
		if err != nil || common.HexToAddress(parsed.Subject.CommonName) != addr {
			t.Fatalf("accepted address %s is not the certificate's", addr.Hex())
		}
	})
}
