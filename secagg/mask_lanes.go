package secagg

import "encoding/binary"

// Lane adders unrolled for the common lane widths, with constant offsets so
// the compiler drops bounds checks: about twice as fast as the generic loop
// (k ∈ [17, 24] gives 3-byte lanes, k ∈ [25, 32] 4-byte lanes).

// addLanesFor returns the adder (or subtractor) for lb-byte lanes.
func addLanesFor(lb int, negate bool) func(acc []uint64, ks []byte) {
	switch {
	case lb == 3 && !negate:
		return addLanes3
	case lb == 3:
		return subLanes3
	case lb == 4 && !negate:
		return addLanes4
	case lb == 4:
		return subLanes4
	case negate:
		return func(acc []uint64, ks []byte) { subLanes(acc, ks, lb) }
	}
	return func(acc []uint64, ks []byte) { addLanes(acc, ks, lb) }
}

func addLanes3(acc []uint64, ks []byte) {
	n := len(acc) &^ 7
	ks = ks[:3*len(acc)+8]
	for j := 0; j < n; j += 8 {
		b := ks[3*j : 3*j+29]
		a := acc[j : j+8 : j+8]
		a[0] += binary.LittleEndian.Uint64(b[0:8])
		a[1] += binary.LittleEndian.Uint64(b[3:11])
		a[2] += binary.LittleEndian.Uint64(b[6:14])
		a[3] += binary.LittleEndian.Uint64(b[9:17])
		a[4] += binary.LittleEndian.Uint64(b[12:20])
		a[5] += binary.LittleEndian.Uint64(b[15:23])
		a[6] += binary.LittleEndian.Uint64(b[18:26])
		a[7] += binary.LittleEndian.Uint64(b[21:29])
	}
	for j := n; j < len(acc); j++ {
		acc[j] += binary.LittleEndian.Uint64(ks[3*j:])
	}
}

func subLanes3(acc []uint64, ks []byte) {
	n := len(acc) &^ 7
	ks = ks[:3*len(acc)+8]
	for j := 0; j < n; j += 8 {
		b := ks[3*j : 3*j+29]
		a := acc[j : j+8 : j+8]
		a[0] -= binary.LittleEndian.Uint64(b[0:8])
		a[1] -= binary.LittleEndian.Uint64(b[3:11])
		a[2] -= binary.LittleEndian.Uint64(b[6:14])
		a[3] -= binary.LittleEndian.Uint64(b[9:17])
		a[4] -= binary.LittleEndian.Uint64(b[12:20])
		a[5] -= binary.LittleEndian.Uint64(b[15:23])
		a[6] -= binary.LittleEndian.Uint64(b[18:26])
		a[7] -= binary.LittleEndian.Uint64(b[21:29])
	}
	for j := n; j < len(acc); j++ {
		acc[j] -= binary.LittleEndian.Uint64(ks[3*j:])
	}
}

func addLanes4(acc []uint64, ks []byte) {
	n := len(acc) &^ 7
	ks = ks[:4*len(acc)+8]
	for j := 0; j < n; j += 8 {
		b := ks[4*j : 4*j+36]
		a := acc[j : j+8 : j+8]
		a[0] += binary.LittleEndian.Uint64(b[0:8])
		a[1] += binary.LittleEndian.Uint64(b[4:12])
		a[2] += binary.LittleEndian.Uint64(b[8:16])
		a[3] += binary.LittleEndian.Uint64(b[12:20])
		a[4] += binary.LittleEndian.Uint64(b[16:24])
		a[5] += binary.LittleEndian.Uint64(b[20:28])
		a[6] += binary.LittleEndian.Uint64(b[24:32])
		a[7] += binary.LittleEndian.Uint64(b[28:36])
	}
	for j := n; j < len(acc); j++ {
		acc[j] += binary.LittleEndian.Uint64(ks[4*j:])
	}
}

func subLanes4(acc []uint64, ks []byte) {
	n := len(acc) &^ 7
	ks = ks[:4*len(acc)+8]
	for j := 0; j < n; j += 8 {
		b := ks[4*j : 4*j+36]
		a := acc[j : j+8 : j+8]
		a[0] -= binary.LittleEndian.Uint64(b[0:8])
		a[1] -= binary.LittleEndian.Uint64(b[4:12])
		a[2] -= binary.LittleEndian.Uint64(b[8:16])
		a[3] -= binary.LittleEndian.Uint64(b[12:20])
		a[4] -= binary.LittleEndian.Uint64(b[16:24])
		a[5] -= binary.LittleEndian.Uint64(b[20:28])
		a[6] -= binary.LittleEndian.Uint64(b[24:32])
		a[7] -= binary.LittleEndian.Uint64(b[28:36])
	}
	for j := n; j < len(acc); j++ {
		acc[j] -= binary.LittleEndian.Uint64(ks[4*j:])
	}
}
