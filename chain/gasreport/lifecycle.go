package gasreport

import (
	"crypto/sha256"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/testcontracts"
)

var (
	payload = sha256.Sum256([]byte("payload"))
	blob    = sha256.Sum256([]byte("sealed result"))
)

const resultURI = "ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"

// settle runs the measured three-owner job: submission, five acceptances, each
// owner's confirmation (its commitment before the reveal and its receipt for
// every round), the aggregator's commit, which reveals the payload, and the
// settlement.
func (r *run) settle() error { return r.settleWith(owners) }

// settleWith runs settle's job over the datasets of r.datasets, whose owners are accts.
func (r *run) settleWith(accts []int) error {
	id, rcpt, err := r.submit(hour)
	n := len(accts)
	note := fmt.Sprintf("%d datasets, 2 compute nodes, %d-byte spec inline, %d submission fees", n, r.specLen, n)
	if err := r.recordWhole("submitJob", note, rcpt, err); err != nil {
		return err
	}
	if err := r.accept(id, append(slices.Clone(accts), compute1, compute2), true); err != nil {
		return err
	}
	for _, o := range accts {
		sig, err := chain.Receipt{JobID: id, Owner: r.b.addrs[o], Rounds: 30}.Sign(r.domain, r.b.keys[compute1])
		if err != nil {
			return fmt.Errorf("gasreport: signing a receipt: %w", err)
		}
		commitment := chain.ResultCommitment(id, r.b.addrs[o], payload)
		rcpt, err := r.m[o].ConfirmResult(r.ctx, id, commitment, 30, sig)
		note := "commitment before the reveal, EIP-712 receipt for every round: pays the owner"
		if err := r.recordWhole("confirmResult", note, rcpt, err); err != nil {
			return err
		}
	}
	rcpt, err = r.m[compute1].CommitResult(r.ctx, id, payload, blob, resultURI, 0b10)
	note = fmt.Sprintf("reveals the payload hash (%d commitments match), blob hash and URI", n)
	if err := r.recordWhole("commitResult", note, rcpt, err); err != nil {
		return err
	}
	rcpt, err = r.m[buyer].SettleJob(r.ctx, id)
	r.settled = id
	return r.recordWhole("settleJob", "no majority can dispute: pays 2 compute fees, releases 2 bonds", rcpt, err)
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
	if err := r.b.passTime(r.ctx, uint64(j.AcceptBy)-1); err != nil {
		return err
	}
	rcpt, err := r.m[buyer].CloseAcceptance(r.ctx, id)
	return r.record("closeAcceptance (refund)", "window closed without a quorum: cancels, refunds, gives ε back", rcpt, err)
}

// disputed: a result one owner disputes.
func (r *run) disputed() error {
	id, _, err := r.submit(hour)
	if err := setup("submitting the job to dispute", err); err != nil {
		return err
	}
	if err := r.accept(id, everyone, false); err != nil {
		return err
	}
	_, err = r.m[compute1].CommitResult(r.ctx, id, payload, blob, resultURI, 0b10)
	if err := setup("committing the result to dispute", err); err != nil {
		return err
	}
	rcpt, err := r.m[owner3].DisputeResult(r.ctx, id)
	return r.record("disputeResult", "an owner disputes, with the dispute bond", rcpt, err)
}

// failed: a started job whose commit deadline passes without a result.
func (r *run) failed() error {
	id, _, err := r.submit(40)
	if err := setup("submitting the job to fail", err); err != nil {
		return err
	}
	if err := r.accept(id, everyone, false); err != nil {
		return err
	}
	rcpt, err := r.m[compute2].AttestStep(r.ctx, id, blob, nil)
	if err := r.record("attestStep", "a compute node proves it delivered its step", rcpt, err); err != nil {
		return err
	}
	j, err := r.m[buyer].Job(r.ctx, id)
	if err := setup("reading the job", err); err != nil {
		return err
	}
	if err := r.b.passTime(r.ctx, j.CommitBy); err != nil {
		return err
	}
	rcpt, err = r.m[buyer].FailJob(r.ctx, id)
	return r.record("failJob", "no result: refunds the fees, the aggregator's bond pays compute2 and is burned", rcpt, err)
}

// closeAndWithdraw closes the settled job and pays a compute node its fee.
func (r *run) closeAndWithdraw() error {
	j, err := r.m[buyer].Job(r.ctx, r.settled)
	if err := setup("reading the job", err); err != nil {
		return err
	}
	if err := r.b.passTime(r.ctx, uint64(j.EndedAt)+uint64(benchConfig().RedeemWindow.Seconds())); err != nil {
		return err
	}
	rcpt, err := r.m[buyer].CloseJob(r.ctx, r.settled)
	if err := r.record("closeJob", "after the redeem window (nothing left to return)", rcpt, err); err != nil {
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
