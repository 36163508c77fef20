package chain_test

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/veil-market/veil/chain"
)

// receiptVectors are EIP-712 digests of receipts for the domain of a
// Marketplace at vectorContract on chain 1337. Source: go-ethereum's
// signer/core/apitypes.TypedDataAndHash (the EIP-712 encoder of clef), v1.17.10,
// fed the typed data of typedReceipt; TestReceiptDigestKnownAnswers recomputes
// them with it on every run.
var (
	vectorContract = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	receiptVectors = []struct {
		r      chain.Receipt
		digest string
	}{
		{chain.Receipt{JobID: 1, Owner: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), Rounds: 1}, "0x1da96da762fcd6682b356d598ab3c314fd47f8632e582ba7cc3b525e38db15bf"},
		{chain.Receipt{JobID: 42, Owner: common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"), Rounds: 30}, "0x866707e96f1d2418a46a3e0d0a43c261fb168814add1cff27876d3b3215f892b"},
		{chain.Receipt{JobID: 0, Owner: common.Address{}, Rounds: 0}, "0x3022f54131c5219c52ff7160289ad8e28a108a63a7d0b83ffb28f861db381faf"},
		{chain.Receipt{JobID: math.MaxUint64, Owner: common.HexToAddress("0xFFfFfFffFFfffFFfFFfFFFFFffFFFffffFfFFFfF"), Rounds: math.MaxUint32}, "0x5fde32009d2c80fd417975e08eb064b8877351d2b5996852923f248586e8f5dc"},
	}
)

// typedReceipt is the receipt as EIP-712 typed data, the way a wallet would sign it.
func typedReceipt(d chain.Domain, r chain.Receipt) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Receipt": {{Name: "jobId", Type: "uint256"}, {Name: "owner", Type: "address"}, {Name: "rounds", Type: "uint32"}},
		},
		PrimaryType: "Receipt",
		Domain: apitypes.TypedDataDomain{
			Name: "Veil Marketplace", Version: "1",
			ChainId:           (*gethmath.HexOrDecimal256)(d.ChainID),
			VerifyingContract: d.Contract.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"jobId":  strconv.FormatUint(r.JobID, 10),
			"owner":  r.Owner.Hex(),
			"rounds": strconv.FormatUint(uint64(r.Rounds), 10),
		},
	}
}

func TestReceiptDigestKnownAnswers(t *testing.T) {
	d := chain.Domain{ChainID: big.NewInt(chain.DevChainID), Contract: vectorContract}
	for _, v := range receiptVectors {
		ref, _, err := apitypes.TypedDataAndHash(typedReceipt(d, v.r))
		if err != nil {
			t.Fatal(err)
		}
		got := v.r.Digest(d)
		if got != common.BytesToHash(ref) {
			t.Errorf("%+v: Digest %x, apitypes %x", v.r, got, ref)
		}
		if got != common.HexToHash(v.digest) {
			t.Errorf("%+v: Digest %x, pinned %s", v.r, got, v.digest)
		}
	}
}

// TestReceiptDigestMatchesContract: the Go digest is the contract's receiptDigest.
func TestReceiptDigestMatchesContract(t *testing.T) {
	w := newWorld(t, startChain(t))
	for _, v := range receiptVectors {
		onChain, err := w.m[0].ReceiptDigest(w.ctx, v.r)
		if err != nil {
			t.Fatal(err)
		}
		if got := v.r.Digest(w.domain); got != common.Hash(onChain) {
			t.Errorf("%+v: Go %x, contract %x", v.r, got, onChain)
		}
	}
}

// contractRedeems asks the contract, without a transaction, whether owner could
// confirm with sig for rounds of job id: true, or false for BadReceipt.
func contractRedeems(w *world, id uint64, owner int, rounds uint32, sig []byte) (bool, error) {
	market := w.m[0].Address()
	terms, err := w.m[0].Terms(w.ctx, id)
	if err != nil {
		return false, err
	}
	data := chain.NewMarketplace().PackConfirmResult(new(big.Int).SetUint64(id), terms.Encoded, [32]byte{}, rounds, sig)
	_, err = w.c.client.CallContract(w.ctx, ethereum.CallMsg{From: w.addr(owner), To: &market, Data: data}, nil)
	if err == nil {
		return true, nil
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			raw, _ := hexutil.Decode(s)
			if r := chain.DecodeRevertData(raw); r != nil && r.Name == "BadReceipt" {
				return false, nil
			}
		}
	}
	return false, err
}

