package seal

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// testKeyringPayload returns a valid payload with one registered dataset.
func testKeyringPayload(t testing.TB) (payload, secret string) {
	secret = testIdentity(t, 1).String()
	return fmt.Sprintf(`{"version":1,"datasets":[{"digest":"%s","identity":"%s","onchain":{"chain_id":1,"dataset_id":2}}]}`,
		digestN(1), secret), secret
}

func TestDecodeKeyring(t *testing.T) {
	good, secret := testKeyringPayload(t)
	other := testIdentity(t, 2).String()
	entry := func(digest, identity, extra string) string {
		return fmt.Sprintf(`{"digest":"%s","identity":"%s"%s}`, digest, identity, extra)
	}
	doc := func(entries ...string) string {
		return `{"version":1,"datasets":[` + strings.Join(entries, ",") + `]}`
	}
	tests := []struct {
		name, payload string
		ok            bool
	}{
		{"valid", good, true},
		{"empty list", `{"version":1,"datasets":[]}`, true},
		{"unregistered entry", doc(entry(digestN(1), secret, "")), true},
		{"version 2", strings.Replace(good, `"version":1`, `"version":2`, 1), false},
		{"no version", `{"datasets":[]}`, false},
		{"unknown top-level field", `{"version":1,"datasets":[],"x":1}`, false},
		{"unknown entry field", doc(entry(digestN(1), secret, `,"note":"x"`)), false},
		{"trailing object", good + `{}`, false},
		{"trailing garbage", good + `x`, false},
		{"not json", `age-encryption.org/v1`, false},
		{"upper-case digest", doc(entry(strings.ToUpper(digestN(10)), secret, "")), false},
		{"short digest", doc(entry(digestN(1)[:62], secret, "")), false},
		{"classic identity", doc(entry(digestN(1), "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0", "")), false},
		{"broken identity checksum", doc(entry(digestN(1), secret[:len(secret)-1]+"Q", "")), false},
		{"empty identity", doc(entry(digestN(1), "", "")), false},
		{"key in the digest field", doc(entry(secret, secret, "")), false},
		{"duplicate digest", doc(entry(digestN(1), secret, ""), entry(digestN(1), other, "")), false},
		{"duplicate chain id", doc(
			entry(digestN(1), secret, `,"onchain":{"chain_id":1,"dataset_id":2}`),
			entry(digestN(2), other, `,"onchain":{"chain_id":1,"dataset_id":2}`)), false},
		{"onchain without dataset_id", doc(entry(digestN(1), secret, `,"onchain":{"chain_id":1}`)), false},
		{"negative dataset id", doc(entry(digestN(1), secret, `,"onchain":{"chain_id":1,"dataset_id":-2}`)), false},
		{"fractional chain id", doc(entry(digestN(1), secret, `,"onchain":{"chain_id":1.5,"dataset_id":2}`)), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := decodeKeyring([]byte(tt.payload))
			if tt.ok {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrMalformedKeyring) {
				t.Fatalf("err = %v, want ErrMalformedKeyring (keyring %v)", err, k)
			}
			if strings.Contains(err.Error(), secret[20:40]) || strings.Contains(err.Error(), other[20:40]) {
				t.Fatalf("error message contains a secret key: %v", err)
			}
		})
	}
}

func TestDecodeKeyringValues(t *testing.T) {
	good, secret := testKeyringPayload(t)
	k, err := decodeKeyring([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	e, err := k.ByDatasetID(1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if e.Digest != digestN(1) || e.Identity.String() != secret {
		t.Fatalf("decoded entry %s with another key", e.Digest)
	}
}

// FuzzDecodeKeyring feeds the decoder decrypted payloads. Whatever it
// accepts must re-encode to a payload that decodes to the same keyring
// (canonical form).
func FuzzDecodeKeyring(f *testing.F) {
	good, _ := testKeyringPayload(f)
	f.Add([]byte(good))
	f.Add([]byte(`{"version":1,"datasets":[]}`))
	f.Add([]byte(`{"version":1,"datasets":[{"digest":"","identity":""}]}`))
	f.Add([]byte(`{"version":1}`))
	f.Fuzz(func(t *testing.T, payload []byte) {
		k, err := decodeKeyring(payload)
		if err != nil {
			if !errors.Is(err, ErrMalformedKeyring) {
				t.Fatalf("error %v does not wrap ErrMalformedKeyring", err)
			}
			return
		}
		first, err := k.encode()
		if err != nil {
			t.Fatal(err)
		}
		again, err := decodeKeyring(first)
		if err != nil {
			t.Fatalf("re-encoded keyring does not decode: %v", err)
		}
		second, err := again.encode()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("encoding is not stable:\n%s\n%s", first, second)
		}
	})
}
