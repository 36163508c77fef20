package he

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// jobRun is what owners and the aggregator derive alike from a job: the
// committee (the accepted owners), the job's binding ID, the statistics
// plan and the buyer key's reference. Every party derives it from public,
// on-chain data only, so all compute the same values.
type jobRun struct {
	job       *engine.Job
	params    Params
	committee *Committee
	names     []string // committee member names (checksummed addresses), in job order
	jobID     []byte
	plan      *Plan
	minInputs int
	buyerKey  [32]byte // SHA-256 of the buyer's public key, from the spec
	timeout   time.Duration
}

// defaultStepTimeout is used when the job's plan carries none.
const defaultStepTimeout = 2 * time.Minute

func newJobRun(job *engine.Job, p Params) (*jobRun, error) {
	if job == nil || job.Spec == nil || len(job.Owners) == 0 {
		return nil, errors.New("he: the job has no spec or no accepted owner")
	}
	r := &jobRun{job: job, params: p, timeout: job.Plan.RoundTimeout}
	if r.timeout <= 0 {
		r.timeout = defaultStepTimeout
	}
	var err error
	if r.buyerKey, err = buyerKeyRef(job.Spec, p); err != nil {
		return nil, err
	}
	if err := r.buildCommittee(); err != nil {
		return nil, err
	}
	if r.plan, err = planOf(job); err != nil {
		return nil, err
	}
	r.minInputs = max(1, len(job.Owners)-job.D())
	r.jobID = jobBinding(job)
	return r, nil
}

func (r *jobRun) buildCommittee() error {
	members := make([]Member, len(r.job.Owners))
	r.names = make([]string, len(r.job.Owners))
	for i, o := range r.job.Owners {
		r.names[i] = o.Address.Hex()
		members[i] = Member{Address: r.names[i], SigningKey: o.NodeKey}
	}
	c, err := NewCommittee(r.params, members)
	if err != nil {
		return err
	}
	r.committee = c
	return nil
}

// planOf builds the job's statistics plan from the accepted owners'
// metadata: owners, aggregator and buyer all see the same accepted owners
// on-chain, so they derive the same clipping ranges. (The quote at
// submission used every dataset of the spec; when some decline, the ranges
// can only narrow.)
func planOf(job *engine.Job) (*Plan, error) {
	metas := make([]*dataset.Metadata, len(job.Owners))
	for i, o := range job.Owners {
		if o.Metadata == nil {
			return nil, fmt.Errorf("he: owner %s has no public metadata", o.Address.Hex())
		}
		metas[i] = o.Metadata
	}
	return NewPlan(job.Spec.Task, metas, privacyOf(job.Spec))
}

// privacyOf maps a spec's privacy terms to the plan's. n counts the spec's
// datasets, not the accepted owners: d and c are declared against them and
// the contract's quorum counts them, so each input carries σ²/(n-d-c).
func privacyOf(s *spec.Spec) Privacy {
	return Privacy{Epsilon: s.Privacy.Epsilon, Delta: s.Privacy.Delta, Owners: len(s.Datasets),
		Dropouts: s.Privacy.Dropouts, Colluders: s.Privacy.C()}
}

// buyerKeyRef returns the buyer key's SHA-256 from the spec, checking that
// the key is for parameter set p.
func buyerKeyRef(s *spec.Spec, p Params) ([32]byte, error) {
	var d [32]byte
	if s.Buyer == nil || s.Buyer.HEKey == nil {
		return d, errors.New(`he: field "buyer.he_key" is missing: the job has no key to switch the result to`)
	}
	ref := s.Buyer.HEKey
	if ref.Params != p.Name() {
		return d, fmt.Errorf(`he: field "buyer.he_key.params" is %q, this engine runs %q`, ref.Params, p.Name())
	}
	b, err := hex.DecodeString(ref.SHA256)
	if err != nil || len(b) != len(d) {
		return d, fmt.Errorf(`he: field "buyer.he_key.sha256" must be 64 hex digits, got %q`, printable(ref.SHA256, 80))
	}
	copy(d[:], b)
	return d, nil
}

// jobBinding is the job ID inputs and key-switch shares are signed for:
// the on-chain job number, the buyer and the spec's hash, so nothing signed
// for one job is accepted in another (or on another deployment with
// another spec).
func jobBinding(job *engine.Job) []byte {
	h := sha256.New()
	h.Write([]byte("veil/he/job/v1\x00"))
	h.Write(binary.BigEndian.AppendUint64(nil, job.ID))
	h.Write(job.Buyer[:])
	if doc, err := job.Spec.Encode(); err == nil {
		writeField(h, doc)
	}
	return h.Sum(nil)
}

// index returns the job position of a committee member's name, -1 if none.
func (r *jobRun) index(name string) int { return slices.Index(r.names, name) }

// ciphertexts is how many ciphertexts an input of this job holds.
func (r *jobRun) ciphertexts() int { return r.params.Ciphertexts(r.plan.Len()) }

// missing names the members not in the participants list.
func (r *jobRun) missing(participants []int) []string {
	var out []string
	for i, name := range r.names {
		if !slices.Contains(participants, i) {
			out = append(out, name)
		}
	}
	return out
}

// maxMessage is the largest message of the job (see largestMessage).
func (r *jobRun) maxMessage() int {
	return largestMessage(r.params, len(r.job.Spec.Datasets), r.ciphertexts())
}

// checkRevealed checks each revealed object against its owner's
// commitment; the core checks membership, duplicates and signatures.
func (r *jobRun) checkRevealed(list []Signed, commits []commitment) error {
	for _, s := range list {
		i := r.index(s.Owner)
		if i < 0 {
			return ownerErr(s.Owner, ErrUnknownOwner)
		}
		if sha256.Sum256(s.Payload) != commits[i].object {
			return ownerErr(s.Owner, ErrCommitment)
		}
	}
	return nil
}

// context is what the small owner messages of step are signed for.
func (r *jobRun) context(step string) [][]byte {
	id := r.committee.ID()
	return [][]byte{id[:], r.jobID, []byte(step)}
}

// payloadKey is where an owner keeps the job's payload until it confirms it.
func (r *jobRun) payloadKey() string { return "he/v1/job/" + hex.EncodeToString(r.jobID) + "/payload" }
