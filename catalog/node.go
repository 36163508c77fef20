package catalog

import (
	"encoding/hex"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/display"
)

// Node is a registry entry as users see it.
type Node struct {
	Address    string `json:"address"`
	Registered bool   `json:"registered"`
	Roles      string `json:"roles"`
	Endpoint   string `json:"endpoint"` // escaped
	Fee        string `json:"fee"`      // per job, for a compute node
	Stake      string `json:"stake"`
	Locked     string `json:"bonds_locked"`        // stake reserved as bonds of open jobs
	Unlocking  string `json:"unlock_at,omitempty"` // when an unregistered node may claim its stake
	TLSKey     string `json:"tls_key"`
}

// NewNode is the view of addr's registry entry.
func NewNode(addr common.Address, n chain.NodeInfo) Node {
	v := Node{Address: addr.Hex(), Registered: n.Roles != 0, Roles: chain.RoleNames(n.Roles), Endpoint: display.Line(n.Endpoint, 0),
		Fee: chain.FormatCoins(n.Fee), Stake: chain.FormatCoins(n.Stake), Locked: chain.FormatCoins(n.Locked),
		TLSKey: hex.EncodeToString(n.TlsKey[:])}
	if n.UnlockAt != 0 {
		v.Unlocking = Time(n.UnlockAt)
	}
	return v
}
