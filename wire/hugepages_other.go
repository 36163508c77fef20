//go:build !linux

package wire

// adviseHuge has nothing to ask for here.
func adviseHuge([]byte) {}
