package enginetest

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
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	"github.com/veil-market/veil/wire"
)

// forgery replaces an owner's engine with a raw transport connection that,
// once the round of `at` starts, sends one hand-made frame for `at`: a
// message signed by someone else, or by this owner for another job. It probes
// the transport's own guarantees, below any engine.
type forgery struct {
	at     stepKey
	frames func(ctx context.Context, job uint64, t *tap) ([]*wire.Frame, error)
}

// forgeryOutcome is how the aggregator answered the forged frame.
type forgeryOutcome struct {
	refusal  string // the reason in the aggregator's error frame
	accepted bool   // the aggregator sent a receipt instead
	err      error  // the connection ended without a reason, or never got that far
}

// joinMethod is wire's Join stream (service "veil.v1.Node"). wire does not
// export a way to send raw frames, so the suite speaks the protocol itself.
const joinMethod = "/veil.v1.Node/Join"

var joinStream = &grpc.StreamDesc{StreamName: "Join", ServerStreams: true, ClientStreams: true}

// forge joins job pub as owner i over a raw stream and sends fg's frame.
func (s *suite) forge(ctx context.Context, pub *published, i int, fg forgery, t *tap) forgeryOutcome {
	st, closeConn, err := s.rawJoin(ctx, pub.id, i)
	if err != nil {
		return forgeryOutcome{err: err}
	}
	defer closeConn()
	if err := awaitStart(st, fg.at.Round); err != nil {
		return forgeryOutcome{err: err}
	}
	frames, err := fg.frames(ctx, pub.id, t)
	if err != nil {
		return forgeryOutcome{err: err}
	}
	for _, f := range frames {
		if st.SendMsg(f) != nil {
			break // refused mid-message: the reason follows
		}
	}
	for {
		var in wire.Frame
		if err := st.RecvMsg(&in); err != nil {
			return forgeryOutcome{err: fmt.Errorf("the aggregator ended the connection without a reason: %w", err)}
		}
		switch in.Kind {
		case wire.KindError:
			return forgeryOutcome{refusal: string(in.Payload)}
		case wire.KindReceipt:
			return forgeryOutcome{accepted: true}
		}
	}
}

// rawJoin opens owner i's Join stream for job and says hello.
func (s *suite) rawJoin(ctx context.Context, job uint64, i int) (grpc.ClientStream, func(), error) {
	cfg, err := s.rawTLS(s.net.Owners[i])
	if err != nil {
		return nil, nil, err
	}
	cc, err := grpc.NewClient(s.net.endpoints[s.net.Compute[0].Address], grpc.WithTransportCredentials(credentials.NewTLS(cfg)))
	if err != nil {
		return nil, nil, fmt.Errorf("enginetest: raw dial: %w", err)
	}
	sctx, cancel := context.WithCancel(ctx)
	closeConn := func() { cancel(); cc.Close() }
	st, err := cc.NewStream(sctx, joinStream, joinMethod, grpc.CallContentSubtype("veil"))
	if err == nil {
		err = st.SendMsg(&wire.Frame{Kind: wire.KindHello, Job: job})
	}
	if err != nil {
		closeConn()
		return nil, nil, fmt.Errorf("enginetest: raw join of job %d: %w", job, err)
	}
	return st, closeConn, nil
}

// awaitStart reads frames until the aggregator announces round r.
func awaitStart(st grpc.ClientStream, r uint32) error {
	for {
		var f wire.Frame
		if err := st.RecvMsg(&f); err != nil {
			return fmt.Errorf("enginetest: waiting for round %d to start: %w", r, err)
		}
		switch {
		case f.Kind == wire.KindError:
			return fmt.Errorf("enginetest: refused before round %d started: %s", r, f.Payload)
		case f.Kind == wire.KindData && f.Step == wire.StartStep && f.Round == r && f.Last:
			return nil
		}
	}
}

// rawTLS is the TLS configuration wire builds for a node: a self-signed
// certificate for the node key naming the address, and the aggregator pinned
// to the registry's key.
func (s *suite) rawTLS(p Party) (*tls.Config, error) {
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: p.Address.Hex()},
		NotBefore: time.Unix(0, 0), NotAfter: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, p.Public(), p.Key)
	if err != nil {
		return nil, fmt.Errorf("enginetest: raw certificate: %w", err)
	}
	want := s.net.Compute[0].Public()
	return &tls.Config{MinVersion: tls.VersionTLS13, Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: p.Key}},
		InsecureSkipVerify: true, // the key is pinned below, as wire does
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			if len(raw) == 0 {
				return errors.New("enginetest: the aggregator sent no certificate")
			}
			c, err := x509.ParseCertificate(raw[0])
			if err != nil {
				return err
			}
			if k, ok := c.PublicKey.(ed25519.PublicKey); !ok || subtle.ConstantTimeCompare(k, want) != 1 {
				return errors.New("enginetest: the aggregator's key is not the registry's")
			}
			return nil
		}}, nil
}

// dataFrames chunks a signed message as wire does: the last chunk carries the signature.
func dataFrames(job uint64, k stepKey, payload, sig []byte) []*wire.Frame {
	var out []*wire.Frame
	total := uint64(len(payload))
	for seq := uint32(0); ; seq++ {
		n := min(len(payload), wire.MaxChunk)
		f := &wire.Frame{Kind: wire.KindData, Job: job, Round: k.Round, Step: k.Step, Seq: seq, Total: total,
			Payload: payload[:n], Last: n == len(payload)}
		out = append(out, f)
		payload = payload[n:]
		if f.Last {
			f.Sig = sig
			return out
		}
	}
}
