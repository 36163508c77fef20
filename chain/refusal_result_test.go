package chain_test

import (
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

func commitBy(w *world, acct int, id uint64, payload, blob [32]byte, uri string, vouched uint8) error {
	_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) {
		return m.CommitResult(w.ctx, id, payload, blob, uri, vouched)
	})
	return err
}

// commitPosted has compute1 commit job id's result passing `posted` as the
// commitments owners posted.
func commitPosted(w *world, id uint64, posted []byte) error {
	terms, err := w.m[0].Terms(w.ctx, id)
	if err != nil {
		return err
	}
	data := chain.NewMarketplace().PackCommitResult(new(big.Int).SetUint64(id), terms.Encoded, payloadHash, blobHash, "veil-dir://r", 0, posted)
	return w.sendRaw(acctCompute1, data, nil)
}

func attestBy(w *world, acct int, id uint64, step [32]byte, data []byte) error {
	_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.AttestStep(w.ctx, id, step, data) })
	return err
}

func failJob(w *world, id uint64) error {
	_, err := w.try(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.FailJob(w.ctx, id) })
	return err
}

func abortBy(w *world, acct int, id uint64, reason string) error {
	_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.AbortJob(w.ctx, id, reason) })
	return err
}

func closeJob(w *world, id uint64) error {
	_, err := w.try(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseJob(w.ctx, id) })
	return err
}

// disputeBy has acct dispute job id with bond as value.
func disputeBy(w *world, acct int, id uint64, bond *big.Int) error {
	terms, err := w.m[0].Terms(w.ctx, id)
	if err != nil {
		return err
	}
	return w.sendRaw(acct, chain.NewMarketplace().PackDisputeResult(new(big.Int).SetUint64(id), terms.Encoded), bond)
}

func forfeitBy(w *world, id uint64, owner int, sig []byte) error {
	_, err := w.try(acctCompute1, func(m *chain.Market) (*types.Receipt, error) {
		return m.ForfeitBond(w.ctx, id, w.addr(owner), sig)
	})
	return err
}

// payloadReceipt is owner's payload receipt of hash in job id, signed by signer.
func (w *world) payloadReceipt(id uint64, owner int, hash [32]byte, signer int) []byte {
	w.t.Helper()
	sig, err := chain.PayloadReceipt{JobID: id, Owner: w.addr(owner), PayloadHash: hash}.Sign(w.domain, w.c.keys[signer])
	if err != nil {
		w.t.Fatal(err)
	}
	return sig
}

// disputedJob is a committed job that owner3 disputed (one of the two a majority needs).
func (w *world) disputedJob() uint64 {
	w.t.Helper()
	id := w.committedJob()
	if err := disputeBy(w, owners[2], id, w.cfg.DisputeBond); err != nil {
		w.t.Fatal(err)
	}
	return id
}

func resultRefusals() []refusal {
	commit := func(acct int, job func(w *world) uint64, payload, blob [32]byte, uri string, vouched uint8) func(w *world) error {
		return func(w *world) error { return commitBy(w, acct, job(w), payload, blob, uri, vouched) }
	}
	started := (*world).startedJob
	const uri = "veil-dir://results/1"
	rows := []refusal{
		{site: "commitResult", want: "NotAggregator", how: "second compute node", run: commit(acctCompute2, started, payloadHash, blobHash, uri, 0)},
		{site: "commitResult", want: "WrongState", how: "open", run: commit(acctCompute1, (*world).openJob, payloadHash, blobHash, uri, 0)},
		{site: "commitResult", want: "DeadlinePassed", how: "after the commit deadline", run: func(w *world) error {
			id := w.startedJob()
			w.warpPast(w.job(id).CommitBy)
			return commitBy(w, acctCompute1, id, payloadHash, blobHash, uri, 0)
		}},
		{site: "commitResult", want: "AlreadyCommitted", how: "twice", run: commit(acctCompute1, (*world).committedJob, wrongHash, blobHash, uri, 0)},
		{site: "commitResult", want: "InvalidResult", how: "zero payload hash", run: commit(acctCompute1, started, [32]byte{}, blobHash, uri, 0)},
		{site: "commitResult", want: "InvalidResult", how: "zero blob hash", run: commit(acctCompute1, started, payloadHash, [32]byte{}, uri, 0)},
		{site: "commitResult", want: "InvalidResult", how: "513-byte URI", run: commit(acctCompute1, started, payloadHash, blobHash, "ipfs://"+strings.Repeat("a", 506), 0)},
		{site: "commitResult", want: "InvalidResult", how: "vouches for a third node", run: commit(acctCompute1, started, payloadHash, blobHash, uri, 0b100)},
		{site: "_match", want: "BadCommitments", how: "a posted commitment left out", run: func(w *world) error {
			id := w.startedJob()
			w.confirm(id, payloadHash, owners[0])
			return commitPosted(w, id, nil)
		}},
		{site: "_match", want: "BadCommitments", how: "32-byte entry", run: func(w *world) error {
			return commitPosted(w, w.startedJob(), make([]byte, 32))
		}},
		{site: "attestStep", want: "WrongState", how: "open", run: func(w *world) error { return attestBy(w, acctCompute2, w.openJob(), blobHash, nil) }},
		{site: "attestStep", want: "DeadlinePassed", how: "after the deadline", run: func(w *world) error {
			id := w.committedJob()
			w.warpPast(uint64(w.job(id).Deadline))
			return attestBy(w, acctCompute2, id, blobHash, nil)
		}},
		{site: "attestStep", want: "NotHelper", how: "the aggregator", run: func(w *world) error { return attestBy(w, acctCompute1, w.startedJob(), blobHash, nil) }},
		{site: "attestStep", want: "AlreadyAttested", how: "vouched for already", run: func(w *world) error {
			return attestBy(w, acctCompute2, w.committedJob(), blobHash, nil)
		}},
		{site: "attestStep", want: "InvalidStep", how: "zero step hash", run: func(w *world) error { return attestBy(w, acctCompute2, w.startedJob(), [32]byte{}, nil) }},
		{site: "attestStep", want: "InvalidStep", how: "4097 bytes of data", run: func(w *world) error {
			return attestBy(w, acctCompute2, w.startedJob(), blobHash, make([]byte, 4097))
		}},
	}
	return append(append(rows, confirmRefusals()...), endRefusals()...)
}

