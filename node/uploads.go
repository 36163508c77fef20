package node

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/wire"
)

// Upload limits a node applies unless its configuration changes them.
const (
	DefaultMaxUpload   = 64 << 20  // bytes of one upload
	DefaultUploadQuota = 256 << 20 // bytes one account may keep stored for its live jobs
)

// ErrNoReason means an upload's sender has no reason to upload to this node:
// it is not the buyer of a live job naming this node, or the job's spec does
// not name the blob.
var ErrNoReason = errors.New("node: refusing the upload")

var bucketUploads = []byte("uploads")

// uploadRecord is a stored buyer upload, kept until its job ends.
type uploadRecord struct {
	Job    uint64 `json:"job"`
	From   string `json:"from"`
	Digest string `json:"digest"` // hex SHA-256
	Size   int64  `json:"size"`
	At     int64  `json:"at"` // unix seconds
	// Preexisting: the bytes were in the store before the upload (the home's
	// own blob): garbage collection must not delete them.
	Preexisting bool `json:"preexisting,omitempty"`
}

func uploadKey(job uint64, digest [32]byte) []byte {
	return append(binary.BigEndian.AppendUint64(nil, job), digest[:]...)
}

// keyDigest is the digest in an uploadKey.
func keyDigest(key string) string { return key[8:] }

// uploads admits, stores and forgets buyers' uploads. An upload is accepted
// only from the buyer of a job that names this node as a compute node and is
// still open or running, for a blob the job's spec (whose hash is on-chain)
// names on this node (veil-node://<this address>/<sha256>), within the size
// limit and the account's quota. Bytes go straight to a file in the blob
// store; they are deleted once the job has ended.
type uploads struct {
	d        *Daemon
	maxSize  int64
	quota    int64
	mu       sync.Mutex
	reserved map[string]reservation // key: uploadKey, while the bytes arrive
	noted    map[uint64]bool        // jobs whose missing uploads were logged
	lastGC   time.Time
}

type reservation struct {
	from common.Address
	size int64
	// preexisting: the bytes were in the store, and no other upload had
	// them (the home's own blob), when the upload was authorised.
	preexisting bool
}

func newUploads(d *Daemon, maxSize, quota int64) *uploads {
	if maxSize <= 0 {
		maxSize = DefaultMaxUpload
	}
	if quota <= 0 {
		quota = DefaultUploadQuota
	}
	return &uploads{d: d, maxSize: maxSize, quota: quota, reserved: map[string]reservation{}, noted: map[uint64]bool{}}
}

// authorize checks the sender's reason and reserves its quota.
func (u *uploads) authorize(ctx context.Context, from common.Address, up wire.Upload) error {
	if up.Size > uint64(u.maxSize) {
		return fmt.Errorf("%w: %d bytes, more than the %d this node takes in one upload", ErrNoReason, up.Size, u.maxSize)
	}
	if err := u.d.uploadReason(ctx, from, up); err != nil {
		return err
	}
	return u.reserve(from, up)
}

func (u *uploads) reserve(from common.Address, up wire.Upload) error {
	u.mu.Lock()
	defer u.mu.Unlock()
	key := string(uploadKey(up.Job, up.Digest))
	if _, busy := u.reserved[key]; busy {
		return fmt.Errorf("%w: the same blob is being uploaded for job %d already", ErrNoReason, up.Job)
	}
	used, err := u.d.store.uploadedBy(from, key)
	if err != nil {
		return err
	}
	for _, r := range u.reserved {
		if r.from == from {
			used += r.size
		}
	}
	if used+int64(up.Size) > u.quota {
		return fmt.Errorf("%w: %s keeps %d bytes of uploads for live jobs; %d more is over the %d quota",
			ErrNoReason, from.Hex(), used, up.Size, u.quota)
	}
	pre, err := u.preexisting(up.Digest)
	if err != nil {
		return err
	}
	u.reserved[key] = reservation{from: from, size: int64(up.Size), preexisting: pre}
	return nil
}

// preexisting reports whether digest's bytes are in the store with no upload
// recorded or in flight for them (u.mu held): the collection of uploads must
// never delete them.
func (u *uploads) preexisting(digest [32]byte) (bool, error) {
	for key := range u.reserved {
		if keyDigest(key) == string(digest[:]) {
			return false, nil
		}
	}
	store, err := u.d.cfg.Home.Store()
	if err != nil {
		return false, err
	}
	if _, notThere := store.LocalPath(seal.DirURI(digest)); notThere != nil {
		return false, nil
	}
	ours, err := u.d.store.uploadsOf(digest)
	return ours == 0, err
}