// signatureVariants are honest and broken encodings of a receipt signature.
func signatureVariants(w *world, id uint64) []struct {
	name string
	sig  []byte
} {
	honest := w.sign(id, acctOwner1, 4, acctCompute1)
	set := func(from, to int, v *big.Int) []byte {
		out := append([]byte(nil), honest...)
		v.FillBytes(out[from:to])
		return out
	}
	halfN := new(big.Int).Rsh(secp256k1N, 1)
	return []struct {
		name string
		sig  []byte
	}{
		{"honest", honest},
		{"other signer", w.sign(id, acctOwner1, 4, acctCompute2)},
		{"other owner", w.sign(id, owners[1], 4, acctCompute1)},
		{"high s", malleate(honest)},
		{"v 0", withV(honest, 0)},
		{"v 1", withV(honest, 1)},
		{"v 26", withV(honest, 26)},
		{"v 29", withV(honest, 29)},
		{"r zero", set(0, 32, new(big.Int))},
		{"s zero", set(32, 64, new(big.Int))},
		{"r = n", set(0, 32, secp256k1N)},
		{"s = n/2", set(32, 64, halfN)},
		{"s = n/2 + 1", set(32, 64, new(big.Int).Add(halfN, big.NewInt(1)))},
		{"64 bytes", honest[:64]},
		{"66 bytes", append(append([]byte(nil), honest...), 27)},
		{"empty", nil},
	}
}

// TestReceiptVerifyAgreesWithContract: chain.Receipt.Verify accepts exactly the
// signatures confirmResult accepts, so an owner that checks its receipts in Go
// never holds one the contract would refuse.
func TestReceiptVerifyAgreesWithContract(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.startedJob()
	r := chain.Receipt{JobID: id, Owner: w.addr(acctOwner1), Rounds: 4}
	for _, v := range signatureVariants(w, id) {
		goOK := r.Verify(w.domain, v.sig, w.addr(acctCompute1)) == nil
		chainOK, err := contractRedeems(w, id, acctOwner1, r.Rounds, v.sig)
		if err != nil {
			t.Fatalf("%s: %v", v.name, err)
		}
		if goOK != chainOK || goOK != (v.name == "honest") {
			t.Errorf("%s: Verify accepts %v, contract accepts %v", v.name, goOK, chainOK)
		}
	}
}

// FuzzReceiptVerify: for any signature bytes and rounds, Verify and the
// contract agree. Zero rounds is a confirmation without a receipt (the owner's
// presence alone), which the contract takes whatever the signature; Verify
// checks signatures only.
func FuzzReceiptVerify(f *testing.F) {
	w := newWorld(f, startChain(f))
	id := w.startedJob()
	for _, v := range signatureVariants(w, id) {
		f.Add(v.sig, uint32(4))
	}
	f.Add(w.sign(id, acctOwner1, 0, acctCompute1), uint32(0))
	f.Add(w.sign(id, acctOwner1, 1000, acctCompute1), uint32(1000))
	f.Fuzz(func(t *testing.T, sig []byte, rounds uint32) {
		r := chain.Receipt{JobID: id, Owner: w.addr(acctOwner1), Rounds: rounds}
		goOK := r.Verify(w.domain, sig, w.addr(acctCompute1)) == nil || rounds == 0
		chainOK, err := contractRedeems(w, id, acctOwner1, rounds, sig)
		if err != nil {
			t.Fatal(err)
		}
		if goOK != chainOK {
			t.Fatalf("sig %x rounds %d: Verify accepts %v, contract accepts %v", sig, rounds, goOK, chainOK)
		}
	})
}
