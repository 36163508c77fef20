package home

import (
	"bytes"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"filippo.io/age"
)

// TestVaultSealsToTheIdentity: a value is never on disk in the clear, opens
// only with the home's identity, only under its own vault and key, and not
// once altered.
func TestVaultSealsToTheIdentity(t *testing.T) {
	id, err := age.GenerateHybridIdentity()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	v, err := OpenVault(dir, "he", id)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := v.Get("missing"); got != nil || err != nil {
		t.Fatalf("Get(missing) = %q, %v", got, err)
	}
	secret := []byte("ckks secret share bytes")
	if err := v.Put("he/v1/committee/secret-share", secret); err != nil {
		t.Fatal(err)
	}
	if got, err := v.Get("he/v1/committee/secret-share"); err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("Get = %q, %v", got, err)
	}
	file := filepath.Join(dir, "he", hex.EncodeToString([]byte("he/v1/committee/secret-share")))
	raw, err := os.ReadFile(file)
	if err != nil || bytes.Contains(raw, secret) {
		t.Fatalf("the sealed file holds the secret in the clear, or is missing (%v)", err)
	}
	other, _ := age.GenerateHybridIdentity()
	ov, _ := OpenVault(dir, "he", other)
	if _, err := ov.Get("he/v1/committee/secret-share"); err == nil {
		t.Error("another identity opened the value")
	}
	moved := filepath.Join(dir, "he", hex.EncodeToString([]byte("he/v1/other/secret-share")))
	if err := os.WriteFile(moved, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := v.Get("he/v1/other/secret-share"); err == nil {
		t.Error("a value opened under another key")
	}
	fl, _ := OpenVault(dir, "fl", id)
	if err := os.MkdirAll(filepath.Join(dir, "fl"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fl", filepath.Base(file)), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := fl.Get("he/v1/committee/secret-share"); err == nil {
		t.Error("a value opened in another vault")
	}
	raw[len(raw)-1] ^= 1
	if err := os.WriteFile(file, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := v.Get("he/v1/committee/secret-share"); err == nil || !strings.Contains(err.Error(), "does not open") {
		t.Errorf("an altered value: %v", err)
	}
}

func TestVaultRefusesBadNames(t *testing.T) {
	id, _ := age.GenerateHybridIdentity()
	for _, name := range []string{"", "..", "a/b"} {
		if _, err := OpenVault(t.TempDir(), name, id); err == nil {
			t.Errorf("vault name %q accepted", name)
		}
	}
	v, _ := OpenVault(t.TempDir(), "x", id)
	if err := v.Put(strings.Repeat("k", maxVaultKey+1), nil); err == nil {
		t.Error("an overlong key accepted")
	}
	if err := v.Put("empty", nil); err != nil {
		t.Fatal(err)
	}
	if got, err := v.Get("empty"); err != nil || got == nil || len(got) != 0 {
		t.Errorf("an empty value reads back as %v, %v", got, err)
	}
}
