package suffstat

import (
	"testing"

	"github.com/veil-market/veil/dataset"
	"pgregory.net/rapid"
)

// Property: how the rows are spread over owners does not change the summed
// statistics (noise aside).
func TestPropertyContributionsAreAdditive(t *testing.T) {
	tab, meta := loadDataset(t, "diabetes")
	whole := func(plan *Layout) []float64 {
		return contributions(t, withoutNoise(plan), []*dataset.Table{tab}, 0)[0]
	}
	plans := map[string][]float64{}
	planFor := map[string]*Layout{}
	for _, s := range validSpecs {
		plan, err := NewLayout([]byte(s), repeatMeta(meta, 4), Terms{Epsilon: 1, Delta: 1e-5, Owners: 4})
		if err != nil {
			t.Fatal(err)
		}
		plans[s], planFor[s] = whole(plan), plan
	}
	rapid.Check(t, func(rt *rapid.T) {
		spec := rapid.SampledFrom(validSpecs).Draw(rt, "spec")
		owners := rapid.IntRange(1, 4).Draw(rt, "owners")
		parts := split(tab, owners, rapid.Uint64().Draw(rt, "seed"))
		got := sumVectors(contributions(rt, withoutNoise(planFor[spec]), parts, 0))
		want := plans[spec]
		got[slotOwners] = 1 // the whole table came from one owner
		for i := range want {
			if !closeTo(got[i], want[i], 1e-9) {
				rt.Fatalf("slot %d: %v split over %d owners, %v whole", i, got[i], owners, want[i])
			}
		}
	})
}
