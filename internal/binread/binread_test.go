package binread

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"
)

var errTest = errors.New("test: malformed message")

func TestReads(t *testing.T) {
	msg := []byte{1, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 4, 'a', 'b'}
	r := New(msg, errTest)
	if r.U8("a") != 1 || r.U16("b") != 2 || r.U32("c") != 3 || r.U64("d") != 4 {
		t.Fatal("wrong integers")
	}
	b := r.Bytes(2, "e")
	if string(b) != "ab" || cap(b) != 2 || r.Done("the message") != nil {
		t.Fatalf("bytes %q (cap %d), %v", b, cap(b), r.Err())
	}
}

func TestFailuresNameTheFieldAndStick(t *testing.T) {
	cases := []struct {
		name string
		msg  []byte
		read func(r *Reader)
		want string
	}{
		{"truncated", []byte{0, 0, 0}, func(r *Reader) { r.U8("a"); r.U32("length") }, "truncated length (2 bytes left, need 4)"},
		{"negative", []byte{0, 0, 0}, func(r *Reader) { r.Bytes(-1, "x") }, "truncated x"},
		{"trailing", []byte{0, 0, 0}, func(r *Reader) { r.U8("a"); r.Done("the header") }, "2 trailing bytes after the header"},
		{"count above max", []byte{0, 0, 0, 1, 7}, func(r *Reader) { r.Count(0, 1, "list") }, "list of 1 entries (at most 0)"},
		{"count that cannot fit", []byte{0, 0, 0, 9}, func(r *Reader) { r.Count(1<<30, 1, "list") }, "list of 9 entries does not fit (0 bytes left)"},
		{"failure sticks", []byte{0, 0, 0}, func(r *Reader) { r.Bytes(9, "first"); r.U8("second") }, "truncated first"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := New(c.msg, errTest)
			c.read(r)
			err := r.Done("x")
			if !errors.Is(err, errTest) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want %q wrapping errTest", err, c.want)
			}
		})
	}
	if err := New(nil, nil).Bytes(1, "x"); err != nil || New(nil, nil).Done("x") != nil {
		t.Fatal("a nil sentinel")
	}
	r := New(nil, nil)
	r.U8("x")
	if r.Err() == nil || strings.HasPrefix(r.Err().Error(), "%!") {
		t.Fatalf("without a sentinel: %v", r.Err())
	}
}

// Count refuses a declared length before the caller allocates for it: a
// 4-byte message claiming 2^32-1 entries of 8 bytes allocates nothing.
func TestCountRefusesBeforeAllocating(t *testing.T) {
	msg := []byte{0xff, 0xff, 0xff, 0xff}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 100 {
		r := New(msg, errTest)
		_ = make([]uint64, r.Count(1<<31, 8, "list"))
		if r.Err() == nil {
			t.Fatal("accepted")
		}
	}
	runtime.ReadMemStats(&after)
	if per := (after.TotalAlloc - before.TotalAlloc) / 100; per > 1<<10 { // the Reader and the error, never the list
		t.Fatalf("%d bytes allocated per refusal", per)
	}
}

func FuzzReader(f *testing.F) {
	f.Add([]byte{0, 0, 0, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
	f.Fuzz(func(t *testing.T, b []byte) {
		r := New(b, errTest)
		n := r.Count(1<<20, 8, "list")
		got := 0
		for range n {
			r.U64("entry")
			got++
		}
		rest := r.Len()
		err := r.Done("the list")
		switch {
		case err == nil && 4+8*got != len(b):
			t.Fatalf("accepted %d bytes as %d entries", len(b), got)
		case err != nil && !errors.Is(err, errTest):
			t.Fatalf("failure without the sentinel: %v", err)
		case err == nil && rest != 0:
			t.Fatal("bytes left")
		}
		if bytes.Contains([]byte(err2s(err)), []byte("%!")) {
			t.Fatalf("bad format: %v", err)
		}
	})
}

func err2s(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// FuzzOps runs a program of reads (one op per byte of ops) over msg and checks
// the Reader against a model that counts bytes: each read takes exactly its
// width while enough is left, the first failure sticks (later reads return
// zero and nothing), and Done succeeds only when every byte was read.
func FuzzOps(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5}, []byte{1, 0, 2, 0, 0, 0, 3, 9, 9, 9, 9, 9, 9, 9, 9, 0, 0, 0, 0})
	f.Add([]byte{6, 7}, []byte{0, 0, 0, 2, 1, 2, 3, 4, 5, 6, 7, 8})
	f.Fuzz(func(t *testing.T, ops, msg []byte) {
		r := New(msg, errTest)
		left, failed := len(msg), false
		for _, op := range ops {
			want, got, nonzero := 0, 0, false
			switch op % 8 {
			case 0:
				want, nonzero = 1, r.U8("u8") != 0
			case 1:
				want, nonzero = 2, r.U16("u16") != 0
			case 2:
				want, nonzero = 4, r.U32("u32") != 0
			case 3:
				want, nonzero = 8, r.U64("u64") != 0
			case 4:
				d := r.Digest("digest")
				want, nonzero = 32, d != [32]byte{}
			case 5:
				want = int(op / 8)
				got = len(r.Bytes(want, "bytes"))
			case 6:
				c := r.Count(int(op/8), 1, "count")
				if !failed && left >= 4 {
					left -= 4
					if c > left || c > int(op/8) {
						t.Fatalf("count %d with %d bytes left (max %d)", c, left, op/8)
					}
				}
				want = -1
			case 7:
				want = -1
				r.Fits(int(op/8), 2, "fits")
				if !failed && 2*int(op/8) > left {
					failed = true
				}
			}
			if want >= 0 {
				if failed || want > left {
					failed = true
					if nonzero || got != 0 {
						t.Fatalf("op %d after a failure returned data", op)
					}
				} else {
					left -= want
				}
			}
			if failed = failed || r.Err() != nil; failed != (r.Err() != nil) {
				t.Fatalf("op %d: model failed=%v, reader err=%v", op, failed, r.Err())
			}
			if !failed && r.Len() != left {
				t.Fatalf("op %d: %d bytes left, model %d", op, r.Len(), left)
			}
		}
		err := r.Done("the program")
		if (err == nil) != (!failed && left == 0) {
			t.Fatalf("Done = %v with %d bytes left (failed %v)", err, left, failed)
		}
		if err != nil && !errors.Is(err, errTest) {
			t.Fatalf("failure without the sentinel: %v", err)
		}
	})
}
