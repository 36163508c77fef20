//go:build !amd64 || purego

package secagg

func avx2Kernels(int) (add, sub laneAdder) { return nil, nil }
