//go:build !unix

package wire

// fileLimit is unknown here: MaxConns applies as configured.
func fileLimit() uint64 { return 0 }
