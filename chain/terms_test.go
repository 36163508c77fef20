package chain_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
)

// FuzzDecodeTerms: terms come from event data the RPC peer returns. Decoding
// never panics, refuses inconsistent lengths, and what decodes encodes back to
// the same bytes (so its hash is the contract's).
func FuzzDecodeTerms(f *testing.F) {
	t := chain.Terms{
		Datasets: []*big.Int{big.NewInt(1), big.NewInt(2)}, Owners: []common.Address{{1}, {2}},
		Prices: []*big.Int{big.NewInt(3), big.NewInt(4)}, SubmitFees: []*big.Int{big.NewInt(0), big.NewInt(5)},
		Compute: []common.Address{{9}}, Fees: []*big.Int{big.NewInt(6)},
	}
	enc, err := t.Encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(enc)
	f.Add([]byte{1, 1})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := chain.DecodeTerms(data)
		if err != nil {
			return
		}
		back, err := got.Encode()
		if err != nil || !bytes.Equal(back, data) {
			t.Fatalf("%x decodes to terms that encode to %x (%v)", data, back, err)
		}
		if len(got.Owners) == 0 || len(got.Compute) == 0 {
			t.Fatalf("%x: decoded a job without owners or compute nodes", data)
		}
	})
}
