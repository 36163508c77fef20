package wire

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"runtime"
	"testing"

	"pgregory.net/rapid"
)

// chunks splits payload the way conn.sendMessage does.
func chunks(round uint32, step string, payload []byte) []*Frame {
	var out []*Frame
	total := uint64(len(payload))
	for seq := uint32(0); ; seq++ {
		n := min(len(payload), MaxChunk)
		f := &Frame{Kind: KindData, Round: round, Step: step, Seq: seq, Total: total, Payload: payload[:n], Last: n == len(payload)}
		out = append(out, f)
		payload = payload[n:]
		if f.Last {
			return out
		}
	}
}

// signedChunks splits payload the way a signing sender does: the data, then
// an empty last chunk (that would carry the signature).
func signedChunks(round uint32, step string, payload []byte) []*Frame {
	out := chunks(round, step, payload)
	last := out[len(out)-1]
	if len(last.Payload) == 0 {
		return out
	}
	last.Last = false
	return append(out, &Frame{Kind: KindData, Round: round, Step: step, Seq: last.Seq + 1, Total: last.Total, Last: true})
}

// feed adds frames in order until one is refused; it returns the last message completed.
func feed(in *inbox, frames []*Frame) (*Message, error) {
	var last *Message
	for i, f := range frames {
		m, err := in.add(f)
		if err != nil {
			return nil, fmt.Errorf("frame %d: %w", i, err)
		}
		if m != nil {
			last = m
		}
	}
	return last, nil
}

func TestInboxReassembles(t *testing.T) {
	for i, size := range []int{0, 1, MaxChunk - 1, MaxChunk, MaxChunk + 1, 3*MaxChunk + 5, 1, MaxChunk, 2*MaxChunk + 3} {
		payload := pattern(size, 9)
		in := newInbox(4 << 20)
		split := chunks
		if i >= 6 {
			split = signedChunks
		}
		m, err := feed(in, split(1, "s", payload))
		if err != nil || m == nil {
			t.Fatalf("%d bytes: %v, %v", size, m, err)
		}
		if !bytes.Equal(m.Payload, payload) || m.Payload == nil || m.sum != sha256.Sum256(payload) {
			t.Fatalf("%d bytes: reassembled %d bytes", size, len(m.Payload))
		}
		if len(in.partial) != 0 {
			t.Fatalf("%d bytes: %d partial messages left", size, len(in.partial))
		}
	}
}

func TestInboxRefusals(t *testing.T) {
	full := pattern(MaxChunk, 1)
	first := func(total uint64) *Frame {
		return &Frame{Kind: KindData, Round: 1, Step: "s", Total: total, Payload: full}
	}
	cases := []struct {
		name   string
		frames []*Frame
		want   string
	}{
		{"declared size over max", []*Frame{{Kind: KindData, Round: 1, Step: "s", Total: 4<<20 + 1, Payload: []byte{1}}}, "declares 4194305 bytes, more than the 4194304 allowed"},
		{"does not start at chunk 0", []*Frame{{Kind: KindData, Round: 1, Step: "s", Seq: 1, Total: 1, Payload: []byte{1}, Last: true}}, "starts at chunk 1"},
		{"chunk out of order", []*Frame{first(3 << 20), {Kind: KindData, Round: 1, Step: "s", Seq: 2, Total: 3 << 20, Payload: full}}, "chunk 2 arrived, expected 1"},
		{"declared size changes", []*Frame{first(3 << 20), {Kind: KindData, Round: 1, Step: "s", Seq: 1, Total: 2 << 20, Payload: full, Last: true}}, "changed its declared size"},
		{"short chunk before the last", []*Frame{{Kind: KindData, Round: 1, Step: "s", Total: 3 << 20, Payload: full[:10]}}, fmt.Sprintf("chunks before the last must have %d", MaxChunk)},
		{"empty chunk before the last", []*Frame{first(MaxChunk), {Kind: KindData, Round: 1, Step: "s", Seq: 1, Total: MaxChunk}}, "chunk 1 has 0 bytes"},
		{"ends early", []*Frame{{Kind: KindData, Round: 1, Step: "s", Total: 10, Payload: full[:5], Last: true}}, "ended after 5 of 10 bytes"},
		{"more than declared", []*Frame{first(2*MaxChunk - 1), {Kind: KindData, Round: 1, Step: "s", Seq: 1, Total: 2*MaxChunk - 1, Payload: full, Last: true}}, "sent more than its declared"},
		{"replay", []*Frame{{Kind: KindData, Round: 1, Step: "s", Total: 1, Payload: []byte{1}, Last: true}, {Kind: KindData, Round: 1, Step: "s", Total: 1, Payload: []byte{1}, Last: true}}, "already received (replay?)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := feed(newInbox(4<<20), c.frames)
			mustContain(t, err, `round 1 step "s"`, c.want)
		})
	}
}

