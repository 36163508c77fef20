package wire

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/mem"
	"google.golang.org/grpc/status"
)

// rawCodec sends byte slices as they are: a peer that does not speak Veil frames.
type rawCodec struct{}

func (rawCodec) Name() string { return codecName }

func (rawCodec) Marshal(v any) (mem.BufferSlice, error) {
	return mem.BufferSlice{mem.SliceBuffer(*v.(*[]byte))}, nil
}

func (rawCodec) Unmarshal(data mem.BufferSlice, v any) error {
	*v.(*[]byte) = data.Materialize()
	return nil
}

// rawStream opens a Join stream with a hand-made TLS config and the raw codec.
func rawStream(t *testing.T, n *testNet, cfg *tls.Config) grpc.ClientStream {
	t.Helper()
	cc, err := grpc.NewClient(n.endpoint, grpc.WithTransportCredentials(credentials.NewTLS(cfg)),
		grpc.WithDefaultCallOptions(grpc.ForceCodecV2(rawCodec{}), grpc.MaxCallSendMsgSize(4*MaxFrame), grpc.MaxCallRecvMsgSize(4*MaxFrame)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cc.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	st, err := cc.NewStream(ctx, joinDesc, methodJoin)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// ownerTLS is the TLS config of a proper client of n's aggregator.
func ownerTLS(t *testing.T, n *testNet, id Identity) *tls.Config {
	t.Helper()
	cfg, err := clientTLS(context.Background(), id, n.reg, n.agg.Address)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// exchange sends msg and returns the server's answer (a refusal frame) and the
// stream's final status.
func exchange(t *testing.T, st grpc.ClientStream, msg []byte) (*Frame, error) {
	t.Helper()
	// SendMsg reports a stream the server already ended as io.EOF; RecvMsg has why.
	if err := st.SendMsg(&msg); err != nil && !errors.Is(err, io.EOF) {
		t.Fatalf("send: %v", err)
	}
	var answer *Frame
	for {
		var b []byte
		if err := st.RecvMsg(&b); err != nil {
			return answer, err
		}
		answer = new(Frame)
		if err := answer.UnmarshalBinary(b); err != nil {
			t.Fatalf("the server sent a bad frame: %v", err)
		}
	}
}

func TestServerRefusesMessagesAboveMaxFrame(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	hub := n.openJob(7, owners, 1<<20)
	st := rawStream(t, n, ownerTLS(t, n, owners[0].Identity))
	_, err := exchange(t, st, make([]byte, MaxFrame+1))
	if status.Code(err) != codes.ResourceExhausted {
		t.Fatalf("status %v, want ResourceExhausted", err)
	}
	if len(hub.Live()) != 0 {
		t.Fatal("the peer was admitted")
	}
}

func TestServerRefusesPeersWithoutACertificate(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	hub := n.openJob(7, owners, 1<<20)
	cfg := ownerTLS(t, n, owners[0].Identity)
	cfg.Certificates = nil
	hello, _ := (&Frame{Kind: KindHello, Job: 7}).MarshalBinary()
	answer, err := exchange(t, rawStream(t, n, cfg), hello)
	if status.Code(err) != codes.PermissionDenied {
		t.Fatalf("status %v, want PermissionDenied", err)
	}
	if answer == nil || answer.Kind != KindError {
		t.Fatalf("answer %+v, want a refusal", answer)
	}
	mustContain(t, errors.New(string(answer.Payload)), "the peer at 127.0.0.1:", "no client certificate")
	n.waitLog(t, "no client certificate")
	if len(hub.Live()) != 0 {
		t.Fatal("the peer was admitted")
	}
}

func TestServerRefusesMalformedHellos(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	n.openJob(7, owners, 1<<20)
	data, _ := (&Frame{Kind: KindData, Job: 7, Round: 1, Step: "x", Total: 1, Payload: []byte{1}, Last: true}).MarshalBinary()
	cases := []struct {
		name string
		msg  []byte
		code codes.Code
		want string
	}{
		{"not a frame", []byte("GET / HTTP/1.1"), codes.Internal, "malformed frame"},
		{"data before hello", data, codes.PermissionDenied, fmt.Sprintf("%s opened with a 2 frame", owners[0].Address.Hex())},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := exchange(t, rawStream(t, n, ownerTLS(t, n, owners[0].Identity)), c.msg)
			if status.Code(err) != c.code {
				t.Fatalf("status %v, want %v", err, c.code)
			}
			mustContain(t, err, c.want)
			n.waitLog(t, "refused a peer", "127.0.0.1:")
		})
	}
}
