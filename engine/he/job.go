package he

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/spec"
	"github.com/veil-market/veil/suffstat"
)

// jobRun is what owners and the aggregator derive alike from a job: the
// owners' names and keys, the job's binding ID (the secure-aggregation
// session), the statistics plan and the buyer key's reference. Every party
// derives it from public, on-chain data only, so all compute the same.
type jobRun struct {
	job      *engine.Job
	params   mhe.Params
	names    []string // accepted owners' names (checksummed addresses), in job order
	jobID    [32]byte
	plan     *suffstat.Layout
	buyerKey [32]byte // SHA-256 of the buyer's public key, from the spec
	timeout  time.Duration
}

// defaultStepTimeout is used when the job's plan carries none.
const defaultStepTimeout = 2 * time.Minute

func newJobRun(job *engine.Job, p mhe.Params) (*jobRun, error) {
	if job == nil || job.Spec == nil || len(job.Owners) == 0 {
		return nil, errors.New("he: the job has no spec or no accepted owner")
	}
	if len(job.Owners) > maxJobOwners {
		return nil, fmt.Errorf("he: %d accepted owners, the he engine pools at most %d", len(job.Owners), maxJobOwners)
	}
	r := &jobRun{job: job, params: p, timeout: job.Plan.RoundTimeout}
	if r.timeout <= 0 {
		r.timeout = defaultStepTimeout
	}
	var err error
	if r.buyerKey, err = buyerKeyRef(job.Spec, p); err != nil {
		return nil, err
	}
	r.names = make([]string, len(job.Owners))
	for i, o := range job.Owners {
		if len(o.NodeKey) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("he: owner %s has no node key in the registry", o.Address.Hex())
		}
		r.names[i] = o.Address.Hex()
	}
	if r.plan, err = planOf(job); err != nil {
		return nil, err
	}
	r.jobID = jobBinding(job)
	return r, nil
}

// planOf builds the job's statistics plan from the accepted owners'
// metadata: owners, aggregator and buyer all see the same accepted owners
// on-chain, so they derive the same clipping ranges and grid. (The quote
// at submission used every dataset of the spec; when some decline, the
// ranges can only narrow.)
func planOf(job *engine.Job) (*suffstat.Layout, error) {
	metas := make([]*dataset.Metadata, len(job.Owners))
	for i, o := range job.Owners {
		if o.Metadata == nil {
			return nil, fmt.Errorf("he: owner %s has no public metadata", o.Address.Hex())
		}
		metas[i] = o.Metadata
	}
	return suffstat.NewLayout(job.Spec.Task, metas, privacyOf(job.Spec))
}

// privacyOf maps a spec's privacy terms to the plan's. n counts the spec's
// datasets, not the accepted owners: d and c are declared against them and
// the contract's quorum counts them, so each input carries σ²/(n-d-c).
func privacyOf(s *spec.Spec) suffstat.Terms {
	return suffstat.Terms{Epsilon: s.Privacy.Epsilon, Delta: s.Privacy.Delta, Owners: len(s.Datasets),
		Dropouts: s.Privacy.Dropouts, Colluders: s.Privacy.C()}
}

// buyerKeyRef returns the buyer key's SHA-256 from the spec, checking that
// the key is for parameter set p.
func buyerKeyRef(s *spec.Spec, p mhe.Params) ([32]byte, error) {
	var d [32]byte
	ref, ok := s.Buyer.Key(Name)
	if !ok {
		return d, errors.New(`he: field "buyer.keys.he" is missing: the job has no key to encrypt the result to`)
	}
	if ref.Params != p.Name() {
		return d, fmt.Errorf(`he: field "buyer.keys.he.params" is %q, this engine runs %q`, ref.Params, p.Name())
	}
	b, err := hex.DecodeString(ref.SHA256)
	if err != nil || len(b) != len(d) {
		return d, fmt.Errorf(`he: field "buyer.keys.he.sha256" must be 64 hex digits, got %q`, printable(ref.SHA256, 80))
	}
	copy(d[:], b)
	return d, nil
}

// jobBinding is the job's ID: the on-chain job number, the buyer and the
// spec's hash. It is the secure-aggregation session, so every message of
// the job (signed by its owner under the session) is refused in any other
// job, and the payload names it.
func jobBinding(job *engine.Job) [32]byte {
	h := sha256.New()
	h.Write([]byte("veil/he/job/v2\x00"))
	h.Write(binary.BigEndian.AppendUint64(nil, job.ID))
	h.Write(job.Buyer[:])
	if doc, err := job.Spec.Encode(); err == nil {
		writeField(h, doc)
	}
	return [32]byte(h.Sum(nil))
}

// session is the secure aggregation's session: the job ID with the
// announced threshold and participants. An aggregator that announced
// different participants or thresholds to different owners would put them
// in different sessions, whose messages never verify in each other: every
// owner that takes part in one aggregation saw the same announcement.
func (r *jobRun) session(a announcement) secagg.Session {
	h := sha256.New()
	h.Write([]byte("veil/he/session/v1\x00"))
	h.Write(r.jobID[:])
	writeField(h, a.encode())
	return secagg.Session{JobID: [32]byte(h.Sum(nil)), Round: 1}
}

// threshold is the secure-aggregation threshold for the participants:
// high enough against the colluders (t > (N+c)/2) and to keep at least
// n-d inputs in the sum, which the noise shares are sized for.
func (r *jobRun) threshold(participants int) int {
	p := r.job.Spec.Privacy
	return secagg.RoundThreshold(participants, len(r.job.Spec.Datasets), p.Dropouts, p.C())
}

// secaggParams is the session's layout: one segment per prime of each
// polynomial of each ciphertext of an input.
func (r *jobRun) secaggParams(participants []int, t int) secagg.Params {
	segs := r.params.Segments(r.ciphertexts())
	p := secagg.Params{N: len(participants), T: t, Segments: segs}
	for _, s := range segs {
		p.VectorLen += s.Len
	}
	return p
}

// peers returns the node keys of the participants, by secure-aggregation index.
func (r *jobRun) peers(participants []int) []ed25519.PublicKey {
	out := make([]ed25519.PublicKey, len(participants))
	for k, i := range participants {
		out[k] = r.job.Owners[i].NodeKey
	}
	return out
}

// ciphertexts is how many ciphertexts an input of this job holds.
func (r *jobRun) ciphertexts() int { return r.params.Ciphertexts(r.plan.Len()) }

// maxMessage is the largest message of the job (see largestMessage).
func (r *jobRun) maxMessage() int {
	if r.job.Plan.MaxMessage > 0 && r.job.Plan.MaxMessage < 1<<31 {
		return int(r.job.Plan.MaxMessage)
	}
	return largestMessage(r.params, len(r.job.Spec.Datasets), r.ciphertexts())
}

// payloadKey is where an owner keeps the job's payload until it confirms it.
func (r *jobRun) payloadKey() string {
	return "he/v2/job/" + hex.EncodeToString(r.jobID[:]) + "/payload"
}

// contributedKey marks that this owner sent its masked input for the job.
func (r *jobRun) contributedKey() string {
	return "he/v2/job/" + hex.EncodeToString(r.jobID[:]) + "/contributed"
}

// writeField writes a length-prefixed byte string, so that concatenated
// fields of a hash preimage can never be re-split differently.
func writeField(w io.Writer, b []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(b)))
	w.Write(n[:])
	w.Write(b)
}
