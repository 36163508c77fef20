package he

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/veil-market/veil/internal/binread"
	"github.com/veil-market/veil/mhe"
)

// resultPayload is what a job delivers and what every participant confirms
// on-chain by SHA-256: the job's ID, the owners whose inputs are in the sum
// (U3 of the secure aggregation, by name, sorted) and the summed
// ciphertexts, encrypted to the buyer. Each owner builds it from the
// survivor set it signed in the consistency check and the sum it
// recomputed from the aggregator's opening (secagg.Client.VerifySum), so an
// owner's confirmation is its own check, not a copy of the aggregator's
// hash; the list lets the buyer check the decrypted row count against the
// contributors' public row counts.
type resultPayload struct {
	jobID        [32]byte
	contributors []string
	output       []byte
}

const payloadMagic = "VHR2"

func (p resultPayload) encode() []byte {
	out := append([]byte(payloadMagic), p.jobID[:]...)
	out = binary.BigEndian.AppendUint16(out, uint16(len(p.contributors)))
	for _, c := range p.contributors {
		out = append(out, byte(len(c)))
		out = append(out, c...)
	}
	return append(out, p.output...)
}

// decodeResultPayload parses a payload: the job ID, 1 to maxJobOwners
// distinct, sorted contributor names, then the output (checked later by
// Decrypt).
func decodeResultPayload(b []byte) (resultPayload, error) {
	r := binread.New(b, errMalformed)
	if string(r.Bytes(len(payloadMagic), "magic")) != payloadMagic && r.Err() == nil {
		return resultPayload{}, fmt.Errorf("%w: result payload has a bad magic", errMalformed)
	}
	p := resultPayload{jobID: r.Digest("job ID")}
	n := int(r.U16("contributor count"))
	if r.Err() == nil && (n < 1 || n > maxJobOwners) {
		return resultPayload{}, fmt.Errorf("%w: %d contributors, want 1 to %d", errMalformed, n, maxJobOwners)
	}
	for range n {
		size := int(r.U8("contributor length"))
		name := string(r.Bytes(size, "contributor"))
		if r.Err() == nil && (size == 0 || len(p.contributors) > 0 && name <= p.contributors[len(p.contributors)-1]) {
			return resultPayload{}, fmt.Errorf("%w: contributors empty, repeated or out of order", errMalformed)
		}
		p.contributors = append(p.contributors, name)
	}
	p.output = slices.Clone(r.Rest())
	if r.Err() != nil {
		return resultPayload{}, r.Err()
	}
	return p, nil
}

// contributorNames maps secure-aggregation indices of the participants to
// the owners' names, sorted.
func (r *jobRun) contributorNames(participants, survivors []int) []string {
	out := make([]string, len(survivors))
	for k, u := range survivors {
		out[k] = r.names[participants[u]]
	}
	slices.Sort(out)
	return out
}

// outputOf turns the secure-aggregation sum into the output ciphertexts and
// the payload.
func (r *jobRun) outputOf(sum []uint64, participants, survivors []int) (*mhe.BuyerCiphertexts, []byte, error) {
	out, err := r.params.OutputFromResidues(sum, r.ciphertexts())
	if err != nil {
		return nil, nil, err
	}
	p := resultPayload{jobID: r.jobID, contributors: r.contributorNames(participants, survivors), output: out.Bytes()}
	return out, p.encode(), nil
}
