package catalog

import (
	"encoding/json"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/display"
	"github.com/veil-market/veil/spec"
)

// Status is how far the index has read.
type Status struct {
	Marketplace string `json:"marketplace"`
	Block       uint64 `json:"block"` // newest block read
	Time        string `json:"time"`  // its timestamp
	Synced      bool   `json:"synced"`
	Error       string `json:"error,omitempty"` // the last round's, if it failed
}

// JobSummary is a line of a job list.
type JobSummary struct {
	ID        uint64   `json:"id"`
	State     string   `json:"state"`
	Engine    string   `json:"engine"`
	Epsilon   float64  `json:"epsilon"`
	Delta     float64  `json:"delta"`
	Buyer     string   `json:"buyer"`
	Datasets  []uint64 `json:"datasets"`
	Submitted string   `json:"submitted"`
}

// DatasetRecord is a dataset's page: its view, the jobs that named it and
// its history.
type DatasetRecord struct {
	Dataset
	Jobs    []JobSummary `json:"jobs"`
	History []Event      `json:"history"`
}

// JobRecord is a job's page: its view, spec, plan, timeline and payments.
type JobRecord struct {
	*Job
	Submitted string          `json:"submitted"`
	SpecURI   string          `json:"spec_uri,omitempty"`
	Spec      json.RawMessage `json:"spec,omitempty"` // the spec published on-chain, when it parses
	Plan      *Plan           `json:"plan,omitempty"`
	Timeline  []Event         `json:"timeline"`
	Payments  []Payment       `json:"payments"`
}

// NodeRecord is a node's page: its registry entry, the datasets it owns, the
// jobs it takes part in and its history.
type NodeRecord struct {
	Node
	Datasets []Dataset    `json:"datasets"`
	Jobs     []JobSummary `json:"jobs"`
	History  []Event      `json:"history"`
}

// Status says how far the index has read.
func (x *Index) Status() Status {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return Status{Marketplace: x.market.Address().Hex(), Block: x.head, Time: Time(x.headTime), Synced: x.synced, Error: x.lastErr}
}

// Datasets lists the catalog entries q matches, by id, as `veil dataset
// list` prints them (without their columns).
func (x *Index) Datasets(q Query) []Dataset {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := []Dataset{}
	for _, id := range x.datasetIDs() {
		if v := x.datasets[id].view; q.Match(&v) {
			v.Columns = nil
			out = append(out, v)
		}
	}
	return out
}

func (x *Index) datasetIDs() []uint64 {
	ids := make([]uint64, 0, len(x.datasets))
	for id := range x.datasets {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

// Dataset is dataset id's page.
func (x *Index) Dataset(id uint64) (*DatasetRecord, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	d := x.datasets[id]
	if d == nil {
		return nil, false
	}
	return &DatasetRecord{Dataset: d.view, Jobs: x.summaries(d.jobs), History: append([]Event{}, d.history...)}, true
}

// Jobs lists every job, newest first.
func (x *Index) Jobs() []JobSummary {
	x.mu.RLock()
	defer x.mu.RUnlock()
	ids := make([]uint64, 0, len(x.jobs))
	for id := range x.jobs {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] > ids[j] })
	return x.summaries(ids)
}

func (x *Index) summaries(ids []uint64) []JobSummary {
	out := []JobSummary{}
	for _, id := range ids {
		j := x.jobs[id]
		s := JobSummary{ID: id, State: "unknown", Buyer: j.buyer.Hex(), Datasets: j.datasets, Submitted: j.submitted.Time}
		if j.job != nil {
			s.State, s.Engine = chain.JobStateName(j.job.State), chain.EngineName(j.job.Engine)
			s.Epsilon, s.Delta = chain.MicroToEpsilon(j.job.Epsilon), chain.FixedToDelta(j.job.Delta)
		}
		out = append(out, s)
	}
	return out
}

// Job is job id's page; false while the job is unknown or not read yet.
func (x *Index) Job(id uint64) (*JobRecord, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	j := x.jobs[id]
	if j == nil || j.job == nil {
		return nil, false
	}
	r := &JobRecord{Job: NewJob(j.job, j.declines, x.headTime), Submitted: j.submitted.Time, Plan: j.plan,
		Timeline: append([]Event{}, j.timeline...), Payments: append([]Payment{}, j.payments...)}
	if j.specURI != "" {
		r.SpecURI = display.Line(j.specURI, 0)
	}
	if _, err := spec.Parse(j.spec); err == nil {
		r.Spec = json.RawMessage(j.spec)
	}
	for i := range r.Participants {
		p := &r.Participants[i]
		c, ok := j.confirms[common.HexToAddress(p.Address)]
		if !ok || p.Role != "owner" {
			continue
		}
		rounds := c.rounds
		p.Receipts, p.Paid, p.Before = &rounds, chain.FormatCoins(orZero(c.amount)), c.before
		if c.commitment != [32]byte{} {
			p.Commitment = common.Hash(c.commitment).Hex()
		}
	}
	return r, true
}

// Nodes lists every node the index has seen, registered or not, by address.
func (x *Index) Nodes() []Node {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := []Node{}
	for _, n := range x.nodes {
		out = append(out, n.view)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address < out[j].Address })
	return out
}

// Node is addr's page; false for an address no event named.
func (x *Index) Node(addr common.Address) (*NodeRecord, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	n := x.nodes[addr]
	if n == nil {
		return nil, false
	}
	r := &NodeRecord{Node: n.view, Datasets: []Dataset{}, Jobs: x.summaries(n.jobs), History: append([]Event{}, n.history...)}
	for _, id := range n.datasets {
		v := x.datasets[id].view
		v.Columns = nil
		r.Datasets = append(r.Datasets, v)
	}
	return r, true
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
