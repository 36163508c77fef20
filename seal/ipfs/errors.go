package ipfs

import "errors"

// Sentinel errors callers branch on; returned errors wrap them with the CID,
// URL or field they concern.
var (
	// ErrBlockMismatch: a block's bytes do not hash to the CID that names
	// it. The source is lying or corrupt; nothing of the block was used.
	ErrBlockMismatch = errors.New("ipfs: block does not match its CID")
	// ErrMalformedDAG: a verified block does not decode as a UnixFS file
	// node, or the declared sizes of a node and its children disagree.
	ErrMalformedDAG = errors.New("ipfs: malformed UnixFS DAG")
	// ErrUnsupportedCID: not a CIDv0 (dag-pb, SHA-256), the only kind this
	// package publishes and reads.
	ErrUnsupportedCID = errors.New("ipfs: unsupported CID")
	// ErrTooLarge: the file, a block, or a response is larger than allowed.
	ErrTooLarge = errors.New("ipfs: too large")
	// ErrCIDMismatch: the kubo node stored the blob under another CID than
	// the one computed here (another import profile is in force).
	ErrCIDMismatch = errors.New("ipfs: kubo computed a different CID")
	// ErrRPC: the kubo RPC API or the gateway answered with an error.
	ErrRPC = errors.New("ipfs: remote error")
)
