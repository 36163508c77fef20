package wire_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/wire"
)

// registry stands in for the chain's node registry.
type registry map[common.Address]ed25519.PublicKey

func (r registry) NodeKey(_ context.Context, a common.Address) (ed25519.PublicKey, error) {
	if k, ok := r[a]; ok {
		return k, nil
	}
	return nil, fmt.Errorf("%s is not registered", a.Hex())
}

func node(reg registry, addr byte) wire.Identity {
	pub, key, _ := ed25519.GenerateKey(rand.Reader)
	id := wire.Identity{Address: common.Address{addr}, Key: key}
	reg[id.Address] = pub
	return id
}

// An aggregator serves a job, its owner dials in, and one round runs: the
// aggregator announces it, the owner sends its signed contribution, the
// aggregator gathers it and credits the owner, whose link holds the receipt.
func Example() {
	ctx := context.Background()
	reg := registry{}
	aggregator, owner := node(reg, 0xa), node(reg, 0x1)

	srv, _ := wire.NewServer(wire.ServerConfig{Identity: aggregator, Registry: reg})
	lis, _ := net.Listen("tcp", "127.0.0.1:0")
	go srv.Serve(lis)
	defer srv.Stop()
	hub := srv.OpenJob(wire.JobConfig{Job: 1, Owners: []wire.Owner{{Address: owner.Address}}, MaxMessage: 1 << 20,
		Receipt: func(o common.Address, rounds uint32) ([]byte, error) { return []byte("signed receipt"), nil }})

	link, err := wire.Dial(ctx, wire.UplinkConfig{Identity: owner, Registry: reg, Server: aggregator.Address,
		Endpoint: lis.Addr().String(), Job: 1, MaxMessage: 1 << 20,
		Receipt: func(rounds uint32, sig []byte) error {
			fmt.Printf("owner: receipt for %d round(s)\n", rounds)
			return nil
		}})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer link.Close()
	hub.WaitLive(ctx, 1, time.Now().Add(10*time.Second))

	round := hub.Round(1)
	round.Start(ctx, []int{0}, []byte("go"))
	r, announce, _ := link.NextRound(ctx, 0)
	fmt.Printf("owner: round %d announced with %q\n", r, announce)
	mine := link.Round(r)
	mine.Send(ctx, "rows", []byte("569"))

	got, dropped := round.Gather(ctx, "rows", []int{0}, 64, time.Now().Add(10*time.Second))
	fmt.Printf("aggregator: owner 0 sent %q, %d dropped\n", got[0], len(dropped))
	round.Credit(ctx, 0)
	if err := mine.AwaitReceipt(ctx); err == nil {
		fmt.Println("owner: paid for", link.Paid(), "round(s)")
	}
	// Output:
	// owner: round 1 announced with "go"
	// aggregator: owner 0 sent "569", 0 dropped
	// owner: receipt for 1 round(s)
	// owner: paid for 1 round(s)
}
