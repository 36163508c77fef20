package wire

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

// BlobService stores and serves blobs for accounts that are not nodes (buyers):
// their public keys going in, their sealed results going out.
type BlobService interface {
	// AuthorizePut decides, before any data is read, whether `from` may upload
	// the blob described by up (it must have a reason: a job naming this node).
	AuthorizePut(ctx context.Context, from common.Address, up Upload) error
	// Put stores an authorised upload, reading data to EOF. data yields an error
	// instead of EOF if the bytes do not match up's size and SHA-256, or if the
	// peer stalls or leaves: then nothing may be kept.
	Put(ctx context.Context, from common.Address, up Upload, data io.Reader) error
	// Get returns the blob for `from`, if it may read it (the buyer of `job`).
	Get(ctx context.Context, from common.Address, job uint64, digest [32]byte) ([]byte, error)
	// MaxPut is the largest upload accepted.
	MaxPut() uint64
}

// Upload is what a put request declares: for which job, which bytes.
type Upload struct {
	Job    uint64
	Digest [32]byte // SHA-256 of the bytes
	Size   uint64
}

// blobRequest is the signed request that opens a blob stream.
type blobRequest struct {
	Op     string // "put" or "get"
	Job    uint64
	Digest [32]byte
	Size   uint64
	Time   int64
	Server common.Address // the node it is for: signed, not sent, so it cannot be replayed to another node
}

const blobRequestLen = 32 + 8 + 8

// maxClockSkew bounds how old a signed blob request may be.
const maxClockSkew = 5 * time.Minute

func (r *blobRequest) payload() []byte {
	b := append([]byte(nil), r.Digest[:]...)
	b = binary.BigEndian.AppendUint64(b, r.Size)
	return binary.BigEndian.AppendUint64(b, uint64(r.Time))
}

func (r *blobRequest) digest() []byte {
	var job [8]byte
	binary.BigEndian.PutUint64(job[:], r.Job)
	return crypto.Keccak256([]byte("veil-blob-v2"), []byte(r.Op), job[:], r.Server[:], r.payload())
}

func parseBlobRequest(f *Frame) (*blobRequest, error) {
	if f.Kind != KindBlob || (f.Step != "put" && f.Step != "get") || len(f.Payload) != blobRequestLen {
		return nil, fmt.Errorf("%w: not a blob request", ErrFrame)
	}
	r := &blobRequest{Op: f.Step, Job: f.Job}
	copy(r.Digest[:], f.Payload[:32])
	r.Size = binary.BigEndian.Uint64(f.Payload[32:40])
	r.Time = int64(binary.BigEndian.Uint64(f.Payload[40:48]))
	return r, nil
}