func confirmRefusals() []refusal {
	// redeem has owner post its confirmation with an honest 5-round receipt.
	redeem := func(owner int, job func(w *world) uint64) func(w *world) error {
		return func(w *world) error {
			id := job(w)
			return w.redeem(id, owner, 5, w.sign(id, owner, 5, acctCompute1))
		}
	}
	partial := (*world).partialJob
	return []refusal{
		{site: "confirmResult", want: "WrongState", how: "open", run: redeem(acctOwner1, (*world).openJob)},
		{site: "confirmResult", want: "RedeemWindowClosed", how: "closed", run: redeem(owners[2], (*world).closedJob)},
		{site: "_acceptedOwner", want: "NotAccepted", how: "owner that did not accept", run: redeem(owners[2], partial)},
		{site: "_acceptedOwner", want: "NotAccepted", how: "compute node", run: redeem(acctCompute2, (*world).startedJob)},
		{site: "confirmResult", want: "AlreadyConfirmed", how: "twice", run: func(w *world) error {
			id := w.settledJob()
			return redeem(acctOwner1, func(*world) uint64 { return id })(w)
		}},
		{site: "confirmResult", want: "BadReceipt", how: "signed by compute2", run: func(w *world) error {
			id := w.startedJob()
			return w.redeem(id, acctOwner1, 5, w.sign(id, acctOwner1, 5, acctCompute2))
		}},
		{site: "disputeResult", want: "WrongState", how: "settled", run: func(w *world) error {
			return disputeBy(w, owners[2], w.settledJob(), w.cfg.DisputeBond)
		}},
		{site: "disputeResult", want: "NotCommitted", how: "no result yet", run: func(w *world) error {
			return disputeBy(w, owners[2], w.startedJob(), w.cfg.DisputeBond)
		}},
		{site: "disputeResult", want: "DeadlinePassed", how: "after the deadline", run: func(w *world) error {
			id := w.committedJob()
			w.warpPast(uint64(w.job(id).Deadline))
			return disputeBy(w, owners[2], id, w.cfg.DisputeBond)
		}},
		{site: "disputeResult", want: "AlreadyConfirmed", how: "after a matching commitment", run: func(w *world) error {
			id := w.startedJob()
			w.confirm(id, payloadHash, owners[2])
			w.commit(id, acctCompute1)
			return disputeBy(w, owners[2], id, w.cfg.DisputeBond)
		}},
		{site: "disputeResult", want: "AlreadyDisputed", how: "twice", run: func(w *world) error {
			return disputeBy(w, owners[2], w.disputedJob(), w.cfg.DisputeBond)
		}},
		{site: "disputeResult", want: "WrongBond", how: "one wei short", run: func(w *world) error {
			return disputeBy(w, owners[2], w.committedJob(), new(big.Int).Sub(w.cfg.DisputeBond, big.NewInt(1)))
		}},
	}
}

