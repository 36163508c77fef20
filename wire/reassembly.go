package wire

import (
	"fmt"
	"hash"
)

// partial is a message being reassembled. A message of one chunk is that
// chunk's payload, uncopied; the chunks of a longer one are copied straight into
// a buffer of the declared size, reserved when its first chunk arrives if the
// inbox's budget for memory ahead of the data allows (else it grows as the
// chunks come, at most doubling what arrived).
type partial struct {
	total uint64
	next  uint32
	buf   []byte
	sum   hash.Hash // SHA-256 of the bytes so far
}

// check enforces the chunking every sender uses: chunks in order, each chunk
// before the last either exactly MaxChunk bytes or the rest of the data (then
// only an empty last chunk may follow, which carries the sender's signature),
// the last one completing the declared size. A message of n bytes thus takes
// at most n/MaxChunk + 2 chunks.
func (p *partial) check(k msgKey, f *Frame) error {
	got := uint64(len(p.buf))
	rest := p.total - got
	n := uint64(len(f.Payload))
	switch {
	case f.Seq != p.next:
		return fmt.Errorf("wire: %s chunk %d arrived, expected %d", k, f.Seq, p.next)
	case f.Total != p.total:
		return fmt.Errorf("wire: %s changed its declared size from %d to %d", k, p.total, f.Total)
	case n > rest:
		return fmt.Errorf("wire: %s sent more than its declared %d bytes", k, p.total)
	case f.Last && n != rest:
		return fmt.Errorf("wire: %s ended after %d of %d bytes", k, got+n, p.total)
	case !f.Last && (n == 0 || (n != MaxChunk && n != rest)):
		return fmt.Errorf("wire: %s chunk %d has %d bytes; chunks before the last must have %d or the rest of the data", k, f.Seq, n, MaxChunk)
	}
	return nil
}

// own makes a whole one-chunk message's payload the message. A payload in a
// recycled receive buffer is copied out (append allocates without zeroing
// what it overwrites) and the buffer goes back to the pool, warm: handing the
// buffer itself on would cost a fresh, zeroed 1 MiB for the next chunk.
func (p *partial) own(f *Frame) {
	if f.pooled != nil {
		p.buf = append([]byte(nil), f.Payload...)
	} else {
		p.buf = f.Payload
	}
	hashChunk(p.sum, p.buf)
}

// copyIn appends f's payload; spare is how many bytes the buffer may reserve
// ahead of the data.
func (p *partial) copyIn(f *Frame, spare uint64) {
	need := uint64(len(p.buf)) + uint64(len(f.Payload))
	if need > uint64(cap(p.buf)) {
		extra := min(p.total-need, max(spare, need))
		grown := make([]byte, len(p.buf), need+extra)
		adviseHuge(grown)
		copy(grown, p.buf)
		p.buf = grown
	}
	p.copyPieces(f.Payload)
}

// copyPieces appends b to the buffer and hashes it, in pieces: the hash reads
// what was just copied while it is in cache, and neither the copy nor the
// hash holds off the garbage collector for long (see hashPiece).
func (p *partial) copyPieces(b []byte) {
	for ; len(b) > 0; b = b[min(len(b), hashPiece):] {
		piece := b[:min(len(b), hashPiece)]
		p.buf = append(p.buf, piece...)
		p.sum.Write(piece)
	}
}

// ahead is how many bytes p holds ahead of their arrival.
func (p *partial) ahead() uint64 { return uint64(cap(p.buf) - len(p.buf)) }

// payload is the complete message.
func (p *partial) payload() []byte {
	if p.buf == nil {
		return []byte{}
	}
	return p.buf
}
