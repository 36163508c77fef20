package mhe

import (
	"encoding/binary"
	"io"
)

// writeField writes a length-prefixed byte string, so that concatenated
// fields in a hash or signature preimage can never be re-split differently.
func writeField(w io.Writer, b []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(b)))
	w.Write(n[:])
	w.Write(b)
}
