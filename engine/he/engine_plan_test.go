package he

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/spec"
)

func intPtr(v int) *int { return &v }

// TestEnginePlanRefusals: specs the contract accepts but the engine cannot
// run are refused, naming the field.
func TestEnginePlanRefusals(t *testing.T) {
	_, meta := loadDataset(t, "diabetes")
	task := json.RawMessage(statsTask)
	cases := []struct {
		name  string
		edit  func(s *spec.Spec)
		metas int
		field string
	}{
		{"delta zero", func(s *spec.Spec) { s.Privacy.Delta = 0 }, 3, `"privacy.delta"`},
		{"no honest owner", func(s *spec.Spec) { s.Privacy.Colluders = intPtr(3) }, 3, `"privacy.colluders"`},
		{"dropouts and colluders", func(s *spec.Spec) { s.Privacy.Dropouts, s.Privacy.Colluders = 1, intPtr(2) }, 3, `"privacy.colluders"`},
		{"too many datasets", func(s *spec.Spec) {}, maxJobOwners + 1, `"datasets"`},
		{"secure aggregation cannot run", func(s *spec.Spec) { s.Privacy.Dropouts = 1 }, 3, `"privacy.dropouts"`},
		{"unknown column", func(s *spec.Spec) { s.Task = json.RawMessage(`{"type":"stats","columns":["nope"],"stats":["mean"]}`) }, 3, `"nope"`},
		{"unknown statistic", func(s *spec.Spec) { s.Task = json.RawMessage(`{"type":"stats","columns":["bmi"],"stats":["median"]}`) }, 3, `"stats"`},
		{"epsilon beyond the fixed-point grid", func(s *spec.Spec) { s.Privacy.Epsilon = 1e22 }, 3, "epsilon"},
		{"buyer key for other parameters", func(s *spec.Spec) {
			s.Buyer = &spec.Buyer{Keys: map[string]spec.KeyRef{Name: {URI: "x", SHA256: strings.Repeat("0", 64), Params: "veil-he-ckks-insecure-n10-v1"}}}
		}, 3, `"buyer.keys.he.params"`},
		{"buyer key digest not hex", func(s *spec.Spec) {
			s.Buyer = &spec.Buyer{Keys: map[string]spec.KeyRef{Name: {URI: "x", SHA256: "xyz", Params: mhe.DefaultParams().Name()}}}
		}, 3, `"buyer.keys.he.sha256"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := &spec.Spec{Engine: "he", Task: task, Privacy: spec.Privacy{Epsilon: 1, Delta: 1e-6}}
			for i := range tc.metas {
				s.Datasets = append(s.Datasets, uint64(i+1))
			}
			tc.edit(s)
			_, err := Engine{}.Plan(s, repeatMeta(meta, tc.metas))
			if err == nil || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("error %v, want one naming %s", err, tc.field)
			}
		})
	}
}

// TestEnginePlanSizes pins the plan's message size and detail to the
// sizes of docs/he-parameters.md (N = 2^14): the largest message is the
// buyer's key, whatever the number of owners; the masked input and the
// opening (737,280 bytes of 60-bit residues, plus framing and 72 bytes per
// owner in the opening) come next.
func TestEnginePlanSizes(t *testing.T) {
	_, meta := loadDataset(t, "diabetes")
	for _, n := range []int{2, 3, 30, 100, maxJobOwners} {
		s := &spec.Spec{Engine: "he", Task: json.RawMessage(statsTask), Privacy: spec.Privacy{Epsilon: 1, Delta: 1e-6, Colluders: intPtr(0)}}
		for i := range n {
			s.Datasets = append(s.Datasets, uint64(i+1))
		}
		p, err := Engine{}.Plan(s, repeatMeta(meta, n))
		if err != nil {
			t.Fatal(err)
		}
		detail := p.Detail.(PlanDetail)
		opening := 49 + 737_280 + 2*(4+36*n)
		if p.MaxMessage != 1+1_048_617 || p.Rounds != 1 || p.Epsilon != 1 || opening >= 1_048_617 {
			t.Errorf("n=%d: max message %d, rounds %d, ε %g; want %d, 1, 1 (opening %d)", n, p.MaxMessage, p.Rounds, p.Epsilon, 1+1_048_617, opening)
		}
		if p.RoundTimeout < 2*time.Minute || p.RoundTimeout > maxTimeout {
			t.Errorf("n=%d: round timeout %v", n, p.RoundTimeout)
		}
		if detail.Ciphertexts != 1 || detail.Params != "veil-he-ckks-n14-v1" || len(detail.Columns) != 4 || len(detail.Mechanism) != 3 {
			t.Errorf("n=%d: detail %+v", n, detail)
		}
	}
}

// TestPrepareBuyerReusesKeys: the buyer's key pair is made once per
// parameter set and uploaded with every job; the spec names it.
func TestPrepareBuyerReusesKeys(t *testing.T) {
	eng := testEngine(t, 10)
	m := diabetesMarket(t, eng, 1, 30)
	var refs []spec.KeyRef
	for range 2 {
		s := &spec.Spec{Buyer: &spec.Buyer{}}
		if err := eng.PrepareBuyer(context.Background(), s, m.buyerEnv()); err != nil {
			t.Fatal(err)
		}
		k, _ := s.Buyer.Key(Name)
		refs = append(refs, k)
	}
	if refs[0] != refs[1] || refs[0].Params != eng.hp().Name() || len(m.blobs) != 1 {
		t.Fatalf("key refs %+v and %+v, %d distinct uploads", refs[0], refs[1], len(m.blobs))
	}
	if err := eng.PrepareBuyer(context.Background(), &spec.Spec{}, m.buyerEnv()); err == nil {
		t.Fatal("PrepareBuyer accepted a spec without a buyer section")
	}
}

// TestFinalizeRefuses: a payload that is not this buyer's, or whose counts
// disagree with the contributors' public metadata, is refused.
func TestFinalizeRefuses(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 31)
	job := m.job(statsTask, jobPrivacy, 0, 1, 2)
	o := m.run(job, all(3), nil)
	checkSame(t, o)
	good, err := decodeResultPayload(o.result.Payload)
	if err != nil {
		t.Fatal(err)
	}
	lying := *job.Owners[0].Metadata
	lying.Rows++
	cases := []struct {
		name    string
		payload []byte
		edit    func(job *engine.Job)
		env     func() *memKV
		want    string
	}{
		{"another buyer's store", o.result.Payload, nil, newMemKV, "does not hold"},
		{"contributor missing from the list", resultPayload{contributors: good.contributors[:2], output: good.output}.encode(), nil, nil, "rows from"},
		{"contributor not in the job", resultPayload{contributors: append([]string{"0x0000"}, good.contributors[1:]...), output: good.output}.encode(), nil, nil, "not an accepted owner"},
		{"metadata row count differs", o.result.Payload, func(j *engine.Job) { j.Owners[0].Metadata = &lying }, nil, "rows from"},
		{"truncated output", o.result.Payload[:len(o.result.Payload)-8], nil, nil, "malformed"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			j := copyJob(job)
			if tc.edit != nil {
				tc.edit(j)
			}
			env := m.buyerEnv()
			if tc.env != nil {
				env.Secrets = tc.env()
			}
			_, err := m.eng.Finalize(context.Background(), j, tc.payload, env)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestOwnerStateIsSecret: what an owner keeps (its payload, the mark that
// it sent its input) goes to the node's secrets store (sealed to the home's
// identity, home.Vault), never to its plain store.
func TestOwnerStateIsSecret(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 32)
	job := m.job(statsTask, jobPrivacy, 0, 1, 2)
	plain, secrets := []*memKV{newMemKV(), newMemKV(), newMemKV()}, []*memKV{newMemKV(), newMemKV(), newMemKV()}
	out, err := enginetest.Drive(t.Context(), enginetest.Job{Engine: m.eng, Net: enginetest.NewMemNet(), Tables: m.tables,
		View: func(enginetest.Who) (*engine.Job, error) { return job, nil },
		Env: func(w enginetest.Who) engine.Env {
			if w.Owner < 0 {
				return m.aggregatorEnv()
			}
			return engine.Env{Store: plain[w.Owner], Secrets: secrets[w.Owner], Rand: seeded(uint64(w.Owner)), NodeKey: m.keys[w.Owner]}
		}})
	if err != nil || out.LeadErr != nil {
		t.Fatal(err, out.LeadErr)
	}
	for i := range 3 {
		if len(plain[i].m) != 0 {
			t.Errorf("owner %d kept %d values in its plain store", i, len(plain[i].m))
		}
		if len(secrets[i].m) == 0 {
			t.Errorf("owner %d kept nothing in its secrets store", i)
		}
	}
	if _, err := m.eng.NewOwner(job, 0, m.tables[0], engine.Env{Store: plain[0], Rand: seeded(3), NodeKey: m.keys[0]}); err == nil {
		t.Error("an owner ran without a secrets store")
	}
}

func copyJob(job *engine.Job) *engine.Job {
	j := *job
	j.Owners = slices.Clone(job.Owners)
	return &j
}
