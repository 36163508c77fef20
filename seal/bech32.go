package seal

import "strings"

// Bech32 encoding (BIP 173) as age uses it for keys, without BIP 173's
// 90-character limit. Only encoding is needed: age parses what we encode,
// and its parser checks the checksum.

const bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

var bech32Generator = [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}

// bech32Encode encodes data under the lowercase human-readable part hrp.
func bech32Encode(hrp string, data []byte) string {
	values := regroupBits(data)
	var b strings.Builder
	b.Grow(len(hrp) + 1 + len(values) + 6)
	b.WriteString(hrp)
	b.WriteByte('1')
	for _, v := range values {
		b.WriteByte(bech32Charset[v])
	}
	for _, v := range bech32Checksum(hrp, values) {
		b.WriteByte(bech32Charset[v])
	}
	return b.String()
}

// regroupBits splits bytes into 5-bit groups, zero-padding the last one.
func regroupBits(data []byte) []byte {
	out := make([]byte, 0, (len(data)*8+4)/5)
	var acc uint32
	var bits uint
	for _, b := range data {
		acc = acc<<8 | uint32(b)
		bits += 8
		for bits >= 5 {
			bits -= 5
			out = append(out, byte(acc>>bits)&31)
		}
	}
	if bits > 0 {
		out = append(out, byte(acc<<(5-bits))&31)
	}
	return out
}

func bech32Checksum(hrp string, values []byte) [6]byte {
	var in []byte
	for i := 0; i < len(hrp); i++ {
		in = append(in, hrp[i]>>5)
	}
	in = append(in, 0)
	for i := 0; i < len(hrp); i++ {
		in = append(in, hrp[i]&31)
	}
	in = append(in, values...)
	in = append(in, 0, 0, 0, 0, 0, 0)
	mod := bech32Polymod(in) ^ 1
	var sum [6]byte
	for i := range sum {
		sum[i] = byte(mod>>(5*(5-i))) & 31
	}
	return sum
}

func bech32Polymod(values []byte) uint32 {
	chk := uint32(1)
	for _, v := range values {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for i, g := range bech32Generator {
			if top>>i&1 == 1 {
				chk ^= g
			}
		}
	}
	return chk
}
