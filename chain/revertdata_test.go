package chain_test

import (
	"bytes"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
)

// zeroArgs are zero values of an error's inputs, ready to pack.
func zeroArgs(in abi.Arguments) []any {
	var out []any
	for _, a := range in {
		switch a.Type.T {
		case abi.IntTy, abi.UintTy:
			if a.Type.Size > 64 {
				out = append(out, new(big.Int))
				continue
			}
		case abi.StringTy:
			out = append(out, "")
			continue
		}
		out = append(out, reflect.Zero(a.Type.GetType()).Interface())
	}
	return out
}

// FuzzDecodeRevertData: revert data comes from the RPC peer. Decoding never
// panics, refuses data too short for a selector, and names every custom error
// of the Marketplace by its selector.
func FuzzDecodeRevertData(f *testing.F) {
	parsed, err := chain.MarketplaceMetaData.ParseABI()
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range parsed.Errors {
		body, err := e.Inputs.Pack(zeroArgs(e.Inputs)...)
		if err != nil {
			f.Fatalf("%s: %v", e.Name, err)
		}
		f.Add(append(append([]byte(nil), e.ID[:4]...), body...))
	}
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0})
	f.Add(common.FromHex("0x4e487b710000000000000000000000000000000000000000000000000000000000000011"))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := chain.DecodeRevertData(data)
		if len(data) < 4 {
			if r != nil {
				t.Fatalf("%x: decoded %q from fewer than 4 bytes", data, r.Name)
			}
			return
		}
		if r == nil || r.Name == "" {
			t.Fatalf("%x: no error name", data)
		}
		for _, e := range parsed.Errors {
			if bytes.Equal(e.ID[:4], data[:4]) && r.Name != e.Name {
				t.Fatalf("%x: named %q, want %q", data, r.Name, e.Name)
			}
		}
		_ = r.Error()
		if strings.Contains(r.Error(), "%!") {
			t.Fatalf("%x: message %q is malformed", data, r.Error())
		}
	})
}
