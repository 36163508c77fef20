package wire

import (
	"google.golang.org/grpc"
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
