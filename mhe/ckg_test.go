package mhe

import (
	"errors"
	"testing"
)

func TestCombineCKGRefusesBadShareSets(t *testing.T) {
	tb := newTestbed(t, testParams(t), 3, 11)
	tampered := append([]Signed(nil), tb.ckg...)
	tampered[1].Payload = append([]byte(nil), tampered[1].Payload...)
	tampered[1].Payload[headerLen+5] ^= 1
	outsider := tb.ckg[0]
	outsider.Owner = "0xmallory"
	for _, tc := range []struct {
		name   string
		shares []Signed
		owner  string
		want   error
	}{
		{"missing", tb.ckg[:2], tb.parties[2].id.Address, ErrMissingShare},
		{"tampered", tampered, tb.parties[1].id.Address, ErrBadSignature},
		{"duplicate", append(append([]Signed(nil), tb.ckg...), tb.ckg[0]), tb.parties[0].id.Address, ErrDuplicate},
		{"outsider", append(append([]Signed(nil), tb.ckg...), outsider), "0xmallory", ErrUnknownOwner},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := CombineCKG(tb.c, tc.shares)
			var oe *OwnerError
			if !errors.Is(err, tc.want) || !errors.As(err, &oe) || oe.Owner != tc.owner {
				t.Fatalf("got %v, want %v naming %q", err, tc.want, tc.owner)
			}
		})
	}
}

func TestCollectiveKeyRoundTripAndCommitteeBinding(t *testing.T) {
	p := testParams(t)
	tb := newTestbed(t, p, 2, 12)
	other := newTestbed(t, p, 2, 13)
	b, _ := tb.parties[0].key.MarshalBinary()
	if _, err := ParseCollectiveKey(tb.c, b); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseCollectiveKey(other.c, b); err == nil {
		t.Fatal("a collective key was accepted for another committee")
	}
}

func TestCommitteeID(t *testing.T) {
	p := testParams(t)
	tb := newTestbed(t, p, 3, 14)
	members := tb.c.Members()
	reversed := []Member{members[2], members[1], members[0]}
	same, err := NewCommittee(p, reversed)
	if err != nil {
		t.Fatal(err)
	}
	if same.ID() != tb.c.ID() {
		t.Error("member order changed the committee ID")
	}
	fewer, _ := NewCommittee(p, members[:2])
	p11, _ := InsecureTestParams(11)
	otherParams, _ := NewCommittee(p11, members)
	if fewer.ID() == tb.c.ID() || otherParams.ID() == tb.c.ID() {
		t.Error("a changed committee kept its ID")
	}
	if _, err := NewCommittee(p, append(members, members[0])); !errorContains(err, "twice") {
		t.Errorf("duplicate member: %v", err)
	}
	if _, err := NewCommittee(p, []Member{{Address: "0xa", SigningKey: []byte{1}}}); !errorContains(err, "signing key") {
		t.Errorf("short key: %v", err)
	}
}

func TestKeyStoreReusesCommitteeKeys(t *testing.T) {
	p := testParams(t)
	tb := newTestbed(t, p, 2, 15)
	store := NewMemoryKeyStore()
	if _, err := LoadSecretShare(store, tb.c); !errors.Is(err, ErrNoKey) {
		t.Fatalf("empty store: %v, want ErrNoKey", err)
	}
	if err := SaveSecretShare(store, tb.c, tb.parties[0].sk); err != nil {
		t.Fatal(err)
	}
	if err := SaveCollectiveKey(store, tb.c, tb.parties[0].key); err != nil {
		t.Fatal(err)
	}
	sk, err := LoadSecretShare(store, tb.c)
	if err != nil || !sk.sk.Value.Equal(&tb.parties[0].sk.sk.Value) {
		t.Fatalf("secret share did not round-trip: %v", err)
	}
	key, err := LoadCollectiveKey(store, tb.c)
	if err != nil || !key.pk.Equal(tb.parties[0].key.pk) {
		t.Fatalf("collective key did not round-trip: %v", err)
	}
	changed, _ := NewCommittee(p, tb.c.Members()[:1])
	if _, err := LoadCollectiveKey(store, changed); !errors.Is(err, ErrNoKey) {
		t.Fatalf("a changed committee found keys: %v", err)
	}
}
