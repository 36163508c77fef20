package home

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veil-market/veil/seal"
)

type seeded struct{ r *rand.ChaCha8 }

func (s seeded) Read(p []byte) (int, error) { return s.r.Read(p) }

func testRand(seed byte) seeded { return seeded{rand.NewChaCha8([32]byte{seed})} }

const fastScrypt = 10 // age scrypt work factor small enough for tests

func newHome(t *testing.T, dev bool) (*Home, *Secrets, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "h")
	pw := "correct horse"
	if dev {
		pw = ""
	}
	h, s, err := Init(dir, pw, InitOptions{Dev: dev, Rand: testRand(1), WorkFactor: fastScrypt, LightKDF: true})
	if err != nil {
		t.Fatal(err)
	}
	return h, s, pw
}

func TestInitOpenUnlock(t *testing.T) {
	for _, dev := range []bool{false, true} {
		h, s, pw := newHome(t, dev)
		h2, err := Open(h.Dir)
		if err != nil {
			t.Fatal(err)
		}
		s2, err := h2.Unlock(pw)
		if err != nil {
			t.Fatal(err)
		}
		if !s2.Account.Equal(s.Account) || !s2.NodeKey.Equal(s.NodeKey) || s2.Identity.String() != s.Identity.String() {
			t.Fatalf("dev=%v: unlocked keys differ from the created ones", dev)
		}
		if _, _, err := Init(h.Dir, pw, InitOptions{Dev: dev}); !errors.Is(err, ErrExists) {
			t.Fatalf("second Init: %v, want ErrExists", err)
		}
	}
}

func TestWrongPassword(t *testing.T) {
	h, _, _ := newHome(t, false)
	_, err := h.Unlock("wrong")
	if !errors.Is(err, ErrWrongPassword) {
		t.Fatalf("Unlock(wrong) = %v, want ErrWrongPassword", err)
	}
	if strings.Contains(err.Error(), "wrong\"") {
		t.Fatal("error repeats the password")
	}
}

func TestPasswordRequired(t *testing.T) {
	if _, _, err := Init(t.TempDir(), "", InitOptions{}); err == nil {
		t.Fatal("Init with an empty password accepted for a non-devnet home")
	}
}

func TestCorruptedHome(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(dir string)
		want   string
	}{
		{"no config", func(d string) { os.Remove(filepath.Join(d, "config.json")) }, "no config.json"},
		{"bad config", func(d string) { os.WriteFile(filepath.Join(d, "config.json"), []byte("{"), 0o600) }, "corrupted"},
		{"unknown field", func(d string) {
			os.WriteFile(filepath.Join(d, "config.json"), []byte(`{"version":1,"account":"0x0000000000000000000000000000000000000001","x":1}`), 0o600)
		}, "corrupted"},
		{"no keys", func(d string) { os.Remove(filepath.Join(d, "keys.age")) }, "keys.age is missing"},
		{"no keystore", func(d string) { os.RemoveAll(filepath.Join(d, "keystore")) }, "no keystore"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, _, _ := newHome(t, false)
			tc.break_(h.Dir)
			_, err := Open(h.Dir)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Open = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestBackupRestore(t *testing.T) {
	h, s, pw := newHome(t, false)
	kr := seal.NewKeyring()
	id, err := seal.NewDatasetIdentity(testRand(2))
	if err != nil {
		t.Fatal(err)
	}
	digest := strings.Repeat("ab", 32)
	if err := kr.Add(digest, id); err != nil {
		t.Fatal(err)
	}
	if err := h.SaveKeyring(kr, s); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := h.Backup(&buf, s, "backup pass", fastScrypt); err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(bytes.NewReader(buf.Bytes()), "wrong pass", filepath.Join(t.TempDir(), "x"), pw); err == nil {
		t.Fatal("restore with a wrong passphrase accepted")
	}
	if _, err := Restore(bytes.NewReader(buf.Bytes()), "backup pass", filepath.Join(t.TempDir(), "y"), "not it"); !errors.Is(err, ErrWrongPassword) {
		t.Fatalf("restore with a wrong account password: %v", err)
	}
	dir := filepath.Join(t.TempDir(), "restored")
	h2, err := Restore(bytes.NewReader(buf.Bytes()), "backup pass", dir, pw)
	if err != nil {
		t.Fatal(err)
	}
	s2, err := h2.Unlock(pw)
	if err != nil {
		t.Fatal(err)
	}
	if !s2.Account.Equal(s.Account) || s2.Identity.String() != s.Identity.String() {
		t.Fatal("restored keys differ")
	}
	kr2, err := h2.LoadKeyring(s2)
	if err != nil {
		t.Fatal(err)
	}
	got, err := kr2.Identity(digest)
	if err != nil || got.String() != id.String() {
		t.Fatalf("restored keyring lost the dataset identity: %v", err)
	}
	if _, err := Restore(bytes.NewReader(buf.Bytes()), "backup pass", dir, pw); !errors.Is(err, ErrExists) {
		t.Fatalf("restore over a home: %v", err)
	}
}

func FuzzDecodeKeyFile(f *testing.F) {
	f.Add([]byte(`{"version":1,"age_identity":"x","node_key":"00"}`))
	f.Add([]byte(`{`))
	f.Fuzz(func(t *testing.T, b []byte) {
		kf, err := decodeKeyFile(bytes.NewReader(b))
		if err != nil {
			return
		}
		var s Secrets
		_ = kf.into(&s)
	})
}

func FuzzReadConfig(f *testing.F) {
	f.Add([]byte(`{"version":1,"account":"0x0000000000000000000000000000000000000001"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(t.TempDir(), "config.json")
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		_, _ = readConfig(p)
	})
}
