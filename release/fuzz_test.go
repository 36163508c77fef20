package release

import (
	"errors"
	"testing"
)

// FuzzDecode: no plan document panics Decode or NewSchedule, and every
// accepted plan yields a schedule within the job's budget.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"releases":[{"name":"g","mechanism":"vector","function":"grad","dim":3,"clip":1,"epsilon":0.1,"repeat":10}]}`))
	f.Add([]byte(`{"releases":[{"name":"h","mechanism":"histogram","function":"f","epsilon":0.5,"edges":[0,1,2]},{"name":"s","mechanism":"sum","function":"f","epsilon":0.2,"bounds":[-1,1]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Decode(b)
		if err != nil {
			if !errors.Is(err, ErrPlan) {
				t.Fatalf("error not wrapping ErrPlan: %v", err)
			}
			return
		}
		s, err := NewSchedule(p, 1, 1*(1-0x1p-40), 1e-5, 100)
		if err != nil {
			return
		}
		if s.Spent > s.Rho*(1+1e-12) || len(s.Steps) == 0 {
			t.Fatalf("accepted schedule spends ρ %v of %v", s.Spent, s.Rho)
		}
	})
}
