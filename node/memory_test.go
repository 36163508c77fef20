package node

import (
	"runtime/debug"
	"testing"
)

// TestMemoryBudget: holding data sets the soft limit to 1.5 × the data held
// plus the allowance (less what the runtime does not count); releasing the
// last job puts the operator's limit back.
func TestMemoryBudget(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	m := &memoryBudget{held: map[uint64]int64{}, operator: 1 << 40, external: 30 << 20}
	r1 := m.hold(1, 200<<20)
	if got, want := debug.SetMemoryLimit(-1), int64(300<<20+70<<20); got != want {
		t.Fatalf("limit with 200 MiB held = %d MiB, want %d MiB", got>>20, want>>20)
	}
	r2 := m.hold(2, 100<<20)
	if got, want := debug.SetMemoryLimit(-1), int64(450<<20+70<<20); got != want {
		t.Fatalf("limit with 300 MiB held = %d MiB, want %d MiB", got>>20, want>>20)
	}
	r1()
	r2()
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Fatalf("limit after the jobs = %d, want the operator's %d", got, int64(1<<40))
	}
}
