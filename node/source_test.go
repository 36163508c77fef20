package node_test

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"

	"github.com/veil-market/veil/node"
	"github.com/veil-market/veil/wire"
)

// TestNewRefusesASourceNotOnTheHost: a daemon configured to dial from an
// address this host lacks does not start (rather than failing every peer
// connection later), and says which address and which setting.
func TestNewRefusesASourceNotOnTheHost(t *testing.T) {
	_, err := node.New(context.Background(), node.Config{Source: net.IPv4(192, 0, 2, 7)})
	if !errors.Is(err, wire.ErrSource) || !strings.Contains(err.Error(), "192.0.2.7") || !strings.Contains(err.Error(), "Source") {
		t.Fatalf("node.New with Source 192.0.2.7: %v, want wire.ErrSource naming the address and the setting", err)
	}
}