func (u *uploads) release(up wire.Upload) {
	u.mu.Lock()
	delete(u.reserved, string(uploadKey(up.Job, up.Digest)))
	u.mu.Unlock()
}

// put streams an authorised upload into the blob store and records it.
func (u *uploads) put(ctx context.Context, from common.Address, up wire.Upload, data io.Reader) error {
	defer u.release(up)
	store, err := u.d.cfg.Home.Store()
	if err != nil {
		return err
	}
	u.mu.Lock()
	pre := u.reserved[string(uploadKey(up.Job, up.Digest))].preexisting
	u.mu.Unlock()
	ptr, err := store.Put(ctx, data)
	if err != nil {
		return err
	}
	if ptr.SHA256 != up.Digest {
		return errors.New("node: the stored upload's digest differs from the checked one")
	}
	rec := uploadRecord{Job: up.Job, From: from.Hex(), Digest: ptr.Hex(), Size: ptr.Size, At: time.Now().Unix(),
		Preexisting: pre}
	if err := u.d.store.putUpload(rec, up.Digest); err != nil {
		return err
	}
	u.d.log.Info("stored an upload", "job", up.Job, "from", from.Hex(), "sha256", ptr.Hex(), "bytes", ptr.Size)
	return nil
}

// uploadReason checks that `from` is the buyer of a live job naming this node
// whose spec names the blob on this node.
func (d *Daemon) uploadReason(ctx context.Context, from common.Address, up wire.Upload) error {
	me := d.cfg.Home.Address()
	j, err := d.cfg.Market.Job(ctx, up.Job)
	if err != nil {
		return err
	}
	switch {
	case j.Buyer == (common.Address{}):
		return fmt.Errorf("%w: job %d does not exist", ErrNoReason, up.Job)
	case j.Buyer != from:
		return fmt.Errorf("%w: %s is not the buyer of job %d", ErrNoReason, from.Hex(), up.Job)
	case !slices.Contains(j.Compute, me):
		return fmt.Errorf("%w: job %d does not name this node", ErrNoReason, up.Job)
	case j.State != chain.JobOpen && j.State != chain.JobStarted:
		return fmt.Errorf("%w: job %d is %s", ErrNoReason, up.Job, chain.JobStateName(j.State))
	}
	v, err := d.view(ctx, up.Job)
	if err != nil {
		return err
	}
	if !v.names(blobURI(me, up.Digest)) {
		return fmt.Errorf("%w: job %d's spec does not name %s", ErrNoReason, up.Job, blobURI(me, up.Digest))
	}
	return nil
}

// blobURI is how a spec names a blob uploaded to node: what the buyer's
// client returns for an upload (buyer.Submit).
func blobURI(node common.Address, digest [32]byte) string {
	return fmt.Sprintf("veil-node://%s/%x", node.Hex(), digest)
}

// missingUploads lists the blobs the job's spec names on this node that have
// not been uploaded yet: the aggregator does not accept the job without them.
func (d *Daemon) missingUploads(v *jobView) ([]string, error) {
	var missing []string
	for _, digest := range v.blobsOn(d.cfg.Home.Address()) {
		ok, err := d.store.hasUpload(v.id, digest)
		if err != nil {
			return nil, err
		}
		if !ok {
			missing = append(missing, blobURI(d.cfg.Home.Address(), digest))
		}
	}
	return missing, nil
}

