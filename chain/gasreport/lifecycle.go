package gasreport

import (
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/testcontracts"
)

// settle runs a job from submission to settlement and one owner's receipt.
func (r *run) settle() error {
	id, rcpt, err := r.submit(hour)
	note := fmt.Sprintf("3 datasets, 2 compute nodes, %d-byte spec inline", r.specLen)
	if err := r.record("submitJob", note, rcpt, err); err != nil {
		return err
	}
	if err := r.accept(id, everyone, true); err != nil {
		return err
	}
	payload, blob := sha256.Sum256([]byte("payload")), sha256.Sum256([]byte("sealed result"))
	rcpt, err = r.m[compute1].CommitResult(r.ctx, id, payload, blob, "ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
	if err := r.record("commitResult", "payload and blob hashes, result URI", rcpt, err); err != nil {
		return err
	}
	rcpt, err = r.m[owner1].ConfirmResult(r.ctx, id, payload)
	if err := r.record("confirmResult", "a matching confirmation below the quorum", rcpt, err); err != nil {
		return err
	}
	rcpt, err = r.m[owner2].ConfirmResult(r.ctx, id, payload)
	if err := r.record("confirmResult (settling)", "reaches n - d: settles and credits 2 compute fees", rcpt, err); err != nil {
		return err
	}
	sig, err := chain.Receipt{JobID: id, Owner: r.b.addrs[owner1], Rounds: 30}.Sign(r.domain, r.b.keys[compute1])
	if err != nil {
		return fmt.Errorf("gasreport: signing a receipt: %w", err)
	}
	rcpt, err = r.m[owner1].RedeemReceipt(r.ctx, id, 30, sig)
	r.settled = id
	return r.record("redeemReceipt", "EIP-712 receipt of the aggregator, all rounds", rcpt, err)
}

// refunded: a job only one owner accepted, cancelled when its window closes.
func (r *run) refunded() error {
	id, _, err := r.submit(hour)
	if err := setup("submitting the job to refund", err); err != nil {
		return err
	}
	if err := r.accept(id, []int{owner1}, false); err != nil {
		return err
	}
	j, err := r.m[buyer].Job(r.ctx, id)
	if err := setup("reading the job", err); err != nil {
		return err
	}
	if err := r.b.passTime(r.ctx, j.AcceptBy); err != nil {
		return err
	}
	rcpt, err := r.m[buyer].CloseAcceptance(r.ctx, id)
	return r.record("closeAcceptance (refund)", "window closed without a quorum: cancels, refunds in full", rcpt, err)
}

// failed: a started job whose deadline passes without a result.
func (r *run) failed() error {
	id, _, err := r.submit(25)
	if err := setup("submitting the job to fail", err); err != nil {
		return err
	}
	if err := r.accept(id, everyone, false); err != nil {
		return err
	}
	j, err := r.m[buyer].Job(r.ctx, id)
	if err := setup("reading the job", err); err != nil {
		return err
	}
	if err := r.b.passTime(r.ctx, j.Deadline); err != nil {
		return err
	}
	rcpt, err := r.m[buyer].FailJob(r.ctx, id)
	return r.record("failJob", "deadline passed: refunds the fees, burns part of the aggregator's stake", rcpt, err)
}

// closeAndWithdraw closes the settled job and pays a compute node its fee.
func (r *run) closeAndWithdraw() error {
	j, err := r.m[buyer].Job(r.ctx, r.settled)
	if err := setup("reading the job", err); err != nil {
		return err
	}
	if err := r.b.passTime(r.ctx, j.EndedAt+uint64(benchConfig().RedeemWindow.Seconds())); err != nil {
		return err
	}
	rcpt, err := r.m[buyer].CloseJob(r.ctx, r.settled)
	if err := r.record("closeJob", "returns the unearned escrow (2 receipts not redeemed)", rcpt, err); err != nil {
		return err
	}
	rcpt, err = r.m[compute1].Withdraw(r.ctx)
	return r.record("withdraw", "pull payment of a credit", rcpt, err)
}

// yardstick measures an OpenZeppelin ERC-20's transfer to a new and to an existing holder.
func (r *run) yardstick() error {
	token := testcontracts.NewYardstickToken()
	code := append(common.FromHex(testcontracts.YardstickTokenMetaData.Bin), token.PackConstructor(chain.Coins(1_000_000))...)
	rcpt, err := r.b.senders[deployer].Send(r.ctx, chain.Call{Data: code})
	if err := setup("deploying the ERC-20", err); err != nil {
		return err
	}
	addr := rcpt.ContractAddress
	to := common.HexToAddress("0x00000000000000000000000000000000000Beef")
	for _, op := range []string{"ERC-20 transfer (new recipient)", "ERC-20 transfer (existing recipient)"} {
		rcpt, err := r.b.senders[deployer].Send(r.ctx, chain.Call{To: &addr, Data: token.PackTransfer(to, big.NewInt(1e18))})
		if err := r.record(op, "OpenZeppelin ERC-20, the yardstick", rcpt, err); err != nil {
			return err
		}
	}
	return nil
}
