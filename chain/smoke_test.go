package chain_test

import (
	"context"
	"testing"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/chaintest"
)

func TestDeployAndRegister(t *testing.T) {
	env := chaintest.Start(t, 3)
	m := env.Deploy(t, chain.DevMarketConfig())
	ctx := context.Background()
	if err := m[0].Check(ctx); err != nil {
		t.Fatal(err)
	}
	_, err := m[1].RegisterNode(ctx, chain.NodeParams{Endpoint: "127.0.0.1:7000", TLSKey: [32]byte{1}, Roles: chain.RoleCompute, Stake: chain.Coins(1)})
	if err != nil {
		t.Fatal(err)
	}
	n, err := m[1].Node(ctx, env.Addrs[1])
	if err != nil || n.Roles != chain.RoleCompute || n.Stake.Cmp(chain.Coins(1)) != 0 {
		t.Fatalf("node = %+v, %v", n, err)
	}
	_, err = m[2].RegisterNode(ctx, chain.NodeParams{Endpoint: "x", TLSKey: [32]byte{1}, Roles: chain.RoleCompute})
	if !chain.IsRevert(err, "InsufficientStake") {
		t.Fatalf("err = %v, want InsufficientStake", err)
	}
	t.Log(err)
}
