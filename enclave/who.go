package enclave

import (
	"errors"
	"fmt"
	"net"

	"github.com/ethereum/go-ethereum/common"
)

// ErrBuyerNode is returned when a `tee` job names the buyer, or a node the
// buyer runs, as its compute node: an operator colluding with the buyer
// defeats `tee` through side channels the hardware does not hide
// (docs/tee.md §5), and the buyer is the one party sure to collude.
var ErrBuyerNode = errors.New("enclave: the buyer's own node may not run its tee job")

// Node is what the on-chain registry says about a node.
type Node struct {
	Address  common.Address
	Endpoint string   // host:port
	TLSKey   [32]byte // zero if not registered
}

// CheckComputeNode refuses compute when it is the buyer's address, or
// shares a TLS key or an endpoint host with the buyer's own registered node
// (buyerNode, nil if the buyer runs none): a buyer re-registering its
// machine under a second address is the same operator. A buyer's machine
// under an unrelated key and address cannot be told apart on-chain; the
// stake and the owners' choice of compute nodes are what remains (§5).
func CheckComputeNode(buyer common.Address, buyerNode *Node, compute Node) error {
	if compute.Address == buyer {
		return fmt.Errorf("%w: %s is the buyer", ErrBuyerNode, compute.Address)
	}
	if buyerNode == nil {
		return nil
	}
	if buyerNode.TLSKey != ([32]byte{}) && buyerNode.TLSKey == compute.TLSKey {
		return fmt.Errorf("%w: %s has the TLS key of the buyer's node", ErrBuyerNode, compute.Address)
	}
	if h := host(buyerNode.Endpoint); h != "" && h == host(compute.Endpoint) {
		return fmt.Errorf("%w: %s runs at %s, the buyer's node's host", ErrBuyerNode, compute.Address, h)
	}
	return nil
}

func host(endpoint string) string {
	h, _, err := net.SplitHostPort(endpoint)
	if err != nil {
		return endpoint
	}
	return h
}
