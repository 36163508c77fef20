package enclave

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestBuyerCannotRunItsOwnTeeJob(t *testing.T) {
	buyer, other := common.HexToAddress("0xb0"), common.HexToAddress("0xc0")
	bn := &Node{Address: buyer, Endpoint: "buyer.example:7000", TLSKey: [32]byte{1}}
	cases := []struct {
		name    string
		node    *Node
		compute Node
		refused bool
	}{
		{"the buyer itself", bn, Node{Address: buyer}, true},
		{"the buyer, no node", nil, Node{Address: buyer}, true},
		{"same TLS key", bn, Node{Address: other, Endpoint: "x:1", TLSKey: [32]byte{1}}, true},
		{"same host", bn, Node{Address: other, Endpoint: "buyer.example:7001", TLSKey: [32]byte{2}}, true},
		{"someone else", bn, Node{Address: other, Endpoint: "op.example:7000", TLSKey: [32]byte{2}}, false},
		{"someone else, buyer runs no node", nil, Node{Address: other}, false},
	}
	for _, c := range cases {
		err := CheckComputeNode(buyer, c.node, c.compute)
		if (err != nil) != c.refused || (err != nil && !errors.Is(err, ErrBuyerNode)) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}
