package dataset

import (
	"io"
	"math/rand/v2"
	"runtime"
	"strconv"
	"testing"
)

// csvStream serves a generated CSV of 30 columns without ever holding it,
// and records the live heap (after a GC) each time another step of bytes
// has been served, that is while the consumer is mid-stream.
type csvStream struct {
	rng       *rand.Rand
	pending   []byte
	served    int
	size      int
	step      int
	nextCheck int
	peak      uint64
}

func newCSVStream(size int) *csvStream {
	s := &csvStream{rng: rand.New(rand.NewPCG(3, 4)), size: size, step: 2 << 20}
	for c := range 30 {
		if c > 0 {
			s.pending = append(s.pending, ',')
		}
		s.pending = append(s.pending, "f"+strconv.Itoa(c)...)
	}
	s.pending = append(s.pending, '\n')
	return s
}

func (s *csvStream) Read(p []byte) (int, error) {
	if s.served >= s.nextCheck {
		s.nextCheck += s.step
		s.peak = max(s.peak, liveHeap())
	}
	for len(s.pending) < len(p) && s.served+len(s.pending) < s.size {
		for c := range 30 {
			if c > 0 {
				s.pending = append(s.pending, ',')
			}
			s.pending = appendCell(s.pending, s.rng, c)
		}
		s.pending = append(s.pending, '\n')
	}
	if len(s.pending) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.pending)
	s.pending = s.pending[:copy(s.pending, s.pending[n:])]
	s.served += n
	return n, nil
}

func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestInspectMemoryIsBounded streams 16 MiB through Inspect and checks that
// the live heap never grows by more than 4 MiB, whereas Read, which keeps
// the rows, grows by more than the data's float64 size would suggest
// (checked so that this test is able to fail).
func TestInspectMemoryIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 32 MiB")
	}
	const size = 16 << 20
	base := liveHeap()
	stream := newCSVStream(size)
	s, err := Inspect(stream)
	if err != nil {
		t.Fatal(err)
	}
	growth := int64(stream.peak) - int64(base)
	t.Logf("Inspect: live heap grew by %d bytes over %d rows", growth, s.Rows)
	if growth > 4<<20 {
		t.Errorf("Inspect's live heap grew by %d bytes", growth)
	}
	base = liveHeap()
	stream = newCSVStream(size)
	tab, err := Read(stream)
	if err != nil {
		t.Fatal(err)
	}
	growth = int64(stream.peak) - int64(base)
	t.Logf("Read: live heap grew by %d bytes", growth)
	if growth < 8<<20 || tab.Len() != s.Rows {
		t.Errorf("Read's live heap grew by only %d bytes (%d rows); the measurement is broken", growth, tab.Len())
	}
}
