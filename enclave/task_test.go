package enclave

import (
	"errors"
	"strings"
	"testing"

	"github.com/veil-market/veil/dataset"
)

const (
	modHash = "ce201ca59f6a56dea76408fbfc835bc3c8b90d9b5fd739eb7b8088f1cddfda8f"
	srcHash = "1111111111111111111111111111111111111111111111111111111111111111"
)

func task(extra string) string {
	return `{"type":"wasm","module":{"uri":"veil-dir://m","sha256":"` + modHash + `"` + extra + `},"columns":["x","g"],` +
		`"plan":{"releases":[{"name":"n","mechanism":"count","function":"f","epsilon":0.5}]}}`
}

func TestDecodeTask(t *testing.T) {
	tk, err := DecodeTask([]byte(task("")))
	if err != nil {
		t.Fatal(err)
	}
	if tk.MemoryMB != DefaultMemoryMB || tk.CallTimeoutMS != DefaultCallTimeoutMS || tk.Limits().MemoryPages != DefaultMemoryMB*16 {
		t.Fatalf("defaults not applied: %+v", tk)
	}
	for _, bad := range []string{
		strings.Replace(task(""), `"wasm"`, `"train"`, 1),
		strings.Replace(task(""), modHash, "XYZ", 1),
		strings.Replace(task(""), `"columns":["x","g"]`, `"columns":[]`, 1),
		strings.Replace(task(""), `"columns"`, `"memory_mb":100000,"columns"`, 1),
		strings.Replace(task(""), `"columns"`, `"call_timeout_ms":-1,"columns"`, 1),
		strings.Replace(task(""), `"columns"`, `"print":true,"columns"`, 1),
		strings.Replace(task(""), `"epsilon":0.5`, `"epsilon":0.5,"bounds":[0,1]`, 1),
		task(`,"source":{"uri":"","sha256":"` + srcHash + `"}`),
	} {
		if _, err := DecodeTask([]byte(bad)); err == nil {
			t.Errorf("accepted: %s", bad)
		}
	}
	metas := []*dataset.Metadata{{Rows: 10, Columns: []dataset.ColumnMeta{{Name: "x"}, {Name: "g"}}}, {Rows: 5, Columns: []dataset.ColumnMeta{{Name: "x"}}}}
	if _, err := tk.Check(metas); !errors.Is(err, ErrTask) || !strings.Contains(err.Error(), `"g" is not in dataset 1`) {
		t.Fatalf("missing column not named: %v", err)
	}
	if n, err := tk.Check(metas[:1]); err != nil || n != 10 {
		t.Fatalf("rows %d, %v", n, err)
	}
}

func TestModulePolicy(t *testing.T) {
	plain, _ := DecodeTask([]byte(task("")))
	sourced, _ := DecodeTask([]byte(task(`,"source":{"uri":"veil-dir://s","sha256":"` + srcHash + `"}`)))
	cases := []struct {
		name   string
		policy ModulePolicy
		task   *Task
		ok     bool
	}{
		{"default allows any", ModulePolicy{}, plain, true},
		{"allow-listed", ModulePolicy{AllowModules: []string{modHash}}, plain, true},
		{"not allow-listed", ModulePolicy{AllowModules: []string{srcHash}}, plain, false},
		{"reproducible without source", ModulePolicy{RequireReproducible: true}, plain, false},
		{"reproducible, not built", ModulePolicy{RequireReproducible: true}, sourced, false},
		{"reproducible, built to other bytes", ModulePolicy{RequireReproducible: true, Reproduced: map[string]string{srcHash: srcHash}}, sourced, false},
		{"reproducible, built", ModulePolicy{RequireReproducible: true, Reproduced: map[string]string{srcHash: modHash}}, sourced, true},
	}
	for _, c := range cases {
		err := c.policy.Allows(c.task)
		if (err == nil) != c.ok || (err != nil && !errors.Is(err, ErrModuleRefused)) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func FuzzDecodeTask(f *testing.F) {
	f.Add([]byte(task("")))
	f.Fuzz(func(t *testing.T, b []byte) {
		tk, err := DecodeTask(b)
		if err != nil {
			return
		}
		if tk.Limits().MemoryPages == 0 || tk.Limits().CallTimeout <= 0 || tk.Plan == nil {
			t.Fatalf("accepted a task with no limits or plan: %+v", tk)
		}
	})
}
