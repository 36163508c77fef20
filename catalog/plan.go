package catalog

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/internal/display"
	"github.com/veil-market/veil/spec"
)

// Plan is how a job runs, as its engine plans it from the spec published
// on-chain and the datasets' public metadata: what every participant computes
// before taking part. Noise lists the figures that set the noise (scales,
// standard deviations, sensitivities); Detail is the whole plan, flattened.
type Plan struct {
	Engine  string     `json:"engine"`
	Rounds  int        `json:"rounds"`
	Epsilon float64    `json:"epsilon"`
	Noise   []PlanItem `json:"noise"`
	Detail  []PlanItem `json:"detail"`
	Error   string     `json:"error,omitempty"` // why there is no plan (escaped)
}

// PlanItem is one figure of a plan: a dotted path and its value.
type PlanItem struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// maxPlanItems bounds what a plan shows (an he plan lists every column).
const maxPlanItems = 400

// plans computes the plan of every job whose spec and datasets are known.
func (x *Index) plans() error {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, j := range x.jobs {
		if j.plan != nil || j.terms == nil {
			continue
		}
		metas, ready := x.metadata(j)
		if !ready {
			continue
		}
		j.plan = planOf(j.spec, j.specURI, metas)
	}
	return nil
}

// metadata lists a job's datasets' metadata; not ready while a dataset is
// unknown (its events not read yet).
func (x *Index) metadata(j *jobEntry) ([]*dataset.Metadata, bool) {
	metas := make([]*dataset.Metadata, len(j.datasets))
	for i, id := range j.datasets {
		d := x.datasets[id]
		if d == nil {
			return nil, false
		}
		metas[i], _ = dataset.DecodeMetadata(d.listing.Metadata)
	}
	return metas, true
}

func planOf(raw []byte, uri string, metas []*dataset.Metadata) *Plan {
	if len(raw) == 0 {
		return &Plan{Error: display.Line(fmt.Sprintf("the spec is not on-chain (only at %q)", uri), 0)}
	}
	s, err := spec.Parse(raw)
	if err != nil {
		return &Plan{Error: display.Line(err.Error(), 0)}
	}
	p := &Plan{Engine: display.Line(s.Engine, 0)}
	for i, m := range metas {
		if m == nil {
			p.Error = fmt.Sprintf("dataset %d has no usable metadata", s.Datasets[i])
			return p
		}
	}
	e, err := engine.Get(s.Engine)
	if err != nil {
		p.Error = display.Line(err.Error(), 0)
		return p
	}
	ep, err := e.Plan(s, metas)
	if err != nil {
		p.Error = display.Line(err.Error(), 0)
		return p
	}
	p.Rounds, p.Epsilon = ep.Rounds, ep.Epsilon
	p.Detail = flatten(ep.Detail)
	for _, it := range p.Detail {
		if isNoise(it.Name) {
			p.Noise = append(p.Noise, it)
		}
	}
	return p
}

// isNoise says whether a plan figure sets the noise.
func isNoise(name string) bool {
	last := strings.ToLower(name[strings.LastIndexAny(name, ".]")+1:])
	for _, w := range []string{"sigma", "noise", "std", "scale", "sensitivity"} {
		if strings.Contains(last, w) {
			return true
		}
	}
	return false
}

// flatten turns an engine's plan detail into path = value items, through
// its JSON form (every engine's detail is JSON: the buyer sees it so).
func flatten(detail any) []PlanItem {
	b, err := json.Marshal(detail)
	if err != nil {
		return []PlanItem{{Name: "detail", Value: "not shown: " + display.Line(err.Error(), 0)}}
	}
	var v any
	if json.Unmarshal(b, &v) != nil {
		return nil
	}
	var out []PlanItem
	walk("", v, &out)
	return out
}

func walk(path string, v any, out *[]PlanItem) {
	if len(*out) >= maxPlanItems {
		return
	}
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(join(path, k), t[k], out)
		}
	case []any:
		for i, e := range t {
			walk(path+"["+strconv.Itoa(i)+"]", e, out)
		}
	case nil:
	default:
		s, _ := json.Marshal(t)
		*out = append(*out, PlanItem{Name: display.Line(path, 0), Value: display.Line(strings.Trim(string(s), `"`), 0)})
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
