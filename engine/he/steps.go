package he

import (
	"encoding/binary"
	"fmt"

	"github.com/veil-market/veil/internal/binread"
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
	r := binread.New(b, errMalformed)
	var a announcement
	if string(r.Bytes(len(announceMagic), "magic")) != announceMagic && r.Err() == nil {
		return a, fmt.Errorf("%w: announcement has a bad magic", errMalformed)
	}
	a.params, a.buyerKey = r.Digest("params"), r.Digest("buyer key")
	a.threshold = int(r.U16("threshold"))
	count := int(r.U16("participants"))
	if r.Err() == nil && count > n {
		return a, fmt.Errorf("%w: %d participants in a job of %d owners", errMalformed, count, n)
	}
	for k := range count {
		i := int(r.U16("participant"))
		if r.Err() == nil && (i >= n || (k > 0 && i <= a.participants[k-1])) {
			return a, fmt.Errorf("%w: participant %d out of order or range", errMalformed, i)
		}
		a.participants = append(a.participants, i)
	}
	return a, r.Done("the announcement")
}
