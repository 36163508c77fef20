package seal

import (
	"context"
	"fmt"
	"os"
)

// LocalPointer completes an on-chain pointer (digest and URI; the chain keeps no
// size) with the size of the blob in a local store. The digest is what protects
// the content; the size only bounds how much Open reads.
func LocalPointer(st Store, digest [32]byte, uri string) (Pointer, error) {
	ptr := Pointer{SHA256: digest, URI: uri}
	path, err := st.LocalPath(uri)
	if err != nil {
		return ptr, err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return ptr, fmt.Errorf("%w: %s is not in this store", ErrBlobNotFound, uri)
	}
	ptr.Size = fi.Size()
	return ptr, nil
}

// ResolvePointer completes an on-chain pointer (digest and URI) with the
// blob's size: from the store itself when it is a Sizer, else from its local
// file (LocalPointer).
func ResolvePointer(ctx context.Context, st Store, digest [32]byte, uri string) (Pointer, error) {
	if s, ok := st.(Sizer); ok {
		n, err := s.Size(ctx, uri)
		return Pointer{SHA256: digest, URI: uri, Size: n}, err
	}
	return LocalPointer(st, digest, uri)
}
