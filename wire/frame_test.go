package wire

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// vectors are known answers computed by testdata/vectors.py (Python struct and
// hashlib), independently of this package.
type vectors struct {
	Frames []struct {
		Kind                   FrameKind
		Job                    uint64
		Round                  uint32
		Step                   string
		Seq                    uint32
		Total                  uint64
		Last                   bool
		Sig, Payload, Encoding string
	}
	Contributions []struct {
		Job                      uint64
		Round                    uint32
		Step                     string
		Dataset, Payload, Digest string
	}
}

func loadVectors(tb testing.TB) *vectors {
	tb.Helper()
	b, err := os.ReadFile("testdata/vectors.json")
	if err != nil {
		tb.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(b, &v); err != nil {
		tb.Fatal(err)
	}
	return &v
}

func unhex(tb testing.TB, s string) []byte {
	tb.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func sha256Of(b []byte) [32]byte { return sha256.Sum256(b) }

func TestFrameVectors(t *testing.T) {
	v := loadVectors(t)
	if len(v.Frames) == 0 {
		t.Fatal("no frame vectors")
	}
	for _, fv := range v.Frames {
		want := &Frame{Kind: fv.Kind, Job: fv.Job, Round: fv.Round, Step: fv.Step, Seq: fv.Seq, Total: fv.Total,
			Last: fv.Last, Sig: unhex(t, fv.Sig), Payload: unhex(t, fv.Payload)}
		enc, err := want.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if got := hex.EncodeToString(enc); got != fv.Encoding {
			t.Fatalf("kind %d: encoding\n%s\nwant\n%s", fv.Kind, got, fv.Encoding)
		}
		var got Frame
		if err := got.UnmarshalBinary(unhex(t, fv.Encoding)); err != nil {
			t.Fatal(err)
		}
		if !sameFrame(&got, want) {
			t.Fatalf("decoded %+v, want %+v", got, *want)
		}
	}
}

func sameFrame(a, b *Frame) bool {
	return a.Kind == b.Kind && a.Job == b.Job && a.Round == b.Round && a.Step == b.Step && a.Seq == b.Seq &&
		a.Total == b.Total && a.Last == b.Last && bytes.Equal(a.Sig, b.Sig) && bytes.Equal(a.Payload, b.Payload)
}

func TestContributionVectors(t *testing.T) {
	v := loadVectors(t)
	for _, c := range v.Contributions {
		got := contributionDigest(c.Job, c.Round, c.Step, [32]byte(unhex(t, c.Dataset)), sha256Of(unhex(t, c.Payload)))
		if hex.EncodeToString(got) != c.Digest {
			t.Fatalf("step %q: digest %x, want %s", c.Step, got, c.Digest)
		}
	}
}

// encodeRaw builds a frame's bytes field by field, without MarshalBinary's checks.
func encodeRaw(kind byte, step string, total uint64, last byte, sig, payload []byte, trailing int) []byte {
	b := []byte{kind}
	b = binary.BigEndian.AppendUint64(b, 7)
	b = binary.BigEndian.AppendUint32(b, 1)
	b = append(b, byte(len(step)))
	b = append(b, step...)
	b = binary.BigEndian.AppendUint32(b, 0)
	b = binary.BigEndian.AppendUint64(b, total)
	b = append(b, last)
	b = binary.BigEndian.AppendUint16(b, uint16(len(sig)))
	b = append(b, sig...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(payload)))
	b = append(b, payload...)
	return append(b, make([]byte, trailing)...)
}

func TestUnmarshalRefusals(t *testing.T) {
	ok := encodeRaw(2, "x", 3, 1, nil, []byte("abc"), 0)
	withLen := func(at int, v uint32) []byte { // ok with its payload length replaced
		b := bytes.Clone(ok)
		binary.BigEndian.PutUint32(b[at:], v)
		return b
	}
	payloadLenAt := len(ok) - 3 - 4
	cases := []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "truncated header"},
		{"truncated payload", ok[:len(ok)-1], "truncated payload"},
		{"trailing bytes", encodeRaw(2, "x", 3, 1, nil, []byte("abc"), 2), "2 trailing bytes"},
		{"unknown kind 0", encodeRaw(0, "x", 3, 1, nil, []byte("abc"), 0), "unknown kind 0"},
		{"unknown kind 6", encodeRaw(6, "x", 3, 1, nil, []byte("abc"), 0), "unknown kind 6"},
		{"last flag 2", encodeRaw(2, "x", 3, 2, nil, []byte("abc"), 0), "last flag is 2"},
		{"step too long", encodeRaw(2, strings.Repeat("s", MaxStep+1), 3, 1, nil, []byte("abc"), 0), "step of 65 bytes"},
		{"step with a space", encodeRaw(2, "a b", 3, 1, nil, []byte("abc"), 0), "not printable"},
		{"step with a control byte", encodeRaw(2, "a\x00", 3, 1, nil, []byte("abc"), 0), "not printable"},
		{"signature too long", encodeRaw(2, "x", 3, 1, make([]byte, MaxSig+1), []byte("abc"), 0), "signature of 129 bytes"},
		{"payload length above MaxChunk", withLen(payloadLenAt, MaxChunk+1), fmt.Sprintf("payload of %d bytes", MaxChunk+1)},
		{"payload length 4 GiB", withLen(payloadLenAt, 1<<32-1), "payload of 4294967295 bytes"},
		{"data chunk above its total", encodeRaw(2, "x", 2, 1, nil, []byte("abc"), 0), "exceeds the declared total 2"},
		{"above MaxFrame", make([]byte, MaxFrame+1), fmt.Sprintf("%d bytes (max %d)", MaxFrame+1, MaxFrame)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f Frame
			err := f.UnmarshalBinary(c.b)
			if !errors.Is(err, ErrFrame) {
				t.Fatalf("err = %v, want ErrFrame", err)
			}
			mustContain(t, err, c.want)
		})
	}
	var f Frame
	if err := f.UnmarshalBinary(ok); err != nil || string(f.Payload) != "abc" || !f.Last || f.Step != "x" {
		t.Fatalf("the well-formed frame: %+v, %v", f, err)
	}
}

