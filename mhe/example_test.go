package mhe_test

import (
	"crypto/ed25519"
	"fmt"
	"log"
	"math/rand/v2"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/engine/he"
	"github.com/veil-market/veil/secagg"
)

// Example runs a whole job locally: each owner encodes its noised
// statistics and encrypts them straight to the buyer's key; secure
// aggregation sums the ciphertexts (residue by residue, modulo each prime)
// so that nobody sees one of them; the buyer decrypts the sum and decodes
// the result. In a real job each party runs on its own node and the
// secure-aggregation messages travel through the aggregator.
func Example() {
	rng := rand.NewChaCha8([32]byte{1})
	params, _ := he.InsecureTestParams(10) // he.DefaultParams() in production
	tables := []*dataset.Table{
		{Columns: []string{"age"}, Rows: [][]float64{{30}, {40}}},
		{Columns: []string{"age"}, Rows: [][]float64{{50}, {60}, {200}}}, // 200 is clipped to 100
		{Columns: []string{"age"}, Rows: [][]float64{{70}}},
	}
	meta, _ := dataset.NewMetadata("ages", "", tables[0].Schema(), map[string]dataset.Bounds{"age": {Lo: 0, Hi: 100}})
	metas := []*dataset.Metadata{meta, meta, meta}
	buyerSK, buyerPK := mustBuyer(params, rng)
	spec := []byte(`{"type":"stats","columns":["age"],"stats":["count","mean"]}`)
	plan, err := he.NewPlan(spec, metas, he.Privacy{Epsilon: 1, Delta: 1e-5, Owners: 3, Colluders: 1})
	if err != nil {
		log.Fatal(err)
	}

	// Each owner: noised statistics, encrypted to the buyer, as residues.
	k := params.Ciphertexts(plan.Len())
	var inputs [][]uint64
	for _, t := range tables {
		c, _ := plan.EncodeContribution(t, dp.NewSampler(rng))
		cts, err := he.EncryptContribution(buyerPK, c)
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

// ExampleGenPCKSShare runs the multiparty-key library (kept for tasks that
// need a key no single party holds): two owners set up a collective key,
// each encrypts under it, both check the aggregate and key-switch it to
// the buyer, who decrypts. Jobs do not use it (see the package doc).
func ExampleGenPCKSShare() {
	rng := rand.NewChaCha8([32]byte{1})
	params, _ := he.InsecureTestParams(10)
	ids, members, secrets := make([]he.Identity, 2), make([]he.Member, 2), make([]*he.SecretShare, 2)
	for i := range ids {
		pub, priv, _ := ed25519.GenerateKey(rng)
		ids[i] = he.Identity{Address: fmt.Sprintf("0xowner%d", i), Signer: priv}
		members[i] = he.Member{Address: ids[i].Address, SigningKey: pub}
		secrets[i], _ = he.NewSecretShare(params, rng)
	}
	committee, _ := he.NewCommittee(params, members)
	var ckgShares []he.Signed
	for i := range ids {
		s, _ := he.GenCKGShare(committee, ids[i], secrets[i])
		ckgShares = append(ckgShares, s)
	}
	key, err := he.CombineCKG(committee, ckgShares)
	if err != nil {
		log.Fatal(err)
	}
	buyerSK, buyerPK := mustBuyer(params, rng)
	job := []byte("job-42")
	var inputs []he.Signed
	for i, v := range [][]float64{{1, 2.5}, {3, -0.5}} {
		in, _ := he.EncryptInput(committee, key, job, ids[i], v)
		inputs = append(inputs, in)
	}
	agg, _ := he.AggregateInputs(committee, job, inputs, 2)
	var pcksShares []he.Signed
	for i := range ids {
		own, err := he.CheckAndAggregate(committee, job, ids[i].Address, inputs, 2)
		if err != nil {
			log.Fatal(err)
		}
		s, err := he.GenPCKSShare(committee, ids[i], secrets[i], own, agg.Hash(), buyerPK, rng)
		if err != nil {
			log.Fatal(err)
		}
		pcksShares = append(pcksShares, s)
	}
	out, _ := he.AggregatePCKS(committee, agg, buyerPK, pcksShares)
	vec, _ := buyerSK.Decrypt(out.Bytes())
	fmt.Printf("%.3f %.3f\n", vec[0], vec[1])
	// Output: 4.000 2.000
}

func mustBuyer(p he.Params, rng *rand.ChaCha8) (*he.BuyerSecretKey, *he.BuyerPublicKey) {
	sk, pk, err := he.GenBuyerKeys(p, rng)
	if err != nil {
		log.Fatal(err)
	}
	return sk, pk
}

// ExampleNewPlan shows how a stats task is laid out and how its budget is
// split over the figure groups.
func ExampleNewPlan() {
	meta := &dataset.Metadata{Version: 1, Title: "t", Rows: 10, Columns: []dataset.ColumnMeta{
		{Name: "x", Type: "real", Bounds: &dataset.Bounds{Lo: 0, Hi: 1}},
		{Name: "y", Type: "real", Bounds: &dataset.Bounds{Lo: -5, Hi: 5}}}}
	spec := []byte(`{"type":"stats","columns":["x","y"],"stats":["mean","var","corr"]}`)
	plan, err := he.NewPlan(spec, []*dataset.Metadata{meta}, he.Privacy{Epsilon: 1, Delta: 1e-6, Owners: 4, Colluders: 1})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("vector length:", plan.Len())
	fmt.Println(plan.CheckPrecision(he.DefaultParams()))
	// Output:
	// vector length: 7
	// <nil>
}

// ExampleParseBuyerPublicKey checks a buyer key from a job spec against
// the hash the spec commits to and the job's parameter set.
func ExampleParseBuyerPublicKey() {
	params, _ := he.InsecureTestParams(10)
	_, pk, _ := he.GenBuyerKeys(params, nil)
	b, _ := pk.MarshalBinary()
	_, err := he.ParseBuyerPublicKey(params, b, pk.Digest())
	fmt.Println(err)
	other, _ := he.InsecureTestParams(11)
	_, err = he.ParseBuyerPublicKey(other, b, pk.Digest())
	fmt.Println(err != nil)
	// Output:
	// <nil>
	// true
}
