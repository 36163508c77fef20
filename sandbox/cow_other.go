//go:build !linux

package sandbox

import "errors"

// cowMemory is Linux-only; elsewhere restores copy the whole memory.
type cowMemory struct{}

func newCowMemory(uint64) (*cowMemory, error) {
	return nil, errors.New("sandbox: no copy-on-write memory here")
}
func (*cowMemory) Reallocate(uint64) []byte { return nil }
func (*cowMemory) Free()                    {}
func (*cowMemory) freeze([]byte) error      { return errors.New("unsupported") }
func (*cowMemory) reset() error             { return errors.New("unsupported") }
