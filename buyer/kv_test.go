package buyer

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"filippo.io/age"
)

func TestFileKVIsEncrypted(t *testing.T) {
	id, err := age.GenerateHybridIdentity()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	kv := FileKV(dir, "buyer-he", id)
	if v, err := kv.Get("missing"); v != nil || err != nil {
		t.Fatalf("Get(missing) = %q, %v", v, err)
	}
	secret := []byte("ckks secret key bytes")
	if err := kv.Put("sk", secret); err != nil {
		t.Fatal(err)
	}
	got, err := kv.Get("sk")
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("Get = %q, %v", got, err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "buyer-he", "*"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if bytes.Contains(b, secret) {
			t.Fatalf("%s holds the secret in the clear", f)
		}
	}
	other, _ := age.GenerateHybridIdentity()
	if _, err := FileKV(dir, "buyer-he", other).Get("sk"); err == nil {
		t.Fatal("another identity read the key")
	}
}
