package mhe

import (
	"github.com/tuneinsight/lattigo/v6/core/rlwe"
)

// CollectiveKey is a committee's collective public key: owners encrypt
// their inputs under it; decrypting needs every member's secret share.
type CollectiveKey struct {
	params    Params
	committee [32]byte
	pk        *rlwe.PublicKey
}

// Committee returns the ID of the committee that owns the key.
func (k *CollectiveKey) Committee() [32]byte { return k.committee }

// MarshalBinary encodes the key (for the key store and for peers that did
// not take part in key generation, e.g. the aggregator).
func (k *CollectiveKey) MarshalBinary() ([]byte, error) {
	return k.params.encodeRows(kindCollectiveKey, 1, qpRows(k.pk.Value[0], k.pk.Value[1])), nil
}

// ParseCollectiveKey decodes a key for committee c, checking its parameters
// and that its second component is the committee's CRS polynomial (a key
// built for another committee is refused).
func ParseCollectiveKey(c *Committee, b []byte) (*CollectiveKey, error) {
	pk, err := c.params.decodePublicKey(kindCollectiveKey, b)
	if err != nil {
		return nil, err
	}
	if err := c.checkCRP(pk); err != nil {
		return nil, err
	}
	return &CollectiveKey{params: c.params, committee: c.id, pk: pk}, nil
}

func (p Params) decodePublicKey(k kind, b []byte) (*rlwe.PublicKey, error) {
	rows, _, err := p.decodeRows(k, b)
	if err != nil {
		return nil, err
	}
	polys := p.qpPolys(rows)
	pk := rlwe.NewPublicKey(p.ckks)
	pk.Value[0], pk.Value[1] = polys[0], polys[1]
	return pk, nil
}
