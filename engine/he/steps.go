package he

import (
	"encoding/binary"
	"fmt"

	"github.com/veil-market/veil/mhe"
)

// The steps of the engine's single round, in order (docs/he-tasks.md has
// the whole protocol). "agg" messages are replies (see reply); the owners'
// messages are secure-aggregation messages, each signed by the owner's node
// key for this job's session.
const (
	stepBuyerKey  = "he/buyer-key"  // agg:   the buyer's public key
	stepAdvertise = "he/advertise"  // owner: secagg AdvertiseKeys
	stepKeys      = "he/keys"       // agg:   every advertisement (U1)
	stepShares    = "he/shares"     // owner: secagg ShareKeys
	stepMyShares  = "he/myshares"   // agg:   the shares addressed to this owner (U2)
	stepMasked    = "he/masked"     // owner: its masked ciphertexts
	stepSurvivors = "he/survivors"  // agg:   U3 and the masked sum's digest
	stepCheck     = "he/check"      // owner: its signature on them
	stepRequest   = "he/unmask-req" // agg:   the unmask request and U3's signatures
	stepUnmask    = "he/unmask"     // owner: the shares asked for (after its receipt)
	stepOpening   = "he/opening"    // agg:   the masked sum and the recovered seeds and keys
)

const announceMagic = "VHE2"

// announcement starts the round: the parameter set, the buyer key (by
// hash), the secure-aggregation threshold and the owners taking part
// (indices in job order; an owner's position in the list is its index in
// the secure aggregation).
type announcement struct {
	params       [32]byte
	buyerKey     [32]byte
	threshold    int
	participants []int
}

func (a announcement) encode() []byte {
	out := append([]byte(announceMagic), a.params[:]...)
	out = append(out, a.buyerKey[:]...)
	out = binary.BigEndian.AppendUint16(out, uint16(a.threshold))
	out = binary.BigEndian.AppendUint16(out, uint16(len(a.participants)))
	for _, i := range a.participants {
		out = binary.BigEndian.AppendUint16(out, uint16(i))
	}
	return out
}

// decodeAnnouncement parses an announcement for a job of n owners:
// participants strictly increasing and below n.
func decodeAnnouncement(b []byte, n int) (announcement, error) {
	r := &reader{b: b}
	var a announcement
	if string(r.take(len(announceMagic), "magic")) != announceMagic && r.err == nil {
		return a, fmt.Errorf("he: %w: announcement has a bad magic", mhe.ErrMalformed)
	}
	a.params, a.buyerKey = r.digest("params"), r.digest("buyer key")
	a.threshold = r.u16("threshold")
	count := r.u16("participants")
	if r.err == nil && count > n {
		return a, fmt.Errorf("he: %w: %d participants in a job of %d owners", mhe.ErrMalformed, count, n)
	}
	for k := range count {
		i := r.u16("participant")
		if r.err == nil && (i >= n || (k > 0 && i <= a.participants[k-1])) {
			return a, fmt.Errorf("he: %w: participant %d out of order or range", mhe.ErrMalformed, i)
		}
		a.participants = append(a.participants, i)
	}
	return a, r.end("the announcement")
}
