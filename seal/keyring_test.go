package seal

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func digestN(n int) string {
	return fmt.Sprintf("%064x", n)
}

func TestKeyringSaveLoadRoundTrip(t *testing.T) {
	owner := testIdentity(t, 100)
	k := NewKeyring()
	for i := range 3 {
		if err := k.Add(digestN(3-i), testIdentity(t, uint64(i))); err != nil {
			t.Fatal(err)
		}
	}
	if err := k.SetDatasetID(digestN(2), 1666600000, 7); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "keyring.age")
	if err := k.Save(path, owner.Recipient()); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Fatalf("keyring mode %v, want 0600", info.Mode().Perm())
	}
	raw, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(raw), "age-encryption.org/v1\n") || strings.Contains(string(raw), "AGE-SECRET-KEY") {
		t.Fatal("keyring file is not an opaque age file")
	}

	loaded, err := LoadKeyring(path, owner)
	if err != nil {
		t.Fatal(err)
	}
	got, want := loaded.List(), k.List()
	if len(got) != 3 {
		t.Fatalf("loaded %d entries, want 3", len(got))
	}
	for i := range want {
		if got[i].Digest != want[i].Digest || got[i].Identity.String() != want[i].Identity.String() ||
			got[i].OnChain != want[i].OnChain || got[i].ChainID != want[i].ChainID || got[i].DatasetID != want[i].DatasetID {
			t.Fatalf("entry %d: loaded %+v, saved %+v", i, got[i], want[i])
		}
	}
	if got[0].Digest != digestN(1) {
		t.Fatalf("List not ordered by digest: first is %s", got[0].Digest)
	}
	e, err := loaded.ByDatasetID(1666600000, 7)
	if err != nil || e.Digest != digestN(2) {
		t.Fatalf("ByDatasetID = %+v, %v; want digest %s", e, err, digestN(2))
	}
}

func TestLoadKeyringWrongOwner(t *testing.T) {
	k := NewKeyring()
	if err := k.Add(digestN(1), testIdentity(t, 1)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "keyring.age")
	if err := k.Save(path, testIdentity(t, 100).Recipient()); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeyring(path, testIdentity(t, 101)); !errors.Is(err, ErrWrongIdentity) {
		t.Fatalf("err = %v, want ErrWrongIdentity", err)
	}
}

func TestLoadKeyringMissingIsEmpty(t *testing.T) {
	k, err := LoadKeyring(filepath.Join(t.TempDir(), "none.age"), testIdentity(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(k.List()); n != 0 {
		t.Fatalf("missing keyring has %d entries", n)
	}
}

func TestLoadKeyringNotAgeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keyring.age")
	os.WriteFile(path, []byte(`{"version":1,"datasets":[]}`), 0o600)
	_, err := LoadKeyring(path, testIdentity(t, 1))
	if err == nil || !strings.HasPrefix(err.Error(), "seal: ") {
		t.Fatalf("err = %v, want a seal: error", err)
	}
}

func TestKeyringRules(t *testing.T) {
	a, b := testIdentity(t, 1), testIdentity(t, 2)
	var k Keyring // the zero value is usable
	if err := k.Add(digestN(1), a); err != nil {
		t.Fatal(err)
	}
	if err := k.Add(digestN(1), testIdentity(t, 1)); err != nil {
		t.Errorf("re-adding the same identity: %v", err)
	}
	if err := k.Add(digestN(1), b); err == nil {
		t.Error("replacing a dataset's identity was accepted")
	}
	if err := k.Add("ABCD", a); err == nil {
		t.Error("malformed digest accepted")
	}
	if err := k.Add(digestN(2), nil); err == nil {
		t.Error("nil identity accepted")
	}
	if err := k.SetDatasetID(digestN(9), 1, 1); !errors.Is(err, ErrUnknownDataset) {
		t.Errorf("SetDatasetID of unknown digest: %v", err)
	}
	k.Add(digestN(2), b)
	if err := k.SetDatasetID(digestN(1), 1, 5); err != nil {
		t.Fatal(err)
	}
	if err := k.SetDatasetID(digestN(2), 1, 5); err == nil {
		t.Error("two digests bound to one on-chain dataset")
	}
	if err := k.SetDatasetID(digestN(2), 2, 5); err != nil {
		t.Errorf("same dataset ID on another chain: %v", err)
	}
	if _, err := k.ByDatasetID(1, 6); !errors.Is(err, ErrUnknownDataset) {
		t.Errorf("ByDatasetID of unknown: %v", err)
	}
	if _, err := k.Identity(digestN(3)); !errors.Is(err, ErrUnknownDataset) {
		t.Errorf("Identity of unknown: %v", err)
	}
	if id, err := k.Identity(digestN(2)); err != nil || id.String() != b.String() {
		t.Errorf("Identity(%s) returned the wrong key (err %v)", digestN(2), err)
	}
}
