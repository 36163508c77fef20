package shamir_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/veil-market/veil/secagg/shamir"
)

func ExampleSplit() {
	r := rand.NewChaCha8([32]byte{3})
	secret, _ := shamir.RandomSecret(r)
	xs := []uint32{1, 2, 3, 4, 5}
	shares, _ := shamir.Split(secret, 3, xs, r)
	got, _ := shamir.Combine([]uint32{2, 4, 5}, [][32]byte{shares[1], shares[3], shares[4]})
	fmt.Println(got == secret)
	// Output: true
}
