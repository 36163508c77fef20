package mpc

import (
	"bytes"
	"fmt"
	"io"

	"filippo.io/age"
)

// sealTo encrypts a node's release to the buyer: the node never holds the
// result, and the other node cannot open what passes through it.
func sealTo(to age.Recipient, b []byte) ([]byte, error) {
	var out bytes.Buffer
	w, err := age.Encrypt(&out, to)
	if err != nil {
		return nil, fmt.Errorf("mpc: sealing to the buyer: %w", err)
	}
	if _, err := w.Write(b); err != nil {
		return nil, fmt.Errorf("mpc: sealing to the buyer: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("mpc: sealing to the buyer: %w", err)
	}
	return out.Bytes(), nil
}

// openSealed decrypts a release with the buyer's identity, reading at most
// max bytes of plaintext.
func openSealed(id age.Identity, sealed []byte, max int64) ([]byte, error) {
	r, err := age.Decrypt(bytes.NewReader(sealed), id)
	if err != nil {
		return nil, fmt.Errorf("mpc: opening a sealed release: %w", err)
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("mpc: opening a sealed release: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("mpc: a sealed release holds more than %d bytes", max)
	}
	return b, nil
}
