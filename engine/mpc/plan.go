package mpc

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine/mpc/stats"
	"github.com/veil-market/veil/prio"
	"github.com/veil-market/veil/psi"
	"github.com/veil-market/veil/spec"
)

// jobPlan is the engine's plan of one job, the same at every party.
type jobPlan struct {
	task  *Task
	rows  []int
	stats *stats.Plan // stats jobs
	rel   psi.Release // psi jobs
}

// newJobPlan validates a spec against the datasets' metadata: the task,
// exactly two compute nodes of which neither is the buyer, δ > 0, and a
// calibration that fits.
func newJobPlan(s *spec.Spec, metas []*dataset.Metadata) (*jobPlan, error) {
	if err := checkCompute(s); err != nil {
		return nil, err
	}
	t, err := ParseTask(s.Task)
	if err != nil {
		return nil, err
	}
	if len(metas) != len(s.Datasets) {
		return nil, fmt.Errorf("mpc: %d metadata documents for %d datasets", len(metas), len(s.Datasets))
	}
	if !(s.Privacy.Delta > 0) {
		return nil, fmt.Errorf(`mpc: field "privacy.delta" must be > 0: the noise is Gaussian`)
	}
	p := &jobPlan{task: t}
	for _, m := range metas {
		p.rows = append(p.rows, m.Rows)
	}
	eps, delta := s.Privacy.CalibrationTarget()
	if t.Type == TypePSI {
		return p, p.planPSI(metas, eps, delta)
	}
	cols, err := t.statsColumns(metas)
	if err != nil {
		return nil, err
	}
	if p.stats, err = stats.NewPlan(cols, t.Stats, p.rows, eps, delta); err != nil {
		return nil, fmt.Errorf("mpc: %w", err)
	}
	return p, nil
}

func (p *jobPlan) planPSI(metas []*dataset.Metadata, eps, delta float64) error {
	if len(metas) < 2 {
		return fmt.Errorf(`mpc: field "datasets": a psi task intersects at least 2 datasets, got %d`, len(metas))
	}
	if err := p.task.idColumn(metas); err != nil {
		return err
	}
	for i, r := range p.rows {
		if r > psiMaxRows {
			return fmt.Errorf("mpc: dataset %d has %d rows; a psi task takes at most %d per dataset", i+1, r, psiMaxRows)
		}
	}
	var err error
	p.rel, err = psi.NewRelease(eps, delta)
	return err
}

// psiMaxRows bounds one owner's identifiers (its request is 32 bytes each).
const psiMaxRows = 1 << 22

// checkCompute refuses a spec whose compute nodes are not exactly two
// distinct addresses, or include the buyer: an operator cannot be both
// nodes under one address, nor the buyer one of them (docs/mpc.md: sybils
// under two addresses are beyond what the chain can see).
func checkCompute(s *spec.Spec) error {
	if len(s.Compute) != 2 {
		return fmt.Errorf(`mpc: field "compute" must name exactly 2 compute nodes (the lead and the helper), got %d`, len(s.Compute))
	}
	a, b := common.HexToAddress(s.Compute[0]), common.HexToAddress(s.Compute[1])
	if a == b {
		return fmt.Errorf(`mpc: field "compute": both compute nodes are %s; they must be two operators`, a.Hex())
	}
	if s.Buyer != nil && s.Buyer.AgeRecipient != "" && !common.IsHexAddress(s.Buyer.Address) {
		// A submitted spec (it carries the buyer's keys) must name its buyer:
		// the nodes check it against the chain's and refuse a buyer among the
		// compute nodes.
		return fmt.Errorf(`mpc: field "buyer.address" is missing: the nodes could not tell whether the buyer runs a compute node`)
	}
	if s.Buyer != nil && common.IsHexAddress(s.Buyer.Address) {
		buyer := common.HexToAddress(s.Buyer.Address)
		if buyer == a || buyer == b {
			return fmt.Errorf(`mpc: field "compute": %s is the buyer; a buyer that runs a compute node sees one share of every input, so it may not be one`, buyer.Hex())
		}
	}
	return nil
}

// identifiers turns an identifier column into the bytes the OPRF takes: the
// canonical decimal form of each integral value below 2^53 in magnitude;
// any other value (fractional, huge, not a number) counts as missing
// (padding), a public rule.
func identifiers(values []float64) [][]byte {
	out := make([][]byte, len(values))
	for i, v := range values {
		if v == math.Trunc(v) && math.Abs(v) < 1<<53 {
			out[i] = []byte(strconv.FormatInt(int64(v), 10))
		}
	}
	return out
}

// columnsOf is the dataset columns a job's owner must load.
func (p *jobPlan) columnsOf() []string {
	if p.task.Type == TypePSI {
		return []string{p.task.ID}
	}
	return p.task.Columns
}

// Detail is the plan shown to the buyer.
type Detail struct {
	Task    string        `json:"task"`
	Roles   []string      `json:"compute_roles"`
	Noise   []stats.Group `json:"noise,omitempty"` // stats: each compute node's σ per group
	PSI     *psi.Release  `json:"psi,omitempty"`   // psi: each node's σ and the dummies' offset μ
	Owners  int           `json:"owners"`
	Message int           `json:"max_message_bytes"`
}

func (p *jobPlan) detail() Detail {
	d := Detail{Task: p.task.Type, Owners: len(p.rows), Message: p.maxMessage()}
	if p.task.Type == TypePSI {
		d.Roles = []string{"lead: OPRF key share, ElGamal key, counts and releases", "helper: OPRF key share, adds the dummies and shuffles"}
		rel := p.rel
		d.PSI = &rel
		return d
	}
	d.Roles = []string{"lead: Prio3 leader, noisy aggregate share", "helper: Prio3 helper, noisy aggregate share"}
	d.Noise = p.stats.Groups()
	return d
}

// maxMessage is the largest message of the job, any direction.
func (p *jobPlan) maxMessage() int {
	n, rmax, sum := len(p.rows), 0, 0
	for _, r := range p.rows {
		rmax, sum = max(rmax, r), sum+r
	}
	release := 2 + maxCommitment + 64<<10
	if p.task.Type == TypePSI {
		mixed := 2 + 2*n + 12*n + 2*psi.ElementSize*(sum+2*n*int(p.rel.Mu))
		return max(release, mixed, 8+2*psi.ElementSize*rmax+64*(rmax/4096+1))
	}
	s, err := prio.NewScheme(nil, p.stats.Blocks())
	if err != nil {
		return release
	}
	return max(release+s.AggregateShareSize(), s.SubmissionSize(prio.Leader), s.PrepMessageSize(n), s.OpeningsSize(n))
}

// timeout is each step's deadline: 2 minutes, the largest message at
// 10 MiB/s, and the work of the slowest step (PSI: a few scalar
// multiplications per identifier, about 4 ms on a loaded 2-core machine),
// at most an hour.
func (p *jobPlan) timeout() time.Duration {
	d := 2*time.Minute + time.Duration(p.maxMessage()/(10<<20))*time.Second
	if p.task.Type == TypePSI {
		sum := 0
		for _, r := range p.rows {
			sum += r
		}
		d += time.Duration(sum) * 4 * time.Millisecond
	} else {
		d += time.Duration(len(p.rows)) * 10 * time.Millisecond
	}
	return min(d, time.Hour)
}
