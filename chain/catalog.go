package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Listing is a catalog entry: the dataset as published (with its metadata
// document, when it was published inline) and its current terms.
type Listing struct {
	ID       uint64
	Owner    common.Address
	Metadata []byte // nil when published without the document
	Block    uint64 // block of publication
	TxHash   common.Hash
	Terms    DatasetInfo
}

// Logs returns the contract's logs for event `name` from block `from` on,
// optionally filtered by the first indexed argument.
func (m *Market) Logs(ctx context.Context, name string, from uint64, firstTopic *common.Hash) ([]types.Log, error) {
	if firstTopic == nil {
		return m.logsOf(ctx, name, from, nil)
	}
	return m.logsOf(ctx, name, from, []common.Hash{*firstTopic})
}

// logsOf returns the contract's logs for event `name` from block `from` on
// whose first indexed argument is one of firstTopics (any, if empty), in one
// query.
func (m *Market) logsOf(ctx context.Context, name string, from uint64, firstTopics []common.Hash) ([]types.Log, error) {
	ev, ok := marketABI.Events[name]
	if !ok {
		return nil, fmt.Errorf("chain: no event %q", name)
	}
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{m.addr}, Topics: [][]common.Hash{{ev.ID}}}
	if len(firstTopics) > 0 {
		q.Topics = append(q.Topics, firstTopics)
	}
	if to, err := m.safeHead(ctx); err != nil {
		return nil, err
	} else if to != nil {
		q.ToBlock = to
	}
	logs, err := m.filterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("chain: reading %s events: %w", name, err)
	}
	return logs, nil
}

// safeHead is the newest block with enough confirmations (nil: latest).
func (m *Market) safeHead(ctx context.Context) (*big.Int, error) {
	opts, err := m.callOpts(ctx)
	if err != nil {
		return nil, err
	}
	return opts.BlockNumber, nil
}

// Catalog rebuilds the list of datasets from DatasetPublished events and reads
// each one's current terms.
func (m *Market) Catalog(ctx context.Context, from uint64) ([]Listing, error) {
	logs, err := m.Logs(ctx, "DatasetPublished", from, nil)
	if err != nil {
		return nil, err
	}
	out := make([]Listing, 0, len(logs))
	for i := range logs {
		l, err := m.listing(ctx, &logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, nil
}

// Listing reads one dataset with its publication event.
func (m *Market) Listing(ctx context.Context, id uint64, from uint64) (Listing, error) {
	ls, err := m.Listings(ctx, []uint64{id}, from)
	if err != nil {
		return Listing{}, err
	}
	return ls[0], nil
}

// Listings reads datasets ids, in that order, with their publication events
// (found by one log query, whatever the number of ids: a job's owners each
// read all of its datasets).
func (m *Market) Listings(ctx context.Context, ids []uint64, from uint64) ([]Listing, error) {
	if len(ids) == 0 {
		return nil, nil // logsOf without topics would read every dataset's log
	}
	topics := make([]common.Hash, len(ids))
	for i, id := range ids {
		topics[i] = common.BigToHash(new(big.Int).SetUint64(id))
	}
	logs, err := m.logsOf(ctx, "DatasetPublished", from, topics)
	if err != nil {
		return nil, err
	}
	first := map[common.Hash]*types.Log{}
	for i := range logs {
		if len(logs[i].Topics) > 1 && first[logs[i].Topics[1]] == nil {
			first[logs[i].Topics[1]] = &logs[i]
		}
	}
	out := make([]Listing, len(ids))
	for i, id := range ids {
		l := first[topics[i]]
		if l == nil {
			// Unknown ids answer with the contract's own refusal.
			if _, err := m.Dataset(ctx, id); err != nil {
				return nil, err
			}
			return nil, fmt.Errorf("chain: dataset %d has no publication event after block %d", id, from)
		}
		if out[i], err = m.listing(ctx, l); err != nil {
			return nil, err
		}
		if out[i].ID != id {
			return nil, fmt.Errorf("chain: the log found for dataset %d publishes dataset %d", id, out[i].ID)
		}
	}
	return out, nil
}

func (m *Market) listing(ctx context.Context, l *types.Log) (Listing, error) {
	ev, err := m.binding.UnpackDatasetPublishedEvent(l)
	if err != nil {
		return Listing{}, fmt.Errorf("chain: decoding DatasetPublished in block %d: %w", l.BlockNumber, err)
	}
	out := PublishedListing(ev)
	if out.Terms, err = m.Dataset(ctx, out.ID); err != nil {
		return Listing{}, err
	}
	return out, nil
}

// LogsRange returns the contract's logs of event `name` in blocks [from, to].
func (m *Market) LogsRange(ctx context.Context, name string, from, to uint64) ([]types.Log, error) {
	ev, ok := marketABI.Events[name]
	if !ok {
		return nil, fmt.Errorf("chain: no event %q", name)
	}
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{m.addr}, Topics: [][]common.Hash{{ev.ID}}}
	logs, err := m.filterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("chain: reading %s events: %w", name, err)
	}
	return logs, nil
}

// DecodeJobSubmitted decodes a JobSubmitted log.
func (m *Market) DecodeJobSubmitted(l *types.Log) (*MarketplaceJobSubmitted, error) {
	return m.binding.UnpackJobSubmittedEvent(l)
}

// JobSpec returns the spec document of a job (from its JobSpec event) and its URI.
func (m *Market) JobSpec(ctx context.Context, id uint64, from uint64) ([]byte, string, error) {
	topic := common.BigToHash(new(big.Int).SetUint64(id))
	logs, err := m.Logs(ctx, "JobSpec", from, &topic)
	if err != nil {
		return nil, "", err
	}
	if len(logs) == 0 {
		return nil, "", fmt.Errorf("chain: job %d has no JobSpec event after block %d", id, from)
	}
	ev, err := m.binding.UnpackJobSpecEvent(&logs[0])
	if err != nil {
		return nil, "", fmt.Errorf("chain: decoding JobSpec of job %d: %w", id, err)
	}
	return ev.Spec, ev.SpecURI, nil
}

// Declines returns why participants declined job id, by participant.
func (m *Market) Declines(ctx context.Context, id uint64, from uint64) (map[common.Address]string, error) {
	topic := common.BigToHash(new(big.Int).SetUint64(id))
	logs, err := m.Logs(ctx, "JobDeclined", from, &topic)
	if err != nil {
		return nil, err
	}
	out := map[common.Address]string{}
	for i := range logs {
		ev, err := m.binding.UnpackJobDeclinedEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		out[ev.Participant] = ev.Reason
	}
	return out, nil
}

// BuyerJobs lists the ids of the jobs `buyer` submitted.
func (m *Market) BuyerJobs(ctx context.Context, buyer common.Address, from uint64) ([]uint64, error) {
	ev := marketABI.Events["JobSubmitted"]
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{m.addr},
		Topics: [][]common.Hash{{ev.ID}, nil, {common.BytesToHash(buyer[:])}}}
	logs, err := m.filterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("chain: reading JobSubmitted events: %w", err)
	}
	ids := make([]uint64, len(logs))
	for i, l := range logs {
		ids[i] = new(big.Int).SetBytes(l.Topics[1][:]).Uint64()
	}
	return ids, nil
}
