package seal

import (
	"bytes"
	"encoding/hex"
	"errors"
	"io"
	"strings"
	"testing"

	"filippo.io/age"
	"filippo.io/hpke"
)

// BIP 173 valid-string vectors, https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki#test-vectors;
// the data of the second is the 5-bit values 0..31 regrouped into bytes.
func TestBech32EncodeVectors(t *testing.T) {
	tests := []struct {
		hrp, dataHex, want string
	}{
		{"a", "", "a12uel5l"},
		{"abcdef", "00443214c74254b635cf84653a56d7c675be77df", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"},
	}
	for _, tt := range tests {
		data, _ := hex.DecodeString(tt.dataHex)
		if got := bech32Encode(tt.hrp, data); got != tt.want {
			t.Errorf("bech32Encode(%q, %s) = %s, want %s", tt.hrp, tt.dataHex, got, tt.want)
		}
	}
}

// The identity read from a seed must be the key hpke derives from that seed:
// its recipient, computed by age, equals hpke's public key.
func TestNewDatasetIdentityMatchesHPKESeed(t *testing.T) {
	for seed := range uint64(4) {
		id := testIdentity(t, seed)
		raw := make([]byte, hybridSeedSize)
		testRand(seed).Read(raw)
		k, err := hpke.MLKEM768X25519().NewPrivateKey(raw)
		if err != nil {
			t.Fatal(err)
		}
		want := bech32Encode("age1pq", k.PublicKey().Bytes())
		if got := id.Recipient().String(); got != want {
			t.Fatalf("seed %d: recipient %.40s…, hpke says %.40s…", seed, got, want)
		}
	}
}

func TestNewDatasetIdentityDeterministic(t *testing.T) {
	a, b, c := testIdentity(t, 1), testIdentity(t, 1), testIdentity(t, 2)
	if a.String() != b.String() {
		t.Error("same seed gave different identities")
	}
	if a.String() == c.String() {
		t.Error("different seeds gave the same identity")
	}
	if !strings.HasPrefix(a.String(), "AGE-SECRET-KEY-PQ-1") {
		t.Errorf("identity has prefix %.19s, want AGE-SECRET-KEY-PQ-1", a.String())
	}
}

func TestNewDatasetIdentityCryptoRand(t *testing.T) {
	a, err := NewDatasetIdentity(nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewDatasetIdentity(nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.String() == b.String() {
		t.Fatal("two crypto/rand identities are equal")
	}
	if _, err := age.ParseHybridRecipient(a.Recipient().String()); err != nil {
		t.Fatalf("recipient does not parse: %v", err)
	}
}

func TestNewDatasetIdentityShortRand(t *testing.T) {
	_, err := NewDatasetIdentity(bytes.NewReader(make([]byte, hybridSeedSize-1)))
	if err == nil || !strings.HasPrefix(err.Error(), "seal: ") {
		t.Fatalf("err = %v, want a seal: error", err)
	}
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("err = %v, want it to wrap io.ErrUnexpectedEOF", err)
	}
}