// waiting reports whether the aggregator must wait for the buyer's uploads
// before accepting job v (it logs what is missing once).
func (u *uploads) waiting(v *jobView) bool {
	missing, err := u.d.missingUploads(v)
	if err != nil {
		u.d.log.Warn("checking the buyer's uploads", "job", v.id, "err", err)
		return true
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if len(missing) > 0 && !u.noted[v.id] {
		u.noted[v.id] = true
		u.d.log.Info("waiting for the buyer's uploads before accepting", "job", v.id, "missing", missing)
	}
	return len(missing) > 0
}

// collectSoon makes the next collect run at once (a job just ended).
func (u *uploads) collectSoon() {
	u.mu.Lock()
	u.lastGC = time.Time{}
	u.mu.Unlock()
}

// collect runs the garbage collection of uploads at most every interval.
func (u *uploads) collect(ctx context.Context, interval time.Duration) error {
	u.mu.Lock()
	due := time.Since(u.lastGC) >= interval
	if due {
		u.lastGC = time.Now()
	}
	u.mu.Unlock()
	if !due {
		return nil
	}
	return u.d.collectUploads(ctx)
}

// collectUploads deletes the uploads of jobs that have ended (settled, failed
// or cancelled), and the bytes no other live upload uses.
func (d *Daemon) collectUploads(ctx context.Context) error {
	return d.uploads.collectEnded(func(job uint64) (bool, error) {
		j, err := d.cfg.Market.Job(ctx, job)
		if err != nil {
			return false, err
		}
		return j.State != chain.JobOpen && j.State != chain.JobStarted, nil
	})
}

// collectEnded forgets the uploads of the jobs hasEnded says ended. Asking
// the chain takes a while, and meanwhile the same bytes may be uploaded for
// a new job (a buyer's recipient key is the same blob in each of its jobs):
// which bytes to keep is decided under the lock that uploads take, against
// the records as they are then and the uploads in flight.
func (u *uploads) collectEnded(hasEnded func(job uint64) (bool, error)) error {
	recs, err := u.d.store.allUploads()
	if err != nil {
		return err
	}
	ended := map[uint64]bool{}
	for _, r := range recs {
		if _, seen := ended[r.Job]; seen {
			continue
		}
		if ended[r.Job], err = hasEnded(r.Job); err != nil {
			return err
		}
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if recs, err = u.d.store.allUploads(); err != nil {
		return err
	}
	keep := map[string]bool{}
	for _, r := range recs {
		if !ended[r.Job] || r.Preexisting { // a job not asked about is live
			keep[r.Digest] = true
		}
	}
	for key := range u.reserved {
		keep[hex.EncodeToString([]byte(keyDigest(key)))] = true // in flight
	}
	for _, r := range recs {
		if ended[r.Job] {
			if err := u.d.forgetUpload(r, keep[r.Digest]); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *Daemon) forgetUpload(r uploadRecord, keepBytes bool) error {
	var digest [32]byte
	if _, err := hex.Decode(digest[:], []byte(r.Digest)); err != nil || len(r.Digest) != 64 {
		return fmt.Errorf("node: upload record of job %d is corrupted: digest %q", r.Job, r.Digest)
	}
	if !keepBytes {
		store, err := d.cfg.Home.Store()
		if err != nil {
			return err
		}
		path, err := store.LocalPath(seal.DirURI(digest))
		if err == nil {
			err = os.Remove(path)
		}
		if err != nil && !errors.Is(err, seal.ErrBlobNotFound) && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("node: deleting the upload %s of job %d: %w", r.Digest, r.Job, err)
		}
	}
	d.log.Info("deleted an upload of an ended job", "job", r.Job, "sha256", r.Digest, "bytes", r.Size)
	return d.store.deleteUpload(r.Job, digest)
}

// ---------------------------------------------------------------- store

func (s *store) putUpload(r uploadRecord, digest [32]byte) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketUploads)
		if err != nil {
			return err
		}
		return b.Put(uploadKey(r.Job, digest), v)
	})
}

func (s *store) hasUpload(job uint64, digest [32]byte) (bool, error) {
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketUploads); b != nil {
			ok = b.Get(uploadKey(job, digest)) != nil
		}
		return nil
	})
	return ok, err
}

func (s *store) deleteUpload(job uint64, digest [32]byte) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketUploads); b != nil {
			return b.Delete(uploadKey(job, digest))
		}
		return nil
	})
}

func (s *store) allUploads() ([]uploadRecord, error) {
	recs, err := s.allUploadsKeyed()
	out := make([]uploadRecord, 0, len(recs))
	for _, r := range recs {
		out = append(out, r)
	}
	return out, err
}

// uploadsOf counts the upload records of digest, over all jobs.
func (s *store) uploadsOf(digest [32]byte) (int, error) {
	recs, err := s.allUploads()
	n := 0
	for _, r := range recs {
		if r.Digest == hex.EncodeToString(digest[:]) {
			n++
		}
	}
	return n, err
}

// uploadedBy is the bytes `from` has stored for live jobs, except under skip
// (the key of the upload being authorised: replacing it costs nothing more).
func (s *store) uploadedBy(from common.Address, skip string) (int64, error) {
	recs, err := s.allUploadsKeyed()
	if err != nil {
		return 0, err
	}
	var n int64
	for key, r := range recs {
		if key != skip && r.From == from.Hex() {
			n += r.Size
		}
	}
	return n, nil
}

func (s *store) allUploadsKeyed() (map[string]uploadRecord, error) {
	out := map[string]uploadRecord{}
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketUploads)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var r uploadRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			out[string(k)] = r
			return nil
		})
	})
	return out, err
}
