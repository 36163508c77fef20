package chain

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrUnknownEvent means a log is not one of the Marketplace's events.
var ErrUnknownEvent = errors.New("chain: not a Marketplace event")

// EventLogs returns every log the Marketplace emitted in blocks [from, to],
// in chain order, read in the network's bounded block ranges: what a
// follower of the whole market (the web catalog) reads on each new block.
func (m *Market) EventLogs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	q := ethereum.FilterQuery{FromBlock: big64(from), ToBlock: big64(to), Addresses: []common.Address{m.addr}}
	logs, err := m.filterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("chain: reading the Marketplace's events: %w", err)
	}
	return logs, nil
}

// decoders unpack each event into its generated struct.
var decoders = map[string]func(*types.Log) (any, error){
	"NodeRegistered":    unpack(binding.UnpackNodeRegisteredEvent),
	"NodeUpdated":       unpack(binding.UnpackNodeUpdatedEvent),
	"NodeUnregistered":  unpack(binding.UnpackNodeUnregisteredEvent),
	"StakeReleased":     unpack(binding.UnpackStakeReleasedEvent),
	"DatasetPublished":  unpack(binding.UnpackDatasetPublishedEvent),
	"DatasetUpdated":    unpack(binding.UnpackDatasetUpdatedEvent),
	"DatasetRestricted": unpack(binding.UnpackDatasetRestrictedEvent),
	"JobSubmitted":      unpack(binding.UnpackJobSubmittedEvent),
	"JobSpec":           unpack(binding.UnpackJobSpecEvent),
	"JobAccepted":       unpack(binding.UnpackJobAcceptedEvent),
	"JobDeclined":       unpack(binding.UnpackJobDeclinedEvent),
	"JobStarted":        unpack(binding.UnpackJobStartedEvent),
	"JobCancelled":      unpack(binding.UnpackJobCancelledEvent),
	"StepAttested":      unpack(binding.UnpackStepAttestedEvent),
	"ResultCommitted":   unpack(binding.UnpackResultCommittedEvent),
	"ResultConfirmed":   unpack(binding.UnpackResultConfirmedEvent),
	"ResultDisputed":    unpack(binding.UnpackResultDisputedEvent),
	"BondForfeited":     unpack(binding.UnpackBondForfeitedEvent),
	"JobSettled":        unpack(binding.UnpackJobSettledEvent),
	"JobAborted":        unpack(binding.UnpackJobAbortedEvent),
	"JobFailed":         unpack(binding.UnpackJobFailedEvent),
	"JobClosed":         unpack(binding.UnpackJobClosedEvent),
	"Credited":          unpack(binding.UnpackCreditedEvent),
	"Withdrawn":         unpack(binding.UnpackWithdrawnEvent),
}

func unpack[T any](f func(*types.Log) (*T, error)) func(*types.Log) (any, error) {
	return func(l *types.Log) (any, error) { return f(l) }
}

// DecodeEvent decodes one of the Marketplace's logs into its generated
// struct (*MarketplaceJobAccepted, …); a log of another event wraps
// ErrUnknownEvent. The values are as the log says: text in them is the
// emitter's, untrusted.
func DecodeEvent(l *types.Log) (any, error) {
	if len(l.Topics) == 0 {
		return nil, fmt.Errorf("%w: a log without topics in block %d", ErrUnknownEvent, l.BlockNumber)
	}
	ev, err := marketABI.EventByID(l.Topics[0])
	if err != nil {
		return nil, fmt.Errorf("%w: topic %s in block %d", ErrUnknownEvent, l.Topics[0].Hex(), l.BlockNumber)
	}
	decode, ok := decoders[ev.Name]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownEvent, ev.Name)
	}
	v, err := decode(l)
	if err != nil {
		return nil, fmt.Errorf("chain: decoding %s in block %d: %w", ev.Name, l.BlockNumber, err)
	}
	return v, nil
}

// PublishedListing is the listing its DatasetPublished event states, with the
// terms as published (they change: read the current ones with Dataset; a
// reader that shows the listing before that shows true, older terms rather
// than zeros). The metadata document is dropped when it does not match its
// on-chain hash.
func PublishedListing(ev *MarketplaceDatasetPublished) Listing {
	meta := ev.Metadata
	if len(meta) > 0 && sha256.Sum256(meta) != ev.MetaHash {
		meta = nil // the contract checks this; a node that lies about logs gets ignored here
	}
	l := Listing{ID: ev.Id.Uint64(), Owner: ev.Owner, Metadata: meta, Terms: DatasetInfo{
		Owner: ev.Owner, Sha256Digest: ev.Sha256Digest, MetaHash: ev.MetaHash, Uri: ev.Uri,
		Price: ev.Price, SubmitFee: ev.SubmitFee, Engines: ev.Engines, MinOwners: ev.MinOwners,
		Budget: ev.Budget, MaxDelta: ev.MaxDelta, DeltaBudget: ev.DeltaBudget,
	}}
	if ev.Raw != nil {
		l.Block, l.TxHash = ev.Raw.BlockNumber, ev.Raw.TxHash
	}
	return l
}
