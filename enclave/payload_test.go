package enclave

import (
	"errors"
	"reflect"
	"testing"

	"github.com/veil-market/veil/release"
)

func samplePayload() []release.Released {
	return []release.Released{
		{Name: "n", Mechanism: release.Count, Values: []float64{3.5}, NoiseScale: 2, Epsilon: 0.5},
		{Name: "g", Rep: 2, Mechanism: release.Vector, Values: []float64{1, -2, 3}, NoiseScale: 0.1, Epsilon: 0.25, Default: true},
	}
}

func TestPayloadRoundTripAndFixedSize(t *testing.T) {
	rs := samplePayload()
	b, err := EncodePayload(rs)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodePayload(b)
	if err != nil || !reflect.DeepEqual(got, rs) {
		t.Fatalf("round trip: %v\n%+v\n%+v", err, got, rs)
	}
	rs[0].Values[0], rs[1].Values[2] = 1e300, -0.000123456789
	b2, _ := EncodePayload(rs)
	if len(b2) != len(b) {
		t.Fatalf("payload size depends on values: %d vs %d", len(b2), len(b))
	}
}

func FuzzDecodePayload(f *testing.F) {
	b, _ := EncodePayload(samplePayload())
	f.Add(b)
	f.Fuzz(func(t *testing.T, p []byte) {
		rs, err := DecodePayload(p)
		if err != nil {
			if !errors.Is(err, ErrPayload) {
				t.Fatalf("error not wrapping ErrPayload: %v", err)
			}
			return
		}
		again, err := EncodePayload(rs)
		if err != nil || string(again) != string(p) {
			t.Fatalf("accepted payload does not re-encode to itself")
		}
	})
}
