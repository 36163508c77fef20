package enclave

import (
	"crypto/sha512"
	"errors"
	"testing"
	"time"

	"github.com/veil-market/veil/attest"
)

// TestKeyRelease runs the four steps for three owners under `sim`: each
// owner's dataset key reaches the enclave and only it; an owner whose nonce
// is missing, or whose policy pins another image, sends nothing.
func TestKeyRelease(t *testing.T) {
	sim, err := attest.NewSim(time.Now().Add(-time.Hour), attest.SimTCB)
	if err != nil {
		t.Fatal(err)
	}
	image := sha512.Sum384([]byte("veil image"))
	policy := &attest.Policy{Measurements: [][]byte{image[:]}, MinimumTCB: attest.SimTCB, AllowSim: true, SimRoots: sim.Roots()}
	enc, err := NewEnclaveSession(11, 3, attest.SimAttester{Sim: sim, Measurement: image})
	if err != nil {
		t.Fatal(err)
	}
	owners := make([]*OwnerSession, 3)
	for i := range owners {
		owners[i], _ = NewOwnerSession(11, uint64(100+i), i, policy, chacha(byte(i)))
		n := owners[i].Nonce()
		if err := enc.AddNonce(i, n[:]); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.AddNonce(0, make([]byte, 32)); err == nil {
		t.Fatal("a second nonce was accepted")
	}
	evidence, nonces, err := enc.Evidence()
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range owners {
		key := []byte{byte(i), 'k'}
		wrapped, _, err := o.Release(evidence, nonces, key)
		if err != nil {
			t.Fatal(err)
		}
		got, err := enc.OpenKey(uint64(100+i), wrapped)
		if err != nil || string(got) != string(key) {
			t.Fatalf("owner %d's key: %v", i, err)
		}
	}
	// An owner that finds another nonce in its place refuses.
	swapped := append([][attest.NonceSize]byte(nil), nonces...)
	swapped[1], swapped[2] = swapped[2], swapped[1]
	if w, _, err := owners[1].Release(evidence, swapped, []byte("k")); !errors.Is(err, ErrNonce) || w != nil {
		t.Fatalf("nonce out of place: %v", err)
	}
	// An owner pinning another image refuses.
	strict := *policy
	other := sha512.Sum384([]byte("other image"))
	strict.Measurements = [][]byte{other[:]}
	o, _ := NewOwnerSession(11, 100, 0, &strict, chacha(0))
	if w, _, err := o.Release(evidence, nonces, []byte("k")); !errors.Is(err, attest.ErrMeasurement) || w != nil {
		t.Fatalf("other image: %v", err)
	}
}
