package suffstat

import (
	"encoding/json"
	"math"
	"strings"

	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/internal/testfixture"
)

var seeded = testfixture.Seeded

func dpSampler(seed uint64) *dp.Sampler { return dp.NewSampler(seeded(seed)) }

func errorContains(err error, s string) bool { return err != nil && strings.Contains(err.Error(), s) }

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }

// validSpecs are well-formed tasks over diabetes.csv.
var validSpecs = []string{
	`{"type":"stats","columns":["bmi","bp","s1"],"stats":["count","sum","mean","var","std","cov","corr","hist"],"bins":{"bmi":[10,20,30,50]}}`,
	`{"type":"stats","columns":["age"],"stats":["mean"],"bounds":{"age":[20,80]}}`,
	`{"type":"linreg","label":"progression","features":["bmi","bp","s5"]}`,
	`{"type":"linreg","label":"progression","features":["age","sex"],"ridge":5}`,
}

func nanValue() float64 { return math.NaN() }

// tester is what the helpers need from *testing.T, *testing.F, *testing.B
// and *rapid.T.
type tester interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Errorf(format string, args ...any)
}
