package he

import (
	"strings"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/internal/testfixture"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/suffstat"
)

// The helpers shared with suffstat's and mhe's tests (internal/testfixture).
var (
	seeded         = testfixture.Seeded
	split          = testfixture.Split
	repeatMeta     = testfixture.Repeat[*dataset.Metadata]
	declaredBounds = testfixture.DeclaredBounds
	sumVectors     = testfixture.SumVectors
)

// loadDataset reads the repository's testdata/NAME.csv and its declared bounds.
func loadDataset(t tester, name string) (*dataset.Table, *dataset.Metadata) {
	t.Helper()
	return testfixture.Dataset(t, name)
}

func dpSampler(seed uint64) *dp.Sampler { return dp.NewSampler(seeded(seed)) }

func errorContains(err error, s string) bool { return err != nil && strings.Contains(err.Error(), s) }

// testParams is the fast (insecure) parameter set of the default suite.
func testParams(t tester) mhe.Params {
	t.Helper()
	p, err := mhe.InsecureTestParams(10)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// validSpecs are well-formed tasks over diabetes.csv.
var validSpecs = []string{
	`{"type":"stats","columns":["bmi","bp","s1"],"stats":["count","sum","mean","var","std","cov","corr","hist"],"bins":{"bmi":[10,20,30,50]}}`,
	`{"type":"stats","columns":["age"],"stats":["mean"],"bounds":{"age":[20,80]}}`,
	`{"type":"linreg","label":"progression","features":["bmi","bp","s5"]}`,
	`{"type":"linreg","label":"progression","features":["age","sex"],"ridge":5}`,
}

var defaultPrivacy = suffstat.Terms{Epsilon: 1, Delta: 1e-5, Owners: 3}

// tester is what the helpers need from *testing.T, *testing.F, *testing.B
// and *rapid.T.
type tester interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Errorf(format string, args ...any)
}
