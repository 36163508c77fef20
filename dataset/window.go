package dataset

import (
	"errors"
	"io"
)

// errRecordTooLong is returned by recordWindow to the CSV reader when the
// current record grows past its limit; the scanner turns it into ErrLimit.
var errRecordTooLong = errors.New("record too long")

// windowSlack covers the CSV reader's read-ahead buffer, which the window
// sees before the reader has parsed it.
const windowSlack = 64 << 10

// recordWindow sits between the input and encoding/csv. It does two things
// encoding/csv cannot: it bounds how many bytes one record may take (an
// unterminated quote would otherwise pull the whole file into memory), and
// it keeps the bytes of the current record so that a syntax error, which
// encoding/csv reports as a byte position, can be traced to its column.
// Memory is bounded by the record limit plus windowSlack.
type recordWindow struct {
	src   io.Reader
	buf   []byte // input bytes from stream offset base onward
	base  int64
	start int64 // stream offset where the current record starts
	limit int64 // bytes the current record may take, read-ahead included
	over  bool  // the limit was hit
}

func newRecordWindow(src io.Reader, limit int) *recordWindow {
	return &recordWindow{src: src, buf: make([]byte, 0, 8<<10), limit: int64(limit + windowSlack)}
}

func (w *recordWindow) Read(p []byte) (int, error) {
	if w.base+int64(len(w.buf))-w.start > w.limit {
		w.over = true
		return 0, errRecordTooLong
	}
	n, err := w.src.Read(p)
	w.keep(p[:n])
	return n, err
}

// keep appends b, first dropping the bytes before the current record when
// the buffer would otherwise have to grow.
func (w *recordWindow) keep(b []byte) {
	if drop := w.start - w.base; drop > 0 && len(w.buf)+len(b) > cap(w.buf) {
		n := copy(w.buf, w.buf[drop:])
		w.buf = w.buf[:n]
		w.base = w.start
	}
	w.buf = append(w.buf, b...)
}

// beginRecord marks offset as the start of the next record, which may take
// up to limit bytes.
func (w *recordWindow) beginRecord(offset int64, limit int) {
	w.start = offset
	w.limit = int64(limit + windowSlack)
}

// record returns the bytes seen so far from the start of the current
// record, read-ahead included.
func (w *recordWindow) record() []byte {
	return w.buf[w.start-w.base:]
}