func endRefusals() []refusal {
	settled := func(w *world) uint64 {
		id := w.disputedJob()
		w.warpPast(uint64(w.job(id).Deadline))
		w.settle(id)
		return id
	}
	return []refusal{
		{site: "settleJob", want: "WrongState", how: "open", run: func(w *world) error { return settleBy(w, w.openJob()) }},
		{site: "settleJob", want: "NotCommitted", how: "no result", run: func(w *world) error { return settleBy(w, w.startedJob()) }},
		{site: "settleJob", want: "NotDecided", how: "a majority can still dispute", run: func(w *world) error { return settleBy(w, w.committedJob()) }},
		{site: "failJob", want: "WrongState", how: "open", run: func(w *world) error { return failJob(w, w.openJob()) }},
		{site: "failJob", want: "AlreadyCommitted", how: "result committed", run: func(w *world) error {
			id := w.committedJob()
			w.warpPast(w.job(id).CommitBy)
			return failJob(w, id)
		}},
		{site: "failJob", want: "DeadlineNotReached", how: "before the commit deadline", run: func(w *world) error { return failJob(w, w.startedJob()) }},
		{site: "abortJob", want: "NotAggregator", how: "second compute node", run: func(w *world) error { return abortBy(w, acctCompute2, w.startedJob(), "x") }},
		{site: "abortJob", want: "WrongState", how: "open", run: func(w *world) error { return abortBy(w, acctCompute1, w.openJob(), "x") }},
		{site: "abortJob", want: "AlreadyCommitted", how: "result committed", run: func(w *world) error {
			return abortBy(w, acctCompute1, w.committedJob(), "x")
		}},
		{site: "abortJob", want: "InvalidReason", how: "513 bytes", run: func(w *world) error {
			return abortBy(w, acctCompute1, w.startedJob(), strings.Repeat("x", 513))
		}},
		{site: "forfeitBond", want: "WrongState", how: "still running", run: func(w *world) error {
			id := w.disputedJob()
			return forfeitBy(w, id, owners[2], w.payloadReceipt(id, owners[2], payloadHash, owners[2]))
		}},
		{site: "forfeitBond", want: "AlreadyClosed", how: "closed", run: func(w *world) error {
			id := settled(w)
			w.warpPast(uint64(w.job(id).EndedAt) + uint64(w.cfg.RedeemWindow.Seconds()))
			if err := closeJob(w, id); err != nil {
				return err
			}
			return forfeitBy(w, id, owners[2], w.payloadReceipt(id, owners[2], payloadHash, owners[2]))
		}},
		{site: "forfeitBond", want: "NotDisputed", how: "an owner that did not dispute", run: func(w *world) error {
			id := settled(w)
			return forfeitBy(w, id, owners[1], w.payloadReceipt(id, owners[1], payloadHash, owners[1]))
		}},
		{site: "forfeitBond", want: "NotDisputed", how: "twice", run: func(w *world) error {
			id := settled(w)
			sig := w.payloadReceipt(id, owners[2], payloadHash, owners[2])
			if err := forfeitBy(w, id, owners[2], sig); err != nil {
				return err
			}
			return forfeitBy(w, id, owners[2], sig)
		}},
		{site: "forfeitBond", want: "BadPayloadReceipt", how: "signed by the aggregator", run: func(w *world) error {
			id := settled(w)
			return forfeitBy(w, id, owners[2], w.payloadReceipt(id, owners[2], payloadHash, acctCompute1))
		}},
		{site: "forfeitBond", want: "BadPayloadReceipt", how: "of another payload", run: func(w *world) error {
			id := settled(w)
			return forfeitBy(w, id, owners[2], w.payloadReceipt(id, owners[2], wrongHash, owners[2]))
		}},
		{site: "closeJob", want: "WrongState", how: "started", run: func(w *world) error { return closeJob(w, w.startedJob()) }},
		{site: "closeJob", want: "AlreadyClosed", how: "twice", run: func(w *world) error { return closeJob(w, w.closedJob()) }},
		{site: "closeJob", want: "RedeemWindowOpen", how: "just settled", run: func(w *world) error { return closeJob(w, w.settledJob()) }},
	}
}

func paymentRefusals() []refusal {
	return []refusal{
		{site: "_withdrawTo", want: "NothingToWithdraw", how: "stranger", run: withdraw(acctStranger)},
		{site: "withdrawTo", want: "InvalidRecipient", how: "the zero address", run: func(w *world) error {
			_, err := w.try(acctBuyer, func(m *chain.Market) (*types.Receipt, error) { return m.WithdrawTo(w.ctx, common.Address{}) })
			return err
		}},
		{site: "_withdrawTo", want: "TransferFailed", how: "account refuses payments", run: func(w *world) error {
			// A buyer with a refund credit whose account then takes the
			// Marketplace's own code (EIP-7702): plain payments reach its fallback,
			// which finds no Catalog function to run and reverts.
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
