package chain_test

import (
	"strings"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

func commitBy(w *world, acct int, id uint64, payload, blob [32]byte, uri string) error {
	_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.CommitResult(w.ctx, id, payload, blob, uri) })
	return err
}

func confirmBy(w *world, acct int, id uint64, hash [32]byte) error {
	_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.ConfirmResult(w.ctx, id, hash) })
	return err
}

func failJob(w *world, id uint64) error {
	_, err := w.try(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.FailJob(w.ctx, id) })
	return err
}

func closeJob(w *world, id uint64) error {
	_, err := w.try(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseJob(w.ctx, id) })
	return err
}

func resultRefusals() []refusal {
	commit := func(acct int, job func(w *world) uint64, payload, blob [32]byte, uri string) func(w *world) error {
		return func(w *world) error { return commitBy(w, acct, job(w), payload, blob, uri) }
	}
	started := (*world).startedJob
	const uri = "veil-dir://results/1"
	return append([]refusal{
		{site: "commitResult", want: "NotAggregator", how: "second compute node", run: commit(acctCompute2, started, payloadHash, blobHash, uri)},
		{site: "commitResult", want: "WrongState", how: "open", run: commit(acctCompute1, (*world).openJob, payloadHash, blobHash, uri)},
		{site: "commitResult", want: "DeadlinePassed", how: "after the deadline", run: func(w *world) error {
			id := w.startedJob()
			w.warpPast(w.job(id).Deadline)
			return commitBy(w, acctCompute1, id, payloadHash, blobHash, uri)
		}},
		{site: "commitResult", want: "AlreadyCommitted", how: "twice", run: commit(acctCompute1, (*world).committedJob, wrongHash, blobHash, uri)},
		{site: "commitResult", want: "InvalidResult", how: "zero payload hash", run: commit(acctCompute1, started, [32]byte{}, blobHash, uri)},
		{site: "commitResult", want: "InvalidResult", how: "zero blob hash", run: commit(acctCompute1, started, payloadHash, [32]byte{}, uri)},
		{site: "commitResult", want: "InvalidResult", how: "513-byte URI", run: commit(acctCompute1, started, payloadHash, blobHash, "ipfs://"+strings.Repeat("a", 506))},
	}, confirmRefusals()...)
}

func confirmRefusals() []refusal {
	confirm := func(acct int, job func(w *world) uint64, hash [32]byte) func(w *world) error {
		return func(w *world) error { return confirmBy(w, acct, job(w), hash) }
	}
	partialCommitted := func(w *world) uint64 {
		id := w.partialJob()
		w.commit(id, acctCompute1)
		return id
	}
	return []refusal{
		{site: "confirmResult", want: "WrongState", how: "open", run: confirm(acctOwner1, (*world).openJob, payloadHash)},
		{site: "confirmResult", want: "DeadlinePassed", how: "after the deadline", run: func(w *world) error {
			id := w.committedJob()
			w.warpPast(w.job(id).Deadline)
			return confirmBy(w, acctOwner1, id, payloadHash)
		}},
		{site: "confirmResult", want: "NotCommitted", how: "no result", run: confirm(acctOwner1, (*world).startedJob, payloadHash)},
		{site: "confirmResult", want: "NotAccepted", how: "owner that did not accept", run: confirm(owners[2], partialCommitted, payloadHash)},
		{site: "confirmResult", want: "NotAccepted", how: "compute node", run: confirm(acctCompute2, (*world).committedJob, payloadHash)},
		{site: "confirmResult", want: "AlreadyConfirmed", how: "twice", run: func(w *world) error {
			id := w.committedJob()
			w.confirm(id, wrongHash, acctOwner1)
			return confirmBy(w, acctOwner1, id, payloadHash)
		}},
		{site: "failJob", want: "WrongState", how: "open", run: func(w *world) error { return failJob(w, w.openJob()) }},
		{site: "failJob", want: "DeadlineNotReached", how: "before the deadline", run: func(w *world) error { return failJob(w, w.startedJob()) }},
	}
}

func receiptRefusals() []refusal {
	// redeem has owner redeem an honest 5-round receipt of the aggregator for job.
	redeem := func(owner int, job func(w *world) uint64) func(w *world) error {
		return func(w *world) error {
			id := job(w)
			return w.redeem(id, owner, 5, w.sign(id, owner, 5, acctCompute1))
		}
	}
	partialSettled := func(w *world) uint64 {
		id := w.partialJob()
		w.commit(id, acctCompute1)
		w.confirm(id, payloadHash, owners[0], owners[1])
		return id
	}
	return []refusal{
		{site: "redeemReceipt", want: "JobNotEnded", how: "started", run: redeem(acctOwner1, (*world).startedJob)},
		{site: "redeemReceipt", want: "RedeemWindowClosed", how: "closed", run: redeem(acctOwner1, (*world).closedJob)},
		{site: "redeemReceipt", want: "NotAccepted", how: "owner that did not accept", run: redeem(owners[2], partialSettled)},
		{site: "redeemReceipt", want: "NotAccepted", how: "stranger", run: redeem(acctStranger, (*world).settledJob)},
		{site: "redeemReceipt", want: "AlreadyRedeemed", how: "twice", run: func(w *world) error {
			id := w.settledJob()
			if err := redeem(acctOwner1, func(*world) uint64 { return id })(w); err != nil {
				return err
			}
			return redeem(acctOwner1, func(*world) uint64 { return id })(w)
		}},
		{site: "redeemReceipt", want: "BadReceipt", how: "signed by compute2", run: func(w *world) error {
			id := w.settledJob()
			return w.redeem(id, acctOwner1, 5, w.sign(id, acctOwner1, 5, acctCompute2))
		}},
		{site: "redeemReceipt", want: "BadReceipt", how: "zero rounds", run: func(w *world) error {
			id := w.settledJob()
			return w.redeem(id, acctOwner1, 0, w.sign(id, acctOwner1, 0, acctCompute1))
		}},
		{site: "closeJob", want: "JobNotEnded", how: "started", run: func(w *world) error { return closeJob(w, w.startedJob()) }},
		{site: "closeJob", want: "AlreadyClosed", how: "twice", run: func(w *world) error { return closeJob(w, w.closedJob()) }},
		{site: "closeJob", want: "RedeemWindowOpen", how: "just settled", run: func(w *world) error { return closeJob(w, w.settledJob()) }},
	}
}

func paymentRefusals() []refusal {
	return []refusal{
		{site: "withdraw", want: "NothingToWithdraw", how: "stranger", run: withdraw(acctStranger)},
		{site: "withdraw", want: "TransferFailed", how: "account refuses payments", run: func(w *world) error {
			// A buyer with a refund credit whose account then takes the
			// Marketplace's own code (EIP-7702), which has no receive function.
			id := w.submit(acctNoReceiver, w.jobParams())
			if err := cancelBy(w, acctNoReceiver, id); err != nil {
				return err
			}
			delegateCode(w, acctNoReceiver, w.m[0].Address())
			return withdraw(acctNoReceiver)(w)
		}},
	}
}

func withdraw(acct int) func(w *world) error {
	return func(w *world) error {
		_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.Withdraw(w.ctx) })
		return err
	}
}
