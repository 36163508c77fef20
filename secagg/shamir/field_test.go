package shamir

import (
	"math/big"
	"testing"

	"pgregory.net/rapid"
)

var bigPrime = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(19))

func toBig(e element) *big.Int {
	b := e.bytes()
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return new(big.Int).SetBytes(b[:])
}

func fromBig(t *rapid.T, x *big.Int) element {
	var b [32]byte
	x.FillBytes(b[:])
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	var e element
	if err := e.setBytes(&b); err != nil {
		t.Fatalf("fromBig(%v): %v", x, err)
	}
	return e
}

// elementGen draws field elements with extra weight on the edges (0, 1,
// p-1, values near 2^255 and near 2^64 limb boundaries), where carries break.
func elementGen() *rapid.Generator[*big.Int] {
	return rapid.Custom(func(t *rapid.T) *big.Int {
		switch rapid.IntRange(0, 4).Draw(t, "kind") {
		case 0:
			return new(big.Int).Sub(bigPrime, big.NewInt(rapid.Int64Range(1, 1000).Draw(t, "offset")))
		case 1:
			return big.NewInt(rapid.Int64Range(0, 1000).Draw(t, "small"))
		case 2:
			shift := rapid.UintRange(1, 254).Draw(t, "shift")
			v := new(big.Int).Lsh(big.NewInt(1), shift)
			v.Sub(v, big.NewInt(rapid.Int64Range(0, 3).Draw(t, "below")))
			return v.Mod(v, bigPrime)
		default:
			b := rapid.SliceOfN(rapid.Byte(), 32, 32).Draw(t, "bytes")
			return new(big.Int).Mod(new(big.Int).SetBytes(b), bigPrime)
		}
	})
}

func TestFieldMatchesBigInt(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		x, y := elementGen().Draw(t, "x"), elementGen().Draw(t, "y")
		a, b := fromBig(t, x), fromBig(t, y)
		var sum, diff, prod element
		sum.add(&a, &b)
		diff.sub(&a, &b)
		prod.mul(&a, &b)
		cases := []struct {
			name string
			got  element
			want *big.Int
		}{
			{"add", sum, new(big.Int).Add(x, y)},
			{"sub", diff, new(big.Int).Sub(x, y)},
			{"mul", prod, new(big.Int).Mul(x, y)},
		}
		for _, c := range cases {
			want := c.want.Mod(c.want, bigPrime)
			if toBig(c.got).Cmp(want) != 0 {
				t.Fatalf("%s(%v, %v) = %v, want %v", c.name, x, y, toBig(c.got), want)
			}
		}
		if x.Sign() != 0 {
			var inv, one element
			inv.invert(&a)
			one.mul(&inv, &a)
			if toBig(one).Cmp(big.NewInt(1)) != 0 {
				t.Fatalf("invert(%v)·%v = %v, want 1", x, x, toBig(one))
			}
		}
	})
}

func TestSetBytesRefusesNonCanonical(t *testing.T) {
	tests := []struct {
		name string
		v    *big.Int
		ok   bool
	}{
		{"zero", big.NewInt(0), true},
		{"p-1", new(big.Int).Sub(bigPrime, big.NewInt(1)), true},
		{"p", new(big.Int).Set(bigPrime), false},
		{"p+1", new(big.Int).Add(bigPrime, big.NewInt(1)), false},
		{"2^256-1", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b [32]byte
			tc.v.FillBytes(b[:])
			for i, j := 0, 31; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			var e element
			err := e.setBytes(&b)
			if (err == nil) != tc.ok {
				t.Fatalf("setBytes(%v) error = %v, want ok=%v", tc.v, err, tc.ok)
			}
		})
	}
}
