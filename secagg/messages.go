package secagg

import (
	"encoding/binary"
	"fmt"

	"github.com/veil-market/veil/secagg/shamir"
)

// Message bodies, one type per message, each with a strict decoder: exact
// sizes, indices in range and strictly increasing, no trailing bytes. The
// header and signature around them are handled in wire.go.

const (
	keyLen         = 32
	advertiseLen   = headerLen + 3*keyLen + signatureLen
	sharePlainLen  = 4 + 4 + 2*shamir.Size
	shareCipherLen = sharePlainLen + 16 // AES-GCM tag
)

// advertiseBody (StepAdvertiseKeys, client): the X25519 public keys for
// share encryption (c) and for pairwise masks (s), and a commitment to the
// self-mask seed b (seedCommitment), against which anyone checks the seed
// the server reveals in the opening.
type advertiseBody struct {
	encKey, maskKey, seedCommit [keyLen]byte
}

func (a advertiseBody) append(b []byte) []byte {
	return append(append(append(b, a.encKey[:]...), a.maskKey[:]...), a.seedCommit[:]...)
}

func parseAdvertise(body []byte) (advertiseBody, error) {
	var a advertiseBody
	if len(body) != 3*keyLen {
		return a, fmt.Errorf("AdvertiseKeys body of %d bytes, want %d", len(body), 3*keyLen)
	}
	copy(a.encKey[:], body)
	copy(a.maskKey[:], body[keyLen:])
	copy(a.seedCommit[:], body[2*keyLen:])
	return a, nil
}

// keysBroadcast (server, opens StepShareKeys): the signed AdvertiseKeys
// messages of the clients in U1, by increasing sender.
type keysBroadcast struct {
	adverts [][]byte // each exactly advertiseLen bytes
}

func (k keysBroadcast) append(b []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(k.adverts)))
	for _, a := range k.adverts {
		b = append(b, a...)
	}
	return b
}

func parseKeysBroadcast(body []byte, n int) (keysBroadcast, error) {
	r := newReader(body)
	c := r.Count(n, advertiseLen, "list of advertisements")
	k := keysBroadcast{adverts: make([][]byte, c)}
	for i := range k.adverts {
		k.adverts[i] = r.Bytes(advertiseLen, "advertisement")
	}
	return k, r.Done("the advertisements")
}

// sealedShare is one encrypted share pair, addressed by peer: the
// recipient in a client's ShareKeys message, the sender in the server's
// delivery to a recipient.
type sealedShare struct {
	peer       int
	ciphertext []byte // shareCipherLen bytes
}

func appendSealed(b []byte, list []sealedShare) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(list)))
	for _, s := range list {
		b = binary.BigEndian.AppendUint32(b, uint32(s.peer))
		b = append(b, s.ciphertext...)
	}
	return b
}

func (r reader) sealedList(n int) []sealedShare {
	c := r.Count(n, 4+shareCipherLen, "list of sealed shares")
	out := make([]sealedShare, c)
	prev := -1
	for i := range out {
		prev = r.index(n, prev)
		out[i] = sealedShare{peer: prev, ciphertext: r.Bytes(shareCipherLen, "sealed share")}
	}
	return out
}

// shareKeysBody (StepShareKeys, client): one sealed share pair per
// recipient, by increasing recipient.
func parseShareKeys(body []byte, n int) ([]sealedShare, error) {
	r := newReader(body)
	list := r.sealedList(n)
	return list, r.Done("the sealed shares")
}

// sharesDelivery (server, opens StepMaskedInputCollection): the sealed
// shares addressed to one recipient, by increasing sender.
type sharesDelivery struct {
	recipient int
	shares    []sealedShare
}

func (d sharesDelivery) append(b []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(d.recipient))
	return appendSealed(b, d.shares)
}

func parseSharesDelivery(body []byte, n int) (sharesDelivery, error) {
	r := newReader(body)
	d := sharesDelivery{recipient: r.index(n, -1)}
	d.shares = r.sealedList(n)
	return d, r.Done("the shares delivered")
}

// parseIndexList decodes a list of client indices.
func parseIndexList(body []byte, n int) ([]int, error) {
	r := newReader(body)
	list := r.indexList(n)
	return list, r.Done("the list of client indices")
}

// survivorsBody (server, opens StepConsistencyCheck; the client signs the
// same bytes back): the survivor set U3 and the digest of the masked sum
// over U3 (maskedSumDigest). Signing both fixes, for every signer, which
// masked sum the result will be unmasked from.
type survivorsBody struct {
	survivors []int
	digest    [32]byte
}

func (b survivorsBody) append(out []byte) []byte {
	return append(appendIndexList(out, b.survivors), b.digest[:]...)
}

func parseSurvivors(body []byte, n int) (survivorsBody, error) {
	r := newReader(body)
	s := survivorsBody{survivors: r.indexList(n), digest: r.Digest("masked sum digest")}
	return s, r.Done("the survivors")
}

