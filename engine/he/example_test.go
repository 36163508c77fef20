package he_test

import (
	"fmt"
	"log"
	"math/rand/v2"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/suffstat"
)

// Example runs the data path of a whole he job locally: each owner encodes its noised
// statistics and encrypts them straight to the buyer's key; secure
// aggregation sums the ciphertexts (residue by residue, modulo each prime)
// so that nobody sees one of them; the buyer decrypts the sum and decodes
// the result. In a real job each party runs on its own node and the
// secure-aggregation messages travel through the aggregator.
func Example() {
	rng := rand.NewChaCha8([32]byte{1})
	params, _ := mhe.InsecureTestParams(10) // mhe.DefaultParams() in production (the engine runs nothing else)
	tables := []*dataset.Table{
		{Columns: []string{"age"}, Rows: [][]float64{{30}, {40}}},
		{Columns: []string{"age"}, Rows: [][]float64{{50}, {60}, {200}}}, // 200 is clipped to 100
		{Columns: []string{"age"}, Rows: [][]float64{{70}}},
	}
	meta, _ := dataset.NewMetadata("ages", "", tables[0].Schema(), map[string]dataset.Bounds{"age": {Lo: 0, Hi: 100}})
	metas := []*dataset.Metadata{meta, meta, meta}
	buyerSK, buyerPK := mustBuyer(params, rng)
	spec := []byte(`{"type":"stats","columns":["age"],"stats":["count","mean"]}`)
	plan, err := suffstat.NewLayout(spec, metas, suffstat.Terms{Epsilon: 1, Delta: 1e-5, Owners: 3, Colluders: 1})
	if err != nil {
		log.Fatal(err)
	}

	// Each owner: noised statistics, encrypted to the buyer, as residues.
	k := params.Ciphertexts(plan.Len())
	var inputs [][]uint64
	for _, t := range tables {
		c, _ := plan.EncodeContribution(t, dp.NewSampler(rng))
		grids, data, noise := c.Grid()
		cts, err := mhe.EncryptOnGrid(buyerPK, grids, data, noise)
		if err != nil {
			log.Fatal(err)
		}
		inputs = append(inputs, params.Residues(cts))
	}

	// Secure aggregation of the three vectors (threshold for 1 colluder).
	sa := secagg.Params{N: 3, T: secagg.Threshold(3, 1), Segments: params.Segments(k)}
	for _, s := range sa.Segments {
		sa.VectorLen += s.Len
	}
	res, err := secagg.RunInProcess(sa, secagg.Session{JobID: [32]byte{42}, Round: 1}, inputs, nil, secagg.InProcessOptions{Rand: rng})
	if err != nil {
		log.Fatal(err)
	}
	out, _ := params.OutputFromResidues(res.Sum, k)

	// The buyer.
	vec, _ := buyerSK.Decrypt(out.Bytes())
	result, _ := plan.Decode(vec)
	mean := result.Columns[0].Mean
	fmt.Printf("count %d from %d owners; mean within 3 noise stds of 58.3: %v\n",
		result.Count, result.Owners, mean.Value > 58.33-3*mean.NoiseStd && mean.Value < 58.33+3*mean.NoiseStd)
	// Output: count 6 from 3 owners; mean within 3 noise stds of 58.3: true
}

func mustBuyer(p mhe.Params, rng *rand.ChaCha8) (*mhe.BuyerSecretKey, *mhe.BuyerPublicKey) {
	sk, pk, err := mhe.GenBuyerKeys(p, rng)
	if err != nil {
		log.Fatal(err)
	}
	return sk, pk
}