// signer recovers the account that signed r, and checks the request is fresh.
func (r *blobRequest) signer(sig []byte, now time.Time) (common.Address, error) {
	if d := now.Sub(time.Unix(r.Time, 0)); d > maxClockSkew || d < -maxClockSkew {
		return common.Address{}, fmt.Errorf("wire: blob request is %s away from our clock", d.Round(time.Second))
	}
	if len(sig) != 65 {
		return common.Address{}, errors.New("wire: blob request signature must be 65 bytes")
	}
	pub, err := crypto.SigToPub(r.digest(), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("wire: blob request signature: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// blobRequest reads and checks a blob stream's signed request within the
// hello timeout.
func (s *Server) blobRequest(ctx context.Context, c *conn) (*blobRequest, common.Address, error) {
	if s.cfg.Blobs == nil {
		return nil, common.Address{}, errors.New("wire: this node serves no blobs")
	}
	f, err := s.firstFrame(ctx, c)
	if err != nil {
		return nil, common.Address{}, err
	}
	req, err := parseBlobRequest(f)
	if err != nil {
		return nil, common.Address{}, err
	}
	req.Server = s.cfg.Identity.Address
	from, err := req.signer(f.Sig, time.Now())
	return req, from, err
}

func (s *Server) putBlob(st grpc.ServerStream) error {
	ctx := st.Context()
	c := newConn(st, s.cfg.Counters)
	req, from, err := s.authorizePut(ctx, c)
	if err != nil {
		return s.blobReply(ctx, c, req, err)
	}
	s.prove(ctx)
	up := Upload{Job: req.Job, Digest: req.Digest, Size: req.Size}
	err = s.withinUploadTimeout(ctx, func(ctx context.Context) error {
		return s.cfg.Blobs.Put(ctx, from, up, newBlobReader(c, up))
	})
	return s.blobReply(ctx, c, req, err)
}

// authorizePut reads the request of an upload and has the blob service
// decide on it, holding an unproven-stream slot meanwhile.
func (s *Server) authorizePut(ctx context.Context, c *conn) (*blobRequest, common.Address, error) {
	release, err := s.holdUnproven(ctx)
	if err != nil {
		return nil, common.Address{}, err
	}
	defer release()
	req, from, err := s.blobRequest(ctx, c)
	switch {
	case err != nil:
		return req, from, err
	case req.Op != "put":
		return req, from, errors.New("wire: PutBlob needs a put request")
	case req.Size > s.cfg.Blobs.MaxPut():
		return req, from, fmt.Errorf("wire: blob of %d bytes is over the %d this node accepts", req.Size, s.cfg.Blobs.MaxPut())
	}
	return req, from, s.cfg.Blobs.AuthorizePut(ctx, from, Upload{Job: req.Job, Digest: req.Digest, Size: req.Size})
}

// ErrTransferTimeout means a blob upload or download took longer than the
// server's UploadTimeout.
var ErrTransferTimeout = errors.New("wire: the blob transfer took longer than this node allows")

// withinUploadTimeout runs f with a context that ends after UploadTimeout. If
// f is still blocked on the stream then, the stream's end (when the handler
// returns) unblocks it.
func (s *Server) withinUploadTimeout(ctx context.Context, f func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, s.limits.UploadTimeout.D())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- f(ctx) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ErrTransferTimeout
	}
}

// blobReply ends a blob stream with "ok" or the reason for refusing.
func (s *Server) blobReply(ctx context.Context, c *conn, req *blobRequest, err error) error {
	var job uint64
	if req != nil {
		job = req.Job
	}
	if err != nil {
		s.refusals.note(refusedBlob, "refused a blob request", "peer", remoteAddr(ctx), "job", job, "err", err)
		_ = c.send(&Frame{Kind: KindError, Job: job, Payload: []byte(err.Error())})
		return nil
	}
	return c.send(&Frame{Kind: KindBlob, Job: job, Step: "ok", Last: true})
}

func (s *Server) getBlob(st grpc.ServerStream) error {
	ctx := st.Context()
	c := newConn(st, s.cfg.Counters)
	req, data, err := s.authorizeGet(ctx, c)
	if err != nil {
		return s.blobReply(ctx, c, req, err)
	}
	s.prove(ctx)
	return s.withinUploadTimeout(ctx, func(context.Context) error {
		return c.sendMessage(KindBlob, req.Job, 0, "data", data, nil)
	})
}

func (s *Server) authorizeGet(ctx context.Context, c *conn) (*blobRequest, []byte, error) {
	release, err := s.holdUnproven(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer release()
	req, from, err := s.blobRequest(ctx, c)
	if err == nil && req.Op != "get" {
		err = errors.New("wire: GetBlob needs a get request")
	}
	if err != nil {
		return req, nil, err
	}
	data, err := s.cfg.Blobs.Get(ctx, from, req.Job, req.Digest)
	return req, data, err
}

// BlobClient talks to a node's blob service as an account that is not a node.
type BlobClient struct {
	Identity Identity          // TLS client identity (any key; blob calls are authorised by signature)
	Account  *ecdsa.PrivateKey // signs requests
	Registry Registry
}

func (b *BlobClient) open(ctx context.Context, endpoint string, server common.Address, method string) (*grpc.ClientConn, *conn, error) {
	tlsCfg, err := clientTLS(ctx, b.Identity, b.Registry, server)
	if err != nil {
		return nil, nil, err
	}
	cc, err := grpc.NewClient(endpoint, dialOptions(credentials.NewTLS(tlsCfg), b.Identity.Source)...)
	if err != nil {
		return nil, nil, fmt.Errorf("wire: dialing %s: %w", endpoint, err)
	}
	st, err := cc.NewStream(ctx, blobDesc, method)
	if err != nil {
		cc.Close()
		return nil, nil, fmt.Errorf("wire: opening a blob stream at %s: %w", endpoint, err)
	}
	return cc, newConn(st, nil), nil
}

func (b *BlobClient) request(c *conn, req *blobRequest, now time.Time) error {
	req.Time = now.Unix()
	sig, err := crypto.Sign(req.digest(), b.Account)
	if err != nil {
		return err
	}
	return c.send(&Frame{Kind: KindBlob, Job: req.Job, Step: req.Op, Total: blobRequestLen, Payload: req.payload(), Sig: sig, Last: true})
}

// Put uploads data for job to the node at endpoint (whose registry address is
// server). The node accepts it only from the buyer of a job that names it.
func (b *BlobClient) Put(ctx context.Context, endpoint string, server common.Address, job uint64, data []byte) ([32]byte, error) {
	digest := sha256.Sum256(data)
	return digest, b.PutStream(ctx, endpoint, server, job, digest, uint64(len(data)), bytes.NewReader(data))
}

// PutStream uploads size bytes read from r, whose SHA-256 is digest, without
// holding more than one chunk of them.
func (b *BlobClient) PutStream(ctx context.Context, endpoint string, server common.Address, job uint64, digest [32]byte, size uint64, r io.Reader) error {
	cc, c, err := b.open(ctx, endpoint, server, methodPutBlob)
	if err != nil {
		return err
	}
	defer cc.Close()
	if err := b.request(c, &blobRequest{Op: "put", Job: job, Digest: digest, Size: size, Server: server}, time.Now()); err != nil {
		return whyEnded(c, err, "requesting an upload")
	}
	if err := sendStream(c, job, size, r); err != nil {
		return whyEnded(c, err, "uploading")
	}
	return blobOutcome(c)
}

// sendStream sends size bytes from r as blob chunks (the same chunking as
// sendMessage). It reuses one buffer: SendMsg encodes (copies) a frame
// before returning.
func sendStream(c *conn, job, size uint64, r io.Reader) error {
	buf := make([]byte, min(size, MaxChunk))
	for seq, sent := uint32(0), uint64(0); ; seq++ {
		n := min(size-sent, MaxChunk)
		if _, err := io.ReadFull(r, buf[:n]); err != nil {
			return fmt.Errorf("reading the blob: %w", err)
		}
		sent += n
		f := &Frame{Kind: KindBlob, Job: job, Step: "data", Seq: seq, Total: size, Payload: buf[:n], Last: sent == size}
		if err := c.send(f); err != nil {
			return err
		}
		if f.Last {
			return nil
		}
	}
}

// whyEnded explains a failed send: the node may have refused and ended the
// stream, and then its reason is waiting to be read.
func whyEnded(c *conn, err error, doing string) error {
	if f, rerr := c.recv(); rerr == nil && f.Kind == KindError {
		return refused(f)
	}
	return fmt.Errorf("wire: %s: %w", doing, err)
}

func blobOutcome(c *conn) error {
	f, err := c.recv()
	if err != nil {
		return fmt.Errorf("wire: blob transfer: %w", err)
	}
	if f.Kind == KindError {
		return refused(f)
	}
	return nil
}

// refused is the error for a node's refusal frame.
func refused(f *Frame) error {
	return fmt.Errorf("wire: the node refused: %s", printableText(f.Payload))
}

// Get downloads the blob `digest` of `job` and checks its SHA-256.
func (b *BlobClient) Get(ctx context.Context, endpoint string, server common.Address, job uint64, digest [32]byte, maxBytes uint64) ([]byte, error) {
	cc, c, err := b.open(ctx, endpoint, server, methodGetBlob)
	if err != nil {
		return nil, err
	}
	defer cc.Close()
	if err := b.request(c, &blobRequest{Op: "get", Job: job, Digest: digest, Server: server}, time.Now()); err != nil {
		return nil, whyEnded(c, err, "requesting a download")
	}
	in := newInbox(maxBytes)
	for {
		f, err := c.recv()
		if err != nil {
			return nil, fmt.Errorf("wire: downloading: %w", err)
		}
		if f.Kind == KindError {
			return nil, refused(f)
		}
		if f.Kind != KindBlob || f.Step != "data" {
			return nil, fmt.Errorf("%w: expected blob data, got a kind %d frame", ErrFrame, f.Kind)
		}
		f.Kind = KindData
		m, err := in.add(f)
		if err != nil {
			return nil, err
		}
		if m != nil {
			if m.sum != digest {
				return nil, errors.New("wire: downloaded blob does not match its SHA-256")
			}
			return m.Payload, nil
		}
	}
}
