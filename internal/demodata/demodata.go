// Package demodata embeds the public datasets `veil demo` runs on, so the demo
// works from any directory: breast_cancer.csv (UCI Breast Cancer Wisconsin
// Diagnostic, 569 rows, label `benign`) and diabetes.csv (Efron et al. 2004, 442
// rows, label `progression`), both as shipped with scikit-learn, with the domain
// bounds an owner would declare for them. They are copies of testdata/,
// except that diabetes.csv has a patient_id column in front (10000 + the
// row's position), which the demo's private set intersection joins on.
package demodata

import _ "embed"

var (
	//go:embed breast_cancer.csv
	BreastCancer []byte
	//go:embed breast_cancer.bounds.json
	BreastCancerBounds []byte
	//go:embed diabetes.csv
	Diabetes []byte
	//go:embed diabetes.bounds.json
	DiabetesBounds []byte
)