// unmaskRequest (server, opens StepUnmasking): whose self-mask seeds and
// whose mask keys to reveal shares of, with the consistency signatures that
// prove the survivors are the set every signer was shown.
type unmaskRequest struct {
	survivors  []int // reveal self-mask seed shares (U3)
	dropped    []int // reveal mask-key shares (U2 \ U3)
	signatures []signerSig
}

type signerSig struct {
	signer int
	sig    []byte
}

func (u unmaskRequest) append(b []byte) []byte {
	b = appendIndexList(b, u.survivors)
	b = appendIndexList(b, u.dropped)
	b = binary.BigEndian.AppendUint32(b, uint32(len(u.signatures)))
	for _, s := range u.signatures {
		b = binary.BigEndian.AppendUint32(b, uint32(s.signer))
		b = append(b, s.sig...)
	}
	return b
}

func parseUnmaskRequest(body []byte, n int) (unmaskRequest, error) {
	r := newReader(body)
	u := unmaskRequest{survivors: r.indexList(n), dropped: r.indexList(n)}
	c := r.Count(n, 4+signatureLen, "list of signatures")
	u.signatures = make([]signerSig, c)
	prev := -1
	for i := range u.signatures {
		prev = r.index(n, prev)
		u.signatures[i] = signerSig{signer: prev, sig: r.Bytes(signatureLen, "signature")}
	}
	return u, r.Done("the unmask request")
}

// unmaskShares (StepUnmasking, client): the revealed shares, one list per
// secret kind, each by increasing owner.
type unmaskShares struct {
	seedShares []ownedShare
	keyShares  []ownedShare
}

type ownedShare struct {
	owner int
	value [shamir.Size]byte
}

func appendOwned(b []byte, list []ownedShare) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(list)))
	for _, s := range list {
		b = binary.BigEndian.AppendUint32(b, uint32(s.owner))
		b = append(b, s.value[:]...)
	}
	return b
}

func (u unmaskShares) append(b []byte) []byte {
	return appendOwned(appendOwned(b, u.seedShares), u.keyShares)
}

func (r reader) ownedList(n int) []ownedShare {
	c := r.Count(n, 4+shamir.Size, "list of shares")
	out := make([]ownedShare, c)
	prev := -1
	for i := range out {
		prev = r.index(n, prev)
		out[i].owner = prev
		copy(out[i].value[:], r.Bytes(shamir.Size, "share"))
		if r.Err() == nil && shamir.CheckValue(out[i].value) != nil {
			r.Fail("share of client %d is not a field element", prev)
		}
	}
	return out
}

func parseUnmaskShares(body []byte, n int) (unmaskShares, error) {
	r := newReader(body)
	u := unmaskShares{seedShares: r.ownedList(n), keyShares: r.ownedList(n)}
	return u, r.Done("the revealed shares")
}

// sharePlain is the plaintext inside a sealed share: who shares with whom,
// and the recipient's share of the sender's mask key and self-mask seed.
type sharePlain struct {
	sender, recipient int
	keyShare          [shamir.Size]byte
	seedShare         [shamir.Size]byte
}

func (p sharePlain) bytes() []byte {
	b := make([]byte, 0, sharePlainLen)
	b = binary.BigEndian.AppendUint32(b, uint32(p.sender))
	b = binary.BigEndian.AppendUint32(b, uint32(p.recipient))
	b = append(b, p.keyShare[:]...)
	return append(b, p.seedShare[:]...)
}

func parseSharePlain(b []byte) (sharePlain, error) {
	var p sharePlain
	if len(b) != sharePlainLen {
		return p, fmt.Errorf("share plaintext of %d bytes, want %d", len(b), sharePlainLen)
	}
	p.sender = int(binary.BigEndian.Uint32(b))
	p.recipient = int(binary.BigEndian.Uint32(b[4:]))
	copy(p.keyShare[:], b[8:])
	copy(p.seedShare[:], b[8+shamir.Size:])
	if shamir.CheckValue(p.keyShare) != nil || shamir.CheckValue(p.seedShare) != nil {
		return p, fmt.Errorf("share is not a field element")
	}
	return p, nil
}

// openingBody (server, StepOpening, after Sum): the masked sum over U3 as
// packed on the wire, the recovered self-mask seed of every survivor and
// the recovered masking key of every dropped client, each by increasing
// client. From it and the public adverts anyone recomputes the sum.
type openingBody struct {
	masked  []byte // packed, Params.packedLen() bytes
	seeds   []ownedShare
	dropped []ownedShare
}

func (o openingBody) append(b []byte) []byte {
	b = append(b, o.masked...)
	return appendOwned(appendOwned(b, o.seeds), o.dropped)
}

func parseOpening(body []byte, p Params) (openingBody, error) {
	r := newReader(body)
	o := openingBody{masked: r.Bytes(p.packedLen(), "masked sum")}
	o.seeds, o.dropped = r.ownedList(p.N), r.ownedList(p.N)
	return o, r.Done("the opening")
}
