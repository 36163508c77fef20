package chain_test

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// delegateCode gives account acct the code of target (EIP-7702): the deployer
// sends a set-code transaction carrying acct's signed authorization.
func delegateCode(w *world, acct int, target common.Address) {
	w.t.Helper()
	chainID := uint256.MustFromBig(w.domain.ChainID)
	nonce, err := w.c.client.PendingNonceAt(w.ctx, w.addr(acct))
	if err != nil {
		w.t.Fatal(err)
	}
	auth, err := types.SignSetCode(w.c.keys[acct], types.SetCodeAuthorization{ChainID: *chainID, Address: target, Nonce: nonce})
	if err != nil {
		w.t.Fatal(err)
	}
	from := w.addr(acctDeployer)
	sendNonce, err := w.c.client.PendingNonceAt(w.ctx, from)
	if err != nil {
		w.t.Fatal(err)
	}
	tx := types.NewTx(&types.SetCodeTx{
		ChainID: chainID, Nonce: sendNonce, Gas: 100_000, To: from,
		GasTipCap: uint256.NewInt(1e9), GasFeeCap: uint256.NewInt(100e9), Value: new(uint256.Int),
		AuthList: []types.SetCodeAuthorization{auth},
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(w.domain.ChainID), w.c.keys[acctDeployer])
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.c.client.SendTransaction(w.ctx, signed); err != nil {
		w.t.Fatal(err)
	}
	rcpt, err := w.c.client.TransactionReceipt(w.ctx, signed.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		w.t.Fatalf("set-code transaction: %v, %+v", err, rcpt)
	}
	w.paid(acctDeployer, rcpt)
	code, err := w.c.client.CodeAt(w.ctx, w.addr(acct), nil)
	if err != nil || len(code) == 0 {
		w.t.Fatalf("account %d has no delegated code: %v", acct, err)
	}
}
