// Package ipfs keeps sealed blobs on IPFS: a seal.Store that publishes through
// a kubo node's HTTP RPC API and reads back block by block, from that API or
// from a trustless gateway, verifying every block against its CID.
//
// CIDs are computed in-process exactly as `ipfs add` computes them by default
// (the unixfs-v0-2015 profile of IPIP-499: CIDv0, SHA-256, 256 KiB chunks,
// at most 174 links per node, balanced layout, dag-pb leaves), with boxo's
// importer, so that `ipfs add BLOB` on any machine prints the CID recorded in
// the dataset's URI. Put asks kubo for those exact parameters and refuses the
// blob if kubo reports another CID. A CID is not the SHA-256 of the file:
// the on-chain pointer keeps both, and seal.Open still checks the SHA-256
// before anything is decrypted.
//
// Threat model. The kubo node, the gateway and the network are untrusted for
// integrity: a block whose multihash does not match the CID that names it is
// refused (ErrBlockMismatch) before it is decoded, so a hostile gateway can
// only withhold data, never change it. The DAG itself is fixed by the root
// CID, which the publisher chose; a publisher's malformed or oversized DAG is
// refused by the structural checks in Fetch (declared sizes must add up,
// depth and total size are capped), so it cannot make a reader allocate or
// walk without bound. Ciphertext is public by design; confidentiality rests
// on the age encryption in package seal. Not protected: availability (a
// gateway may refuse to serve), and the privacy of which CIDs a node asks for.
package ipfs
