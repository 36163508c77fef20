package secagg_test

import (
	"crypto/ed25519"
	"fmt"
	"math/rand/v2"

	"github.com/veil-market/veil/secagg"
)

// Choosing parameters: 10 owners, up to 2 colluding with the aggregator,
// up to 3 dropping out, 16-bit values.
func ExampleThreshold() {
	n, d, c := 10, 3, 2
	fmt.Println("t =", secagg.Threshold(n, c))
	fmt.Println(secagg.CheckParams(n, d, c))
	fmt.Println("k =", secagg.ModBitsFor(16, n))
	fmt.Println(secagg.CheckParams(n, 5, c))
	// Output:
	// t = 7
	// <nil>
	// k = 20
	// secagg: invalid parameters: n = 10, d = 5 dropouts, c = 2 colluders: n-d = 5 survivors is below the threshold t = 7 (t > (n+c)/2)
}

// The whole protocol in one process, with client 2 dropping out after it
// shared its keys: the sum of the four survivors still comes out exactly.
func ExampleRunInProcess() {
	p := secagg.Params{N: 5, T: secagg.Threshold(5, 1), ModBits: secagg.ModBitsFor(8, 5), VectorLen: 3}
	q, _ := secagg.NewQuantizer(8, 1.0)
	r := rand.NewChaCha8([32]byte{1})
	var inputs [][]uint64
	for i := range p.N {
		levels, _ := q.Quantize([]float64{0.5, -0.25, float64(i) / 10}, r)
		enc, _ := secagg.EncodeSigned(levels, p.ModBits)
		inputs = append(inputs, enc)
	}
	res, err := secagg.RunInProcess(p, secagg.Session{Round: 1}, inputs,
		secagg.Dropouts{2: secagg.StepMaskedInputCollection}, secagg.InProcessOptions{Rand: r})
	if err != nil {
		fmt.Println(err)
		return
	}
	sum := q.Dequantize(secagg.DecodeSigned(res.Sum, p.ModBits))
	fmt.Println("survivors:", res.Survivors)
	fmt.Printf("sum: %.2f %.2f %.2f\n", sum[0], sum[1], sum[2])
	// Output:
	// survivors: [0 1 3 4]
	// sum: 2.00 -1.00 0.80
}

// Driving Client and Server by hand, as a transport would: every value
// passed between them is a []byte.
func ExampleNewClient() {
	p := secagg.Params{N: 3, T: 2, ModBits: 16, VectorLen: 2}
	session := secagg.Session{JobID: [32]byte{7}, Round: 1}
	r := rand.NewChaCha8([32]byte{2})
	keys := make([]ed25519.PrivateKey, p.N)
	peers := make([]ed25519.PublicKey, p.N)
	for i := range keys {
		seed := make([]byte, ed25519.SeedSize)
		r.Read(seed)
		keys[i] = ed25519.NewKeyFromSeed(seed)
		peers[i] = keys[i].Public().(ed25519.PublicKey)
	}
	server, _ := secagg.NewServer(p, session, peers)
	clients := make([]*secagg.Client, p.N)
	for i := range clients {
		clients[i], _ = secagg.NewClient(p, session, i, keys[i], peers, r)
		msg, _ := clients[i].AdvertiseKeys()
		_ = server.AddAdvertiseKeys(msg)
	}
	keysMsg, _ := server.CloseAdvertiseKeys()
	for _, c := range clients {
		msg, _ := c.ShareKeys(keysMsg)
		_ = server.AddShareKeys(msg)
	}
	_ = server.CloseShareKeys()
	for i, c := range clients {
		shares, _ := server.SharesFor(i)
		msg, _ := c.MaskInput(shares, []uint64{uint64(i + 1), 100})
		_ = server.AddMaskedInput(msg)
	}
	survivors, _ := server.CloseMaskedInput()
	for _, c := range clients {
		msg, _ := c.ConsistencyCheck(survivors)
		_ = server.AddConsistencyCheck(msg)
	}
	request, _ := server.CloseConsistencyCheck()
	for _, c := range clients {
		msg, _ := c.Unmask(request)
		_ = server.AddUnmasking(msg)
	}
	sum, who, err := server.Sum()
	fmt.Println(sum, who, err)
	// Output: [6 300] [0 1 2] <nil>
}