func TestInboxRefusesFinishedRounds(t *testing.T) {
	in := newInbox(1 << 10)
	if _, err := in.add(&Frame{Kind: KindData, Round: 2, Step: "s", Total: 1, Payload: []byte{1}, Last: true}); err != nil {
		t.Fatal(err)
	}
	in.forget(3)
	_, err := in.add(&Frame{Kind: KindData, Round: 2, Step: "t", Total: 1, Payload: []byte{1}, Last: true})
	mustContain(t, err, "finished round (now 3)")
	if len(in.seen) != 0 {
		t.Fatalf("forget kept %d keys of finished rounds", len(in.seen))
	}
}

func TestInboxBoundsPendingMessages(t *testing.T) {
	in := newInbox(1 << 10)
	for i := range maxPending {
		m, err := in.add(&Frame{Kind: KindData, Round: 1, Step: fmt.Sprint("s", i), Total: 1, Payload: []byte{1}, Last: true})
		if err != nil {
			t.Fatal(err)
		}
		in.deliver(m) // delivered, never taken
	}
	_, err := in.add(&Frame{Kind: KindData, Round: 1, Step: "one-more", Total: 1, Payload: []byte{1}, Last: true})
	mustContain(t, err, "more than 64 messages")
	if _, err := in.take(context.Background(), msgKey{1, "s0"}); err != nil {
		t.Fatal(err)
	}
	if _, err := in.add(&Frame{Kind: KindData, Round: 1, Step: "one-more", Total: 1, Payload: []byte{1}, Last: true}); err != nil {
		t.Fatalf("after a take, a new message is refused: %v", err)
	}
}

// TestOversizeRefusedBeforeAllocation: a first chunk declaring far more than
// the job's MaxMessage is refused without allocating for it.
func TestOversizeRefusedBeforeAllocation(t *testing.T) {
	const maxMessage = 64 << 20
	in := newInbox(maxMessage)
	for _, total := range []uint64{maxMessage + 1, 1 << 40, 1<<64 - 1} {
		f := &Frame{Kind: KindData, Round: 1, Step: "s", Total: total, Payload: []byte{1}}
		perRun := allocatedBytes(50, func() {
			if _, err := in.add(f); err == nil {
				t.Fatalf("a message of %d bytes was accepted", total)
			}
		})
		if perRun > 4<<10 {
			t.Fatalf("refusing a message of %d bytes allocated %d bytes", total, perRun)
		}
		if len(in.partial) != 0 {
			t.Fatalf("the refused message holds a buffer")
		}
	}
}

// allocatedBytes is the heap allocated by one run of f, averaged over runs.
func allocatedBytes(runs int, f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range runs {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.TotalAlloc - before.TotalAlloc) / uint64(runs)
}

// TestInboxBudgetsMemoryAhead: the first chunk of a message may reserve its
// declared size, but what all partial messages hold ahead of the data stays
// within max (plus, at worst, what already arrived).
func TestInboxBudgetsMemoryAhead(t *testing.T) {
	const max = 8 << 20
	in := newInbox(max)
	full := pattern(MaxChunk, 2)
	for i := range 4 {
		f := &Frame{Kind: KindData, Round: 1, Step: fmt.Sprint("s", i), Total: max, Payload: full}
		if _, err := in.add(f); err != nil {
			t.Fatal(err)
		}
	}
	checkInboxBounds(t, in)
	if got := in.partial[msgKey{1, "s0"}].ahead(); got != max-MaxChunk {
		t.Fatalf("the first message reserved %d bytes ahead, want %d", got, max-MaxChunk)
	}
	for i := 1; i < 4; i++ {
		if c := cap(in.partial[msgKey{1, fmt.Sprint("s", i)}].buf); c > 2*MaxChunk {
			t.Fatalf("message %d reserved %d bytes with the budget spent", i, c)
		}
	}
}

// failer is what checkInboxBounds needs of testing.T and rapid.T.
type failer interface {
	Helper()
	Fatalf(format string, args ...any)
}

