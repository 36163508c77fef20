package he

import (
	"encoding/binary"
	"fmt"
	"slices"
)

// resultPayload is what a job delivers and what every participant confirms
// on-chain by SHA-256: the owners whose inputs are in the aggregate
// (sorted, as Aggregate.Owners) and the output key-switched to the buyer.
// Each owner builds it from the aggregate it recomputed itself and the
// key-switch shares, so all honest parties hash the same bytes; the list
// lets the buyer check the decrypted row count against the contributors'
// public row counts.
type resultPayload struct {
	contributors []string
	output       []byte
}

const payloadMagic = "VHR1"

func (p resultPayload) encode() []byte {
	out := binary.BigEndian.AppendUint16([]byte(payloadMagic), uint16(len(p.contributors)))
	for _, c := range p.contributors {
		out = append(out, byte(len(c)))
		out = append(out, c...)
	}
	return append(out, p.output...)
}

// decodeResultPayload parses a payload: 1 to MaxCommittee distinct,
// sorted contributor names, then the output (checked later by Decrypt).
func decodeResultPayload(b []byte) (resultPayload, error) {
	r := &reader{b: b}
	if string(r.take(len(payloadMagic), "magic")) != payloadMagic && r.err == nil {
		return resultPayload{}, fmt.Errorf("he: %w: result payload has a bad magic", ErrMalformed)
	}
	n := r.u16("contributor count")
	if r.err == nil && (n < 1 || n > MaxCommittee) {
		return resultPayload{}, fmt.Errorf("he: %w: %d contributors, want 1 to %d", ErrMalformed, n, MaxCommittee)
	}
	var p resultPayload
	for range n {
		size := r.u8("contributor length")
		name := string(r.take(size, "contributor"))
		if r.err == nil && (size == 0 || len(p.contributors) > 0 && name <= p.contributors[len(p.contributors)-1]) {
			return resultPayload{}, fmt.Errorf("he: %w: contributors empty, repeated or out of order", ErrMalformed)
		}
		p.contributors = append(p.contributors, name)
	}
	if r.err != nil {
		return resultPayload{}, r.err
	}
	p.output = slices.Clone(r.b)
	return p, nil
}