func TestMarshalRefusals(t *testing.T) {
	cases := []struct {
		name string
		f    Frame
		want string
	}{
		{"kind 0", Frame{}, "unknown kind 0"},
		{"step too long", Frame{Kind: KindData, Step: strings.Repeat("s", MaxStep+1)}, "step name of 65 bytes"},
		{"step not printable", Frame{Kind: KindData, Step: "é"}, "not printable"},
		{"signature too long", Frame{Kind: KindData, Sig: make([]byte, MaxSig+1)}, "signature of 129 bytes"},
		{"chunk too long", Frame{Kind: KindData, Total: MaxChunk + 1, Payload: make([]byte, MaxChunk+1)}, fmt.Sprintf("chunk of %d bytes", MaxChunk+1)},
		{"chunk above total", Frame{Kind: KindData, Total: 1, Payload: []byte("ab")}, "exceeds the declared total"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := c.f.MarshalBinary()
			if !errors.Is(err, ErrFrame) {
				t.Fatalf("err = %v, want ErrFrame", err)
			}
			mustContain(t, err, c.want)
		})
	}
}

func TestMaxFrameHoldsTheLargestFrame(t *testing.T) {
	f := &Frame{Kind: KindData, Step: strings.Repeat("s", MaxStep), Total: MaxChunk, Last: true,
		Sig: make([]byte, MaxSig), Payload: make([]byte, MaxChunk)}
	b, err := f.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != MaxFrame {
		t.Fatalf("the largest frame is %d bytes, MaxFrame is %d", len(b), MaxFrame)
	}
}

// frameGen draws valid frames.
func frameGen() *rapid.Generator[*Frame] {
	return rapid.Custom(func(t *rapid.T) *Frame {
		payload := rapid.SliceOfN(rapid.Byte(), 0, 300).Draw(t, "payload")
		return &Frame{
			Kind:    FrameKind(rapid.IntRange(int(KindHello), int(KindBlob)).Draw(t, "kind")),
			Job:     rapid.Uint64().Draw(t, "job"),
			Round:   rapid.Uint32().Draw(t, "round"),
			Step:    rapid.StringOfN(rapid.RuneFrom(printableASCII), 0, MaxStep, -1).Draw(t, "step"),
			Seq:     rapid.Uint32().Draw(t, "seq"),
			Total:   uint64(len(payload)) + rapid.Uint64Range(0, 1<<40).Draw(t, "extra"),
			Last:    rapid.Bool().Draw(t, "last"),
			Sig:     rapid.SliceOfN(rapid.Byte(), 0, MaxSig).Draw(t, "sig"),
			Payload: payload,
		}
	})
}

// printableASCII are the bytes a step name may use.
var printableASCII = func() []rune {
	var r []rune
	for c := rune(0x21); c <= 0x7e; c++ {
		r = append(r, c)
	}
	return r
}()

func TestFrameRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := frameGen().Draw(t, "frame")
		b, err := f.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var g Frame
		if err := g.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if !sameFrame(f, &g) {
			t.Fatalf("decoded %+v, want %+v", g, *f)
		}
		if len(b) != f.encodedLen() {
			t.Fatalf("%d bytes, encodedLen says %d", len(b), f.encodedLen())
		}
	})
}

// FuzzFrame: any bytes either fail with ErrFrame or decode to a frame whose
// encoding is exactly those bytes (the format has one encoding per frame).
func FuzzFrame(f *testing.F) {
	for _, fv := range loadVectors(f).Frames {
		b, _ := hex.DecodeString(fv.Encoding)
		f.Add(b)
	}
	f.Add(encodeRaw(2, "x", 3, 2, nil, []byte("abc"), 0))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var fr Frame
		if err := fr.UnmarshalBinary(b); err != nil {
			if !errors.Is(err, ErrFrame) {
				t.Fatalf("error %v is not ErrFrame", err)
			}
			return
		}
		again, err := fr.MarshalBinary()
		if err != nil {
			t.Fatalf("a decoded frame does not encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("re-encoding differs:\n%x\n%x", again, b)
		}
		if len(fr.Payload) > MaxChunk || len(fr.Sig) > MaxSig || len(fr.Step) > MaxStep {
			t.Fatalf("a decoded frame is out of bounds: %+v", fr)
		}
	})
}
