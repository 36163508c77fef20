//go:build amd64 && !purego

#include "textflag.h"

// LANES adds lanes 0–3 of the group at reg into Y2 (via X2) and lanes 4–7
// into Y3: two 16-byte windows per register, shuffled and shifted.
#define LANES(reg) \
	VMOVDQU (reg), X2 \
	VINSERTI128 $1, (reg)(R9*1), Y2, Y2 \
	VMOVDQU (reg)(R10*1), X3 \
	VINSERTI128 $1, (reg)(R11*1), Y3, Y3 \
	VPSHUFB Y8, Y2, Y2 \
	VPSHUFB Y9, Y3, Y3 \
	VPSRLVQ Y10, Y2, Y2 \
	VPSRLVQ Y11, Y3, Y3

// SETUP reads the arguments and the kernel constants (avx2Consts).
#define SETUP \
	MOVQ acc+0(FP), DI \
	MOVQ groups+8(FP), CX \
	MOVQ x+16(FP), SI \
	MOVQ y+24(FP), R12 \
	MOVQ z+32(FP), R13 \
	MOVQ w+40(FP), BX \
	MOVQ k+48(FP), DX \
	MOVQ c+56(FP), R8 \
	VMOVDQU 0(R8), Y8 \
	VMOVDQU 32(R8), Y9 \
	VMOVDQU 64(R8), Y10 \
	VMOVDQU 96(R8), Y11 \
	MOVQ 128(R8), R9 \
	MOVQ 136(R8), R10 \
	MOVQ 144(R8), R11

// SUM4 leaves in Y0 (lanes 0–3) and Y1 (lanes 4–7) the sum of the group's
// lanes of the four streams.
#define SUM4 \
	LANES(SI) \
	VMOVDQA Y2, Y0 \
	VMOVDQA Y3, Y1 \
	LANES(R12) \
	VPADDQ Y2, Y0, Y0 \
	VPADDQ Y3, Y1, Y1 \
	LANES(R13) \
	VPADDQ Y2, Y0, Y0 \
	VPADDQ Y3, Y1, Y1 \
	LANES(BX) \
	VPADDQ Y2, Y0, Y0 \
	VPADDQ Y3, Y1, Y1

#define NEXT \
	ADDQ DX, SI \
	ADDQ DX, R12 \
	ADDQ DX, R13 \
	ADDQ DX, BX \
	ADDQ $64, DI \
	DECQ CX

// func addFourAVX2(acc *uint64, groups int, x, y, z, w *byte, k int, c *avx2Consts)
TEXT ·addFourAVX2(SB), NOSPLIT, $0-64
	SETUP
	TESTQ CX, CX
	JZ addDone

addLoop:
	SUM4
	VPADDQ (DI), Y0, Y0
	VPADDQ 32(DI), Y1, Y1
	VMOVDQU Y0, (DI)
	VMOVDQU Y1, 32(DI)
	NEXT
	JNZ addLoop

addDone:
	VZEROUPPER
	RET

// func subFourAVX2(acc *uint64, groups int, x, y, z, w *byte, k int, c *avx2Consts)
TEXT ·subFourAVX2(SB), NOSPLIT, $0-64
	SETUP
	TESTQ CX, CX
	JZ subDone

subLoop:
	SUM4
	VMOVDQU (DI), Y2
	VMOVDQU 32(DI), Y3
	VPSUBQ Y0, Y2, Y2
	VPSUBQ Y1, Y3, Y3
	VMOVDQU Y2, (DI)
	VMOVDQU Y3, 32(DI)
	NEXT
	JNZ subLoop

subDone:
	VZEROUPPER
	RET
