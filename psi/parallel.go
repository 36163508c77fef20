package psi

import (
	"runtime"
	"sync"
)

// chunk is the number of elements one worker takes at a time and the
// size of one DLEQ proof's batch: small enough to spread a batch over the
// cores, large enough that a proof's fixed cost (two scalar
// multiplications) is negligible. It is a constant of the wire format
// (proofs per evaluation); a variable only so that tests can cross chunk
// boundaries with a few elements.
var chunk = 4096

// parallel runs f over [0, n) in chunks on all cores. Randomness is drawn
// by the caller beforehand, so results do not depend on scheduling.
func parallel(n int, f func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), (n+chunk-1)/chunk)
	if workers <= 1 {
		for lo := 0; lo < n; lo += chunk {
			f(lo, min(lo+chunk, n))
		}
		return
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for lo := range next {
				f(lo, min(lo+chunk, n))
			}
		}()
	}
	for lo := 0; lo < n; lo += chunk {
		next <- lo
	}
	close(next)
	wg.Wait()
}
