package wire

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

// BlobService stores and serves blobs for accounts that are not nodes (buyers):
// their public keys going in, their sealed results going out.
type BlobService interface {
	// Put stores a blob uploaded by `from`; the server has checked its digest.
	Put(ctx context.Context, from common.Address, digest [32]byte, data []byte) error
	// Get returns the blob for `from`, if it may read it (the buyer of `job`).
	Get(ctx context.Context, from common.Address, job uint64, digest [32]byte) ([]byte, error)
	// MaxPut is the largest upload accepted.
	MaxPut() uint64
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

func (s *Server) blobRequest(c *conn) (*blobRequest, common.Address, error) {
	if s.cfg.Blobs == nil {
		return nil, common.Address{}, errors.New("wire: this node serves no blobs")
	}
	f, err := c.recv()
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
	c := newConn(st, s.cfg.Counters)
	req, from, err := s.blobRequest(c)
	if err == nil && req.Op != "put" {
		err = errors.New("wire: PutBlob needs a put request")
	}
	if err == nil && req.Size > s.cfg.Blobs.MaxPut() {
		err = fmt.Errorf("wire: blob of %d bytes is over the %d this node accepts", req.Size, s.cfg.Blobs.MaxPut())
	}
	if err == nil {
		err = s.receiveBlob(st.Context(), c, req, from)
	}
	return s.blobReply(c, req, err)
}

func (s *Server) receiveBlob(ctx context.Context, c *conn, req *blobRequest, from common.Address) error {
	in := newInbox(req.Size)
	for {
		f, err := c.recv()
		if err != nil {
			return err
		}
		if f.Kind != KindBlob || f.Step != "data" {
			return fmt.Errorf("%w: expected blob data", ErrFrame)
		}
		f.Kind = KindData
		m, err := in.add(f)
		if err != nil {
			return err
		}
		if m == nil {
			continue
		}
		if uint64(len(m.Payload)) != req.Size || m.sum != req.Digest {
			return errors.New("wire: uploaded blob does not match its declared size and SHA-256")
		}
		return s.cfg.Blobs.Put(ctx, from, req.Digest, m.Payload)
	}
}

// blobReply ends a blob stream with "ok" or the reason for refusing.
func (s *Server) blobReply(c *conn, req *blobRequest, err error) error {
	var job uint64
	if req != nil {
		job = req.Job
	}
	if err != nil {
		s.cfg.Log.Warn("refused a blob request", "job", job, "err", err)
		_ = c.send(&Frame{Kind: KindError, Job: job, Payload: []byte(err.Error())})
		return nil
	}
	return c.send(&Frame{Kind: KindBlob, Job: job, Step: "ok", Last: true})
}

func (s *Server) getBlob(st grpc.ServerStream) error {
	c := newConn(st, s.cfg.Counters)
	req, from, err := s.blobRequest(c)
	if err == nil && req.Op != "get" {
		err = errors.New("wire: GetBlob needs a get request")
	}
	var data []byte
	if err == nil {
		data, err = s.cfg.Blobs.Get(st.Context(), from, req.Job, req.Digest)
	}
	if err != nil {
		return s.blobReply(c, req, err)
	}
	return c.sendMessage(KindBlob, req.Job, 0, "data", data, nil)
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
	cc, err := grpc.NewClient(endpoint, dialOptions(credentials.NewTLS(tlsCfg))...)
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

// Put uploads data to the node at endpoint (whose registry address is server).
func (b *BlobClient) Put(ctx context.Context, endpoint string, server common.Address, data []byte) ([32]byte, error) {
	digest := sha256.Sum256(data)
	cc, c, err := b.open(ctx, endpoint, server, methodPutBlob)
	if err != nil {
		return digest, err
	}
	defer cc.Close()
	if err := b.request(c, &blobRequest{Op: "put", Digest: digest, Size: uint64(len(data)), Server: server}, time.Now()); err != nil {
		return digest, whyEnded(c, err, "requesting an upload")
	}
	if err := c.sendMessage(KindBlob, 0, 0, "data", data, nil); err != nil {
		return digest, whyEnded(c, err, "uploading")
	}
	return digest, blobOutcome(c)
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
