package secagg
import ("testing";"time";"fmt";"crypto/aes";"crypto/cipher";"crypto/ed25519")
func aesT(n int) time.Duration {
	block, _ := aes.NewCipher(make([]byte, 32))
	stream := cipher.NewCTR(block, make([]byte, aes.BlockSize))
	buf, zero := make([]byte, 8192), make([]byte, 8192)
	t := time.Now()
	for done := 0; done < n; done += 8192 { stream.XORKeyStream(buf, zero) }
	return time.Since(t)
}
func TestZZMaskInput(t *testing.T) {
	g, _ := NewHararyGraph(40, 32, [32]byte{1})
	p := Params{N: 40, T: 21, ShareT: 2, ModBits: 25, VectorLen: 100000, Graph: g}
	h := newHarness(t, p, 1)
	h.throughShareKeysSparse()
	for i := 0; i < 8; i++ {
		d, _ := h.server.SharesFor(i)
		t0 := time.Now()
		msg, err := h.clients[i].MaskInput(d, h.inputs[i])
		el := time.Since(t0)
		if err != nil { t.Fatal(err) }
		base := aesT(33 * 312500)
		terms := make([]maskTerm, 33)
		acc := make([]uint64, 100000)
		t1 := time.Now(); applyMasks(acc, terms, 25); m := time.Since(t1)
		buf := make([]byte, p.packedLen())
		t2 := time.Now(); p.pack(buf, acc); pk := time.Since(t2)
		t3 := time.Now(); ed25519.Sign(h.signers[0], msg); sg := time.Since(t3)
		ka := 32*40*time.Microsecond
		fmt.Printf("maskinput %v aes %v ratio(-KA~%v) %.2f | masks %v (%.2f) pack %v sign %v\n", el, base, ka, float64(el-ka)/float64(base), m, float64(m)/float64(base), pk, sg)
	}
}
