package mpc

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/veil-market/veil/psi"
)

func ids(prefix string, from, to int) [][]byte {
	var out [][]byte
	for i := from; i < to; i++ {
		out = append(out, []byte(fmt.Sprintf("%s%d", prefix, i)))
	}
	return out
}

// A whole psi job between two owners, with a third whose request is
// garbage: the third is rejected by the node that saw it and named by both;
// the intersection is the two others' plaintext join within the noise.
func TestPSIJobIntersectsAndRejectsMalformedOwner(t *testing.T) {
	rows := []int{120, 100, 30}
	tj := newTestJob(t, rows)
	tj.jc.timeout = time.Second
	rel, err := psi.NewRelease(2, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	cols := map[int][][]byte{0: ids("p", 0, 120), 1: ids("p", 70, 170), 2: ids("p", 0, 30)}
	nodes, owners := tj.psi(t, rel, cols)
	owners[2].inputs = owners[2].inputs[:29] // one query short of its row count
	if errs := tj.runPSI(t, nodes, owners); errs[0] != nil || errs[1] != nil {
		t.Fatalf("nodes: %v", errs)
	}
	lead := tj.lead.payload(tj.jc.binding)
	for o := range 2 {
		if tj.errs[o] != nil || !bytes.Equal(tj.payloads[o], lead) {
			t.Fatalf("owner %d: %v, payload equal to the lead's: %v", o, tj.errs[o], bytes.Equal(tj.payloads[o], lead))
		}
	}
	c := tj.lead.commits[0]
	if len(c.accepted) != 2 || c.rejected[2] != ReasonMalformed {
		t.Fatalf("accepted %v rejected %v", c.accepted, c.rejected)
	}
	res, err := tj.jc.decodePSI(lead, rel, tj.buyer)
	if err != nil {
		t.Fatal(err)
	}
	if want := 50.0; res.Intersection < want-8*res.NoiseStd || res.Intersection > want+8*res.NoiseStd {
		t.Fatalf("intersection %g ± %g, plaintext join %g", res.Intersection, res.NoiseStd, want)
	}
	if len(res.Rejected) != 1 || res.Rejected[0].Owner != 2 {
		t.Fatalf("rejected %v", res.Rejected)
	}
}