// checkInboxBounds asserts the inbox's invariants.
func checkInboxBounds(t failer, in *inbox) {
	t.Helper()
	in.mu.Lock()
	defer in.mu.Unlock()
	if n := len(in.partial) + len(in.done); n > maxPending {
		t.Fatalf("%d messages held, max %d", n, maxPending)
	}
	var ahead, held uint64
	for k, p := range in.partial {
		if uint64(len(p.buf)) > p.total || uint64(cap(p.buf)) > p.total || p.total > in.max {
			t.Fatalf("%s: %d bytes in a buffer of %d for a message of %d (max %d)", k, len(p.buf), cap(p.buf), p.total, in.max)
		}
		ahead += p.ahead()
		held += uint64(len(p.buf))
	}
	if ahead > in.max+held {
		t.Fatalf("%d bytes reserved ahead of the data, with %d arrived (max %d)", ahead, held, in.max)
	}
	for k, m := range in.done {
		if uint64(len(m.Payload)) > in.max || m.sum != sha256.Sum256(m.Payload) {
			t.Fatalf("%s: a delivered message of %d bytes does not match its hash or exceeds max", k, len(m.Payload))
		}
	}
}

// propertyBytes are the payloads of the property test: distinct slices of one pattern.
var propertyBytes = pattern(3*MaxChunk+5, 11)

func TestInboxReassemblyProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		sizes := rapid.SliceOfN(rapid.IntRange(0, 3*MaxChunk+2), 1, 3).Draw(t, "sizes")
		in := newInbox(3*MaxChunk + 2)
		var queues [][]*Frame
		var payloads [][]byte
		for i, n := range sizes {
			payloads = append(payloads, propertyBytes[i:i+n])
			queues = append(queues, chunks(1, fmt.Sprint("m", i), payloads[i]))
		}
		for left := len(sizes); left > 0; { // interleave the messages' chunks at random
			i := rapid.IntRange(0, len(queues)-1).Draw(t, "next")
			if len(queues[i]) == 0 {
				continue
			}
			f := queues[i][0]
			queues[i] = queues[i][1:]
			m, err := in.add(f)
			if err != nil {
				t.Fatal(err)
			}
			checkInboxBounds(t, in)
			if m == nil {
				continue
			}
			left--
			if !bytes.Equal(m.Payload, payloads[i]) || m.sum != sha256.Sum256(payloads[i]) {
				t.Fatalf("message %d: reassembled %d bytes of %d", i, len(m.Payload), len(payloads[i]))
			}
		}
	})
}

// FuzzInbox feeds an inbox arbitrary sequences of frames: it never panics,
// never holds more than its bounds, and every message it completes has exactly
// its declared size and hash.
func FuzzInbox(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 0, 1})
	f.Add([]byte{0, 0, 0, 6, 4, 0, 0, 0, 1, 6, 5, 1})
	f.Add([]byte{1, 1, 0, 7, 3, 1, 9, 2, 0, 0, 0, 0})
	full := pattern(MaxChunk, 5)
	f.Fuzz(func(t *testing.T, ops []byte) {
		in := newInbox(3 * MaxChunk)
		declared := map[msgKey]uint64{}
		for len(ops) >= 6 {
			op := ops[:6]
			ops = ops[6:]
			if op[0] == 9 {
				in.forget(uint32(op[1] % 4))
				continue
			}
			fr := fuzzFrame(op, full)
			k := msgKey{fr.Round, fr.Step}
			_, open := in.partial[k]
			m, err := in.add(fr)
			if err == nil && !open {
				declared[k] = fr.Total
			}
			if _, kept := in.partial[k]; err != nil && kept && !open {
				t.Fatalf("%s: a refused first chunk left a partial message", k)
			}
			checkInboxBounds(t, in)
			if err != nil || m == nil {
				continue
			}
			if uint64(len(m.Payload)) != declared[k] || m.sum != sha256.Sum256(m.Payload) {
				t.Fatalf("%s delivered %d bytes, declared %d", k, len(m.Payload), declared[k])
			}
			if op[0]&1 == 0 {
				in.deliver(m)
			}
		}
	})
}

// fuzzTotals and fuzzLengths are the sizes a fuzzed frame picks from: around
// chunk boundaries and the inbox's max, and absurd ones.
var (
	fuzzTotals  = []uint64{0, 1, 7, MaxChunk - 1, MaxChunk, MaxChunk + 1, 2 * MaxChunk, 3 * MaxChunk, 3*MaxChunk + 1, 1 << 40}
	fuzzLengths = []int{0, 1, 7, MaxChunk - 1, MaxChunk}
)

// fuzzFrame makes a data frame from 6 bytes: round, step, seq, total, payload
// length and last flag.
func fuzzFrame(op []byte, full []byte) *Frame {
	total := fuzzTotals[int(op[3])%len(fuzzTotals)]
	n := fuzzLengths[int(op[4])%len(fuzzLengths)]
	if op[4] >= 128 { // the rest of a message whose earlier chunks were full
		n = int(total % MaxChunk)
	}
	return &Frame{Kind: KindData, Round: uint32(op[0] % 4), Step: []string{"a", "b", "c"}[op[1]%3],
		Seq: uint32(op[2] % 4), Total: total, Payload: full[:n], Last: op[5]&1 == 1}
}
