package wire

import (
	"context"
	"net"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/keepalive"
)

// The gRPC service every node serves. Messages are Frames in the "veil" codec.
const serviceName = "veil.v1.Node"

type nodeService interface {
	join(grpc.ServerStream) error
	putBlob(grpc.ServerStream) error
	getBlob(grpc.ServerStream) error
}

var serviceDesc = grpc.ServiceDesc{
	ServiceName: serviceName,
	HandlerType: (*nodeService)(nil),
	Streams: []grpc.StreamDesc{
		{StreamName: "Join", ServerStreams: true, ClientStreams: true,
			Handler: func(srv any, s grpc.ServerStream) error { return srv.(nodeService).join(s) }},
		{StreamName: "PutBlob", ServerStreams: true, ClientStreams: true,
			Handler: func(srv any, s grpc.ServerStream) error { return srv.(nodeService).putBlob(s) }},
		{StreamName: "GetBlob", ServerStreams: true, ClientStreams: true,
			Handler: func(srv any, s grpc.ServerStream) error { return srv.(nodeService).getBlob(s) }},
	},
}

var (
	joinDesc = &grpc.StreamDesc{StreamName: "Join", ServerStreams: true, ClientStreams: true}
	blobDesc = &grpc.StreamDesc{StreamName: "PutBlob", ServerStreams: true, ClientStreams: true}
)

const (
	methodJoin    = "/" + serviceName + "/Join"
	methodPutBlob = "/" + serviceName + "/PutBlob"
	methodGetBlob = "/" + serviceName + "/GetBlob"
)

// Buffers. The framer reads straight from the TLS connection, which already
// buffers a record, instead of through a bufio.Reader: one copy of every byte
// less. Writes are batched so that TLS records stay full. Flow control keeps
// gRPC's dynamic windows: fixed 4 MiB windows measured no better on loopback,
// and would cap a long link (4 MiB per 100 ms round trip is 335 Mbit/s) where
// gRPC's bandwidth-delay estimate grows the window up to 16 MiB.
const writeBuffer = 256 << 10

// maxHeaderList bounds the HTTP/2 header block of a request (gRPC's default
// is 16 MiB): our requests carry a method name and a content type.
const maxHeaderList = 16 << 10

// serverOptions: streams per connection, handshake time and idle connections
// are bounded by lim; the write buffer is shared (returned to a pool after
// every flush) so that an idle connection holds none.
func serverOptions(creds credentials.TransportCredentials, lim Limits) []grpc.ServerOption {
	return []grpc.ServerOption{
		grpc.Creds(creds),
		grpc.ForceServerCodecV2(frameCodec{}),
		grpc.MaxRecvMsgSize(MaxFrame),
		grpc.MaxSendMsgSize(MaxFrame),
		grpc.ReadBufferSize(0),
		grpc.WriteBufferSize(writeBuffer),
		grpc.SharedWriteBuffer(true),
		grpc.MaxConcurrentStreams(uint32(lim.MaxStreamsPerConn)),
		grpc.ConnectionTimeout(lim.HandshakeTimeout.D()),
		grpc.MaxHeaderListSize(maxHeaderList),
		grpc.KeepaliveParams(keepalive.ServerParameters{MaxConnectionIdle: lim.IdleTimeout.D(),
			Time: 30 * time.Second, Timeout: 20 * time.Second}),
	}
}

// dialOptions are a client's: creds, the frame codec, and connections made
// from source when it is set (Identity.Source).
func dialOptions(creds credentials.TransportCredentials, source net.IP) []grpc.DialOption {
	opts := []grpc.DialOption{
		grpc.WithTransportCredentials(creds),
		grpc.WithDefaultCallOptions(grpc.ForceCodecV2(frameCodec{}), grpc.MaxCallRecvMsgSize(MaxFrame), grpc.MaxCallSendMsgSize(MaxFrame)),
		grpc.WithReadBufferSize(0),
		grpc.WithWriteBufferSize(writeBuffer),
	}
	if source != nil {
		d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: source}}
		opts = append(opts, grpc.WithContextDialer(func(ctx context.Context, addr string) (net.Conn, error) {
			return d.DialContext(ctx, "tcp", addr)
		}))
	}
	return opts
}
