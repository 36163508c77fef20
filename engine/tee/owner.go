package tee

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
)

// NewOwner implements engine.Engine.
func (e Engine) NewOwner(job *engine.Job, self int, data *dataset.Table, env engine.Env) (engine.OwnerRun, error) {
	t, err := e.plan(job.Spec, metas(job))
	if err != nil {
		return nil, err
	}
	sel, err := data.Select(t.task.Columns)
	if err != nil {
		return nil, fmt.Errorf("tee: %w", err)
	}
	return &owner{checker: checker{policy: e.policy(env.ChainID), job: job}, self: self, rows: sel.Rows, cols: len(t.task.Columns),
		max: job.Plan.MaxMessage}, nil
}

func metas(job *engine.Job) []*dataset.Metadata {
	out := make([]*dataset.Metadata, len(job.Owners))
	for i, o := range job.Owners {
		out[i] = o.Metadata
	}
	return out
}

// checker is the owner's engine.Verifier: the lead must attest.
type checker struct {
	policy *attest.Policy
	job    *engine.Job
}

// Verify implements engine.Verifier: only the lead is checked (no other
// compute node takes part).
func (c checker) Verify(_ context.Context, ch engine.Challenge, evidence []byte) error {
	if len(c.job.Compute) == 0 || ch.Prover != c.job.Compute[0].Address {
		return nil
	}
	ev, err := attest.DecodeEvidence(evidence)
	if err != nil {
		return err
	}
	_, err = c.policy.CheckReportData(ev, func(k []byte) [64]byte { return ch.ReportData(k) })
	return err
}

type owner struct {
	checker
	self    int
	rows    [][]float64
	cols    int
	max     uint64
	payload []byte
}

// Round seals the owner's rows to the attested enclave key, sends them to
// the lead, and takes the result bundle, whose report it checks itself.
func (o *owner) Round(ctx context.Context, r uint32, _ []byte, link engine.Link) error {
	ev, err := link.Evidence(ctx)
	if err != nil || len(ev) == 0 {
		return fmt.Errorf("tee: no checked attestation of the lead: %w", err)
	}
	e, err := attest.DecodeEvidence(ev)
	if err != nil {
		return err
	}
	sealed, err := attest.SealTo(e.EnclaveKey, rowsInfo(o.job.ID, o.self), encodeRows(o.rows, o.cols))
	if err != nil {
		return err
	}
	if err := link.Send(ctx, "rows", sealed); err != nil {
		return err
	}
	b, err := link.Recv(ctx, "bundle", int(o.max))
	if err != nil {
		return err
	}
	if _, _, _, err := checkBundle(o.policy, o.job, b); err != nil {
		return err
	}
	o.payload = b
	return nil
}

// Payload is the bundle the owner checked: it confirms its hash.
func (o *owner) Payload(context.Context) ([]byte, error) {
	if o.payload == nil {
		return nil, errors.New("tee: no result")
	}
	return o.payload, nil
}

func rowsInfo(job uint64, owner int) []byte {
	info := binary.BigEndian.AppendUint64([]byte("veil tee rows v1\x00"), job)
	return binary.BigEndian.AppendUint32(info, uint32(owner))
}

// encodeRows is (rows u32, cols u32, rows·cols float64).
func encodeRows(rows [][]float64, cols int) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(len(rows)))
	b = binary.BigEndian.AppendUint32(b, uint32(cols))
	for _, r := range rows {
		for _, v := range r {
			b = binary.BigEndian.AppendUint64(b, math.Float64bits(v))
		}
	}
	return b
}

// decodeRows reads encodeRows' output: exactly want rows of cols numbers.
func decodeRows(b []byte, want, cols int) ([][]float64, error) {
	if len(b) < 8 || int(binary.BigEndian.Uint32(b)) != want || int(binary.BigEndian.Uint32(b[4:])) != cols ||
		len(b) != 8+8*want*cols {
		return nil, fmt.Errorf("tee: rows message of %d bytes is not %d rows of %d columns", len(b), want, cols)
	}
	rows := make([][]float64, want)
	for i := range rows {
		rows[i] = make([]float64, cols)
		for j := range rows[i] {
			rows[i][j] = math.Float64frombits(binary.BigEndian.Uint64(b[8+8*(i*cols+j):]))
		}
	}
	return rows, nil
}
