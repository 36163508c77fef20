package prio

import (
	"encoding/binary"
	"fmt"

	"golang.org/x/crypto/cryptobyte"
)

// Role is a compute node's place in the protocol: the leader (draft
// aggregator 0) gets the full share vectors, the helper (aggregator 1) short
// seeds that expand to its share.
type Role uint8

const (
	Leader Role = 0
	Helper Role = 1
)

func (r Role) String() string {
	if r == Leader {
		return "leader"
	}
	return "helper"
}

// A submission, owner to node:
//
//	"VPS1" | role (1) | owner (4) | blocks (1) | per block: public (u16 length) | share (u32 length)
//
// Every length is then checked against the scheme before decoding.
const submissionMagic = "VPS1"

func newSubmission(r Role, owner uint32, blocks int) []byte {
	b := append([]byte(submissionMagic), byte(r))
	b = append(b, byte(owner>>24), byte(owner>>16), byte(owner>>8), byte(owner))
	return append(b, byte(blocks))
}

func appendBlock(b, public, share []byte) []byte {
	b = binary.BigEndian.AppendUint16(b, uint16(len(public)))
	b = append(b, public...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(share)))
	return append(b, share...)
}

// parsedSubmission is a submission whose framing is checked; its shares are
// checked when the node prepares them.
type parsedSubmission struct {
	role    Role
	owner   uint32
	publics [][]byte
	shares  [][]byte
}

// parseSubmission checks the framing, the role, the owner and every length
// against the scheme; it copies nothing it does not keep.
func (s *Scheme) parseSubmission(msg []byte, want Role, owner uint32) (*parsedSubmission, error) {
	in := cryptobyte.String(msg)
	var magic []byte
	var role, blocks uint8
	var from uint32
	if !in.ReadBytes(&magic, 4) || string(magic) != submissionMagic || !in.ReadUint8(&role) || !in.ReadUint32(&from) || !in.ReadUint8(&blocks) {
		return nil, fmt.Errorf("%w: submission header", ErrMalformed)
	}
	switch {
	case Role(role) != want:
		return nil, fmt.Errorf("%w: submission for the %s, sent to the %s", ErrMalformed, Role(role), want)
	case from != owner:
		return nil, fmt.Errorf("%w: submission names owner %d, sent by owner %d", ErrMalformed, from, owner)
	case int(blocks) != len(s.blocks):
		return nil, fmt.Errorf("%w: %d blocks, want %d", ErrMalformed, blocks, len(s.blocks))
	}
	p := &parsedSubmission{role: want, owner: owner}
	for b, v := range s.vdafs {
		var public cryptobyte.String
		var share []byte
		var n uint32
		if !in.ReadUint16LengthPrefixed(&public) || !in.ReadUint32(&n) || n > uint32(len(in)) || !in.ReadBytes(&share, int(n)) {
			return nil, fmt.Errorf("%w: block %d framing", ErrMalformed, b)
		}
		if len(public) != v.publicLen() || len(share) != v.shareLen(uint8(want)) {
			return nil, fmt.Errorf("%w: block %d: public share %d bytes (want %d), share %d bytes (want %d)",
				ErrMalformed, b, len(public), v.publicLen(), len(share), v.shareLen(uint8(want)))
		}
		p.publics = append(p.publics, public)
		p.shares = append(p.shares, share)
	}
	if !in.Empty() {
		return nil, fmt.Errorf("%w: %d bytes after the last block", ErrMalformed, len(in))
	}
	return p, nil
}

// SubmissionSize is the exact size of a submission to a node in role r.
func (s *Scheme) SubmissionSize(r Role) int {
	n := len(submissionMagic) + 1 + 4 + 1
	for _, v := range s.vdafs {
		n += 2 + v.publicLen() + 4 + v.shareLen(uint8(r))
	}
	return n
}
