package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestDemo runs `veil demo` as users do and checks the escrow paths it reports.
func TestDemo(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"demo"}, &out, &errb); code != 0 {
		t.Fatalf("veil demo exited %d: %s\n%s", code, errb.String(), out.String())
	}
	for _, want := range []string{
		"owner3 published dataset 3",
		"Breast cancer biopsies, clinic 1",
		"the buyer cancels: 0.31 coins credited back in full",
		"job 2 is cancelled, 0.31 coins refunded",
		"dataset 1 budget: ε 10 left, 0 reserved, 0 spent",
		"withdraws its credits (pull payment): 0.62 coins",
		"nothing is left running",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q:\n%s", want, out.String())
		}
	}
}
