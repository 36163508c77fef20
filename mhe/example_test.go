package mhe_test

import (
	"crypto/ed25519"
	"fmt"
	"log"
	"math/rand/v2"

	"github.com/veil-market/veil/mhe"
)

// ExampleEncryptOnGrid encrypts two owners' fixed-point vectors to the
// buyer; their residues add up modulo each prime (what secure aggregation
// computes without seeing either), and the buyer decrypts the exact sum.
func ExampleEncryptOnGrid() {
	rng := rand.NewChaCha8([32]byte{2})
	params, _ := mhe.InsecureTestParams(10)
	buyerSK, buyerPK := mustBuyer(params, rng)
	grids := []int{0, 4}                                                      // 1 and 1/16
	a, _ := mhe.EncryptOnGrid(buyerPK, grids, []int64{1, 24}, []int64{0, -2}) // values 1 and 22/16
	b, _ := mhe.EncryptOnGrid(buyerPK, grids, []int64{1, 8})                  // values 1 and 8/16
	sum := params.Residues(a)
	for i, v := range params.Residues(b) {
		sum[i] += v
	}
	k := params.Ciphertexts(len(grids))
	off := 0
	for _, s := range params.Segments(k) {
		for j := off; j < off+s.Len; j++ {
			sum[j] %= s.Modulus
		}
		off += s.Len
	}
	out, _ := params.OutputFromResidues(sum, k)
	vec, _ := buyerSK.Decrypt(out.Bytes())
	fmt.Printf("%.4f %.4f\n", vec[0], vec[1])
	// Output: 2.0000 1.8750
}

// ExampleGenPCKSShare runs the multiparty-key library (kept for tasks that
// need a key no single party holds): two owners set up a collective key,
// each encrypts under it, both check the aggregate and key-switch it to
// the buyer, who decrypts. Jobs do not use it (see the package doc).
func ExampleGenPCKSShare() {
	rng := rand.NewChaCha8([32]byte{1})
	params, _ := mhe.InsecureTestParams(10)
	ids, members, secrets := make([]mhe.Party, 2), make([]mhe.Member, 2), make([]*mhe.SecretShare, 2)
	for i := range ids {
		pub, priv, _ := ed25519.GenerateKey(rng)
		ids[i] = mhe.Party{Address: fmt.Sprintf("0xowner%d", i), Signer: priv}
		members[i] = mhe.Member{Address: ids[i].Address, SigningKey: pub}
		secrets[i], _ = mhe.NewSecretShare(params, rng)
	}
	committee, _ := mhe.NewCommittee(params, members)
	var ckgShares []mhe.Signed
	for i := range ids {
		s, _ := mhe.GenCKGShare(committee, ids[i], secrets[i])
		ckgShares = append(ckgShares, s)
	}
	key, err := mhe.CombineCKG(committee, ckgShares)
	if err != nil {
		log.Fatal(err)
	}
	buyerSK, buyerPK := mustBuyer(params, rng)
	job := []byte("job-42")
	var inputs []mhe.Signed
	for i, v := range [][]float64{{1, 2.5}, {3, -0.5}} {
		in, _ := mhe.EncryptInput(committee, key, job, ids[i], v)
		inputs = append(inputs, in)
	}
	agg, _ := mhe.AggregateInputs(committee, job, inputs, 2)
	var pcksShares []mhe.Signed
	for i := range ids {
		own, err := mhe.CheckAndAggregate(committee, job, ids[i].Address, inputs, 2)
		if err != nil {
			log.Fatal(err)
		}
		s, err := mhe.GenPCKSShare(committee, ids[i], secrets[i], own, agg.Hash(), buyerPK, rng)
		if err != nil {
			log.Fatal(err)
		}
		pcksShares = append(pcksShares, s)
	}
	out, _ := mhe.AggregatePCKS(committee, agg, buyerPK, pcksShares)
	vec, _ := buyerSK.Decrypt(out.Bytes())
	fmt.Printf("%.3f %.3f\n", vec[0], vec[1])
	// Output: 4.000 2.000
}

func mustBuyer(p mhe.Params, rng *rand.ChaCha8) (*mhe.BuyerSecretKey, *mhe.BuyerPublicKey) {
	sk, pk, err := mhe.GenBuyerKeys(p, rng)
	if err != nil {
		log.Fatal(err)
	}
	return sk, pk
}

// ExampleParseBuyerPublicKey checks a buyer key from a job spec against
// the hash the spec commits to and the job's parameter set.
func ExampleParseBuyerPublicKey() {
	params, _ := mhe.InsecureTestParams(10)
	_, pk, _ := mhe.GenBuyerKeys(params, nil)
	b, _ := pk.MarshalBinary()
	_, err := mhe.ParseBuyerPublicKey(params, b, pk.Digest())
	fmt.Println(err)
	other, _ := mhe.InsecureTestParams(11)
	_, err = mhe.ParseBuyerPublicKey(other, b, pk.Digest())
	fmt.Println(err != nil)
	// Output:
	// <nil>
	// true
}
