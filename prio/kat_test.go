package prio

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"
)

// katFile is a draft-irtf-cfrg-vdaf-14 test vector (testdata/README.md).
type katFile struct {
	Ctx       hexBytes `json:"ctx"`
	VerifyKey hexBytes `json:"verify_key"`
	Shares    int      `json:"shares"`
	Length    int      `json:"length"`
	Bits      int      `json:"bits"`
	Chunk     int      `json:"chunk_length"`
	Max       uint64   `json:"max_measurement"`
	Prep      []struct {
		Measurement json.RawMessage `json:"measurement"`
		Nonce       hexBytes        `json:"nonce"`
		Rand        hexBytes        `json:"rand"`
		PublicShare hexBytes        `json:"public_share"`
		InputShares []hexBytes      `json:"input_shares"`
		PrepShares  [][]hexBytes    `json:"prep_shares"`
		OutShares   [][]hexBytes    `json:"out_shares"`
	} `json:"prep"`
}

type hexBytes []byte

func (h *hexBytes) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := hex.DecodeString(s)
	*h = v
	return err
}

// measurement reads the vector's measurement as this package's []uint64.
func katMeasurement(t *testing.T, raw json.RawMessage) []uint64 {
	var one uint64
	if json.Unmarshal(raw, &one) == nil {
		return []uint64{one}
	}
	var many []uint64
	if err := json.Unmarshal(raw, &many); err != nil {
		t.Fatal(err)
	}
	return many
}

func TestDraftVectorsThroughAdapters(t *testing.T) {
	for _, tc := range []struct {
		file string
		kind Kind
	}{
		{"Prio3Count_0", Count}, {"Prio3Sum_0", Sum}, {"Prio3SumVec_0", SumVec}, {"Prio3Histogram_0", Histogram},
	} {
		t.Run(tc.file, func(t *testing.T) {
			raw, err := os.ReadFile("testdata/" + tc.file + ".json")
			if err != nil {
				t.Fatal(err)
			}
			var k katFile
			if err := json.Unmarshal(raw, &k); err != nil {
				t.Fatal(err)
			}
			c := Circuit{Kind: tc.kind, Length: max(k.Length, 1), Bits: k.Bits, Max: k.Max, Chunk: k.Chunk}
			v, err := newVDAF(c, k.Ctx)
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range k.Prep {
				checkKATReport(t, v, &k, i, katMeasurement(t, p.Measurement))
			}
		})
	}
}

func checkKATReport(t *testing.T, v vdaf, k *katFile, i int, meas []uint64) {
	p := k.Prep[i]
	var nonce Nonce
	var vk VerifyKey
	copy(nonce[:], p.Nonce)
	copy(vk[:], k.VerifyKey)
	public, shares, err := v.shard(meas, &nonce, p.Rand)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(public, p.PublicShare) || !bytes.Equal(shares[0], p.InputShares[0]) || !bytes.Equal(shares[1], p.InputShares[1]) {
		t.Fatalf("report %d: shares differ from the vector", i)
	}
	var states [2]prepState
	var preps [2][]byte
	for agg := range 2 {
		if states[agg], preps[agg], err = v.prepInit(&vk, &nonce, uint8(agg), public, shares[agg]); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(preps[agg], p.PrepShares[0][agg]) {
			t.Fatalf("report %d: prep share %d differs", i, agg)
		}
	}
	msg, err := states[0].decide(preps[1])
	if err != nil {
		t.Fatal(err)
	}
	for agg := range 2 {
		if err := states[agg].next(msg); err != nil {
			t.Fatal(err)
		}
		out := states[agg].output()
		var want []byte
		for _, e := range p.OutShares[agg] {
			want = append(want, e...)
		}
		if !bytes.Equal(out.marshal(), want) {
			t.Fatalf("report %d: output share %d differs", i, agg)
		}
	}
}
