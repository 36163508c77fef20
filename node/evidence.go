package node

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"github.com/veil-market/veil/wire"
)

var bucketEvidence = []byte("evidence")

// keepEvidence stores an owner's signed contribution (job, round, step, dataset
// digest, payload hash): what the aggregator can show later about who sent what.
func (d *Daemon) keepEvidence(owner int, c wire.Contribution) {
	key := binary.BigEndian.AppendUint64(nil, c.Job)
	key = binary.BigEndian.AppendUint16(key, uint16(owner))
	key = binary.BigEndian.AppendUint32(key, c.Round)
	key = append(key, c.Step...)
	v, err := json.Marshal(c)
	if err != nil {
		return
	}
	err = d.store.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketEvidence)
		if err != nil {
			return err
		}
		return b.Put(key, v)
	})
	if err != nil {
		d.log.Warn("could not keep evidence", "job", c.Job, "err", err)
	}
}

func sha(b []byte) []byte {
	h := sha256.Sum256(b)
	return h[:]
}
