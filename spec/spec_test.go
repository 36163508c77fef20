package spec

import (
	"fmt"
	"strings"
	"testing"
)

const valid = `{"engine":"fl","datasets":[1,2,3],"task":{"type":"train","label":"benign"},
 "privacy":{"epsilon":2,"delta":1e-5,"dropouts":0,"colluders":1},
 "compute":["0x00000000000000000000000000000000000000c1"]}`

func TestParseValid(t *testing.T) {
	s, err := Parse([]byte(valid))
	if err != nil {
		t.Fatal(err)
	}
	if s.Engine != "fl" || len(s.Datasets) != 3 || s.Privacy.C() != 1 || len(s.ComputeAddresses()) != 1 {
		t.Fatalf("parsed %+v", s)
	}
	var task struct{ Type, Label string }
	if err := s.DecodeTask(&task); err != nil || task.Label != "benign" {
		t.Fatalf("task %+v, %v", task, err)
	}
}

func TestDefaultColluders(t *testing.T) {
	s, err := Parse([]byte(strings.Replace(valid, `,"colluders":1`, "", 1)))
	if err != nil || s.Privacy.C() != 0 || len(s.DefaultsApplied()) != 1 {
		t.Fatalf("c = %d (%v, %q), want the 3-owner default 0, noted", s.Privacy.C(), err, s.DefaultsApplied())
	}
}

func TestParseRefuses(t *testing.T) {
	tests := []struct {
		name, from, to, want string
	}{
		{"unknown field", `"engine":"fl"`, `"engine":"fl","colour":"red"`, `unknown field "colour"`},
		{"no engine", `"engine":"fl",`, ``, `"engine" is required`},
		{"no datasets", `[1,2,3]`, `[]`, `"datasets" needs 1 to 1024 dataset ids, got 0`},
		{"repeated dataset", `[1,2,3]`, `[1,1,3]`, `id 1 is zero or repeated`},
		{"zero dataset", `[1,2,3]`, `[0,2,3]`, `id 0 is zero or repeated`},
		{"no task", `"task":{"type":"train","label":"benign"},`, ``, `"task" is required`},
		{"epsilon zero", `"epsilon":2`, `"epsilon":0`, `"privacy.epsilon" must be in (0, 1000]`},
		{"epsilon negative", `"epsilon":2`, `"epsilon":-1`, `"privacy.epsilon" must be in (0, 1000]`},
		{"delta one", `"delta":1e-5`, `"delta":1`, `"privacy.delta" must be in [0, 0.001]`},
		{"epsilon beyond the max", `"epsilon":2`, `"epsilon":1000.5`, `"privacy.epsilon" must be in (0, 1000]`},
		{"epsilon huge", `"epsilon":2`, `"epsilon":1e308`, `"privacy.epsilon" must be in (0, 1000]`},
		{"epsilon below a micro-ε", `"epsilon":2`, `"epsilon":1e-7`, `"privacy.epsilon" must be a whole number of micro-ε`},
		{"epsilon with 7 decimals", `"epsilon":2`, `"epsilon":0.1234567`, `"privacy.epsilon" must be a whole number of micro-ε`},
		{"delta below 1e-18", `"delta":1e-5`, `"delta":1.5e-18`, `"privacy.delta" must be a whole number of 1e-18`},
		{"too many datasets", `[1,2,3]`, `[` + ids(MaxDatasets+1) + `]`, `needs 1 to 1024 dataset ids, got 1025`},
		{"repeated compute", `["0x00000000000000000000000000000000000000c1"]`, `["0x00000000000000000000000000000000000000c1","0x00000000000000000000000000000000000000C1"]`, `appears twice`},
		{"bad deadline", `"compute"`, `"deadline":"soon","compute"`, `field "deadline" must be a duration`},
		{"negative deadline", `"compute"`, `"deadline":"-1h","compute"`, `field "deadline" must be a duration`},
		{"deadline too far", `"compute"`, `"deadline":"9000h","compute"`, `field "deadline" must be a duration`},
		{"too many dropouts", `"dropouts":0`, `"dropouts":3`, `"privacy.dropouts" must be in [0, 3)`},
		{"negative colluders", `"colluders":1`, `"colluders":-1`, `"privacy.colluders"`},
		{"no compute", `["0x00000000000000000000000000000000000000c1"]`, `[]`, `"compute" needs 1 to 8 compute nodes`},
		{"bad address", `"0x00000000000000000000000000000000000000c1"`, `"nope"`, `"nope" is not an address`},
		{"wrong type", `"epsilon":2`, `"epsilon":"two"`, `field "privacy.epsilon" must be a number, not a string`},
		{"duplicate key", `"epsilon":2`, `"epsilon":2,"epsilon":0.5`, `duplicate key "epsilon" in privacy`},
		{"duplicate key in the task", `"type":`, `"type":"x","type":`, `duplicate key "type" in task`},
		{"an array", valid, `[` + valid + `]`, `a spec is a JSON object, not an array`},
		{"empty", valid, " \n", `the document is empty`},
		{"trailing data", `}`, `}}`, ``},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := strings.Replace(valid, tc.from, tc.to, 1)
			if tc.name == "trailing data" {
				raw = valid + `{}`
			}
			_, err := Parse([]byte(raw))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Parse = %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func ids(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteByte(',')
		}
		fmt.Fprint(&b, i)
	}
	return b.String()
}

func TestEncodeIsCanonical(t *testing.T) {
	a, err := Parse([]byte(valid))
	if err != nil {
		t.Fatal(err)
	}
	spaced := strings.ReplaceAll(valid, `{"type":"train","label":"benign"}`, `{ "label" : "benign", "type": "train" }`)
	b, err := Parse([]byte(spaced))
	if err != nil {
		t.Fatal(err)
	}
	ea, _ := a.Encode()
	eb, _ := b.Encode()
	if string(ea) != string(eb) {
		t.Fatalf("the same spec encodes differently:\n%s\n%s", ea, eb)
	}
	again, err := Parse(ea)
	if err != nil {
		t.Fatalf("an encoded spec does not parse: %v", err)
	}
	if e2, _ := again.Encode(); string(e2) != string(ea) {
		t.Fatal("encoding is not stable")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"engine":"he","datasets":[1],"task":{},"privacy":{"epsilon":1},"compute":["0x1"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Parse(b)
		if err != nil {
			return
		}
		enc, err := s.Encode()
		if err != nil {
			t.Fatalf("a parsed spec does not encode: %v", err)
		}
		if _, err := Parse(enc); err != nil && len(enc) <= MaxSize {
			t.Fatalf("an encoded spec does not parse again: %v\n%s", err, enc)
		}
	})
}
