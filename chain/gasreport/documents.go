package gasreport

import (
	"encoding/json"
	"fmt"
	"strings"
)

// breastCancerColumns is the schema of the project's breast cancer test data:
// 30 features and the label.
var breastCancerColumns = func() []string {
	var cols []string
	for _, stat := range []string{"mean", "se", "worst"} {
		for _, f := range []string{"radius", "texture", "perimeter", "area", "smoothness", "compactness",
			"concavity", "concave_points", "symmetry", "fractal_dimension"} {
			cols = append(cols, stat+"_"+f)
		}
	}
	return append(cols, "benign")
}()

// metadataDocument is a dataset's public metadata as an owner publishes it:
// title, description, row count, schema and declared bounds, about 2 KB.
func metadataDocument() []byte {
	type column struct {
		Name   string     `json:"name"`
		Type   string     `json:"type"`
		Bounds [2]float64 `json:"bounds"`
	}
	doc := struct {
		Title       string   `json:"title"`
		Description string   `json:"description"`
		Rows        int      `json:"rows"`
		Label       string   `json:"label"`
		Columns     []column `json:"columns"`
	}{
		Title:       "Breast cancer diagnostic (Wisconsin)",
		Description: "Cell nucleus features computed from digitized images of fine needle aspirates.",
		Rows:        569,
		Label:       "benign",
	}
	for i, name := range breastCancerColumns {
		doc.Columns = append(doc.Columns, column{Name: name, Type: "float", Bounds: [2]float64{0, float64(10 * (i + 1))}})
	}
	out, err := json.Marshal(doc)
	if err != nil {
		panic("gasreport: metadata document does not marshal: " + err.Error())
	}
	return out
}

// jobSpec is a job specification as `veil job submit` sends it inline, with the
// buyer's public keys added: about 1 KB.
func jobSpec(datasets []uint64, compute []string) []byte {
	ids := make([]string, len(datasets))
	for i, d := range datasets {
		ids[i] = fmt.Sprint(d)
	}
	return []byte(fmt.Sprintf(`{"engine":"fl","datasets":[%s],`+
		`"task":{"type":"train","model":"logistic","label":"benign","rounds":30,"learning_rate":0.1,"batch":64},`+
		`"privacy":{"epsilon":2.0,"delta":1e-5,"dropouts":1,"colluders":1},`+
		`"compute":["%s"],"pay":"2.1",`+
		`"buyer":{"age":"age1%s","ckks":"%s"}}`,
		strings.Join(ids, ","), strings.Join(compute, `","`),
		strings.Repeat("q", 58), strings.Repeat("A", 560)))
}
