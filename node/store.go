package node

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// store is the daemon's embedded database: the chain cursor, each job's local
// state, and the engines' persistent key-value stores.
type store struct {
	db *bolt.DB
}

var (
	bucketMeta   = []byte("meta")
	bucketJobs   = []byte("jobs")
	bucketEngine = []byte("engine")
	keyCursor    = []byte("cursor")
)

// ErrLocked means another daemon holds the home's database.
var ErrLocked = errors.New("node: the home's database is in use (is another veil node running on this home?)")

func openStore(dir string) (*store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	db, err := bolt.Open(filepath.Join(dir, "node.db"), 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, ErrLocked
	}
	if err != nil {
		return nil, fmt.Errorf("node: opening the database: %w", err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketJobs, bucketEngine} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("node: preparing the database: %w", err)
	}
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

func (s *store) cursor() (uint64, error) {
	var c uint64
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyCursor); len(v) == 8 {
			c = binary.BigEndian.Uint64(v)
		}
		return nil
	})
	return c, err
}

func (s *store) setCursor(c uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyCursor, binary.BigEndian.AppendUint64(nil, c))
	})
}

func jobKey(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

// job reads a job's record; ok is false when the node never saw the job.
func (s *store) job(id uint64) (rec *jobRecord, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketJobs).Get(jobKey(id))
		if v == nil {
			return nil
		}
		rec, ok = new(jobRecord), true
		return json.Unmarshal(v, rec)
	})
	return rec, ok, err
}

// updateJob applies f to a job's record in one transaction (creating it when new).
func (s *store) updateJob(id uint64, f func(*jobRecord) error) (*jobRecord, error) {
	var rec jobRecord
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketJobs)
		if v := b.Get(jobKey(id)); v != nil {
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("node: job %d record is corrupted: %w", id, err)
			}
		} else {
			rec = jobRecord{ID: id}
		}
		if err := f(&rec); err != nil {
			return err
		}
		v, err := json.Marshal(&rec)
		if err != nil {
			return err
		}
		return b.Put(jobKey(id), v)
	})
	return &rec, err
}

// jobs lists every job record.
func (s *store) jobs() ([]*jobRecord, error) {
	var out []*jobRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketJobs).ForEach(func(_, v []byte) error {
			rec := new(jobRecord)
			if err := json.Unmarshal(v, rec); err != nil {
				return err
			}
			out = append(out, rec)
			return nil
		})
	})
	return out, err
}

// engineKV is one engine's persistent store, a sub-bucket of "engine".
type engineKV struct {
	db     *bolt.DB
	bucket []byte
}

func (s *store) engineKV(name string) *engineKV { return &engineKV{db: s.db, bucket: []byte(name)} }

func (k *engineKV) Get(key string) ([]byte, error) {
	var out []byte
	err := k.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketEngine).Bucket(k.bucket); b != nil {
			if v := b.Get([]byte(key)); v != nil {
				out = append([]byte(nil), v...)
			}
		}
		return nil
	})
	return out, err
}

func (k *engineKV) Put(key string, value []byte) error {
	return k.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.Bucket(bucketEngine).CreateBucketIfNotExists(k.bucket)
		if err != nil {
			return err
		}
		return b.Put([]byte(key), value)
	})
}
