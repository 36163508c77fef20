package wire

import (
	"errors"
	"net"
	"strings"
	"testing"
)

// TestCheckSourceRefusesAForeignAddress: a node told to dial from an address
// this host lacks (192.0.2.7, TEST-NET-1) is refused up front with ErrSource
// naming the address, instead of every dial failing later as "unavailable";
// no source and a loopback source pass.
func TestCheckSourceRefusesAForeignAddress(t *testing.T) {
	for _, tc := range []struct {
		src  net.IP
		fail bool
	}{{nil, false}, {net.IPv4(127, 0, 0, 1), false}, {net.IPv4(127, 0, 2, 9), false}, {net.IPv4(192, 0, 2, 7), true}} {
		err := Identity{Source: tc.src}.CheckSource()
		if tc.fail != (err != nil) || (tc.fail && (!errors.Is(err, ErrSource) || !strings.Contains(err.Error(), tc.src.String()))) {
			t.Errorf("source %v: %v, want refused with ErrSource naming it: %v", tc.src, err, tc.fail)
		}
	}
}
