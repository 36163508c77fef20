package prio

import (
	"fmt"
	"math"
)

// Kind is one of circl's Prio3 circuits; the values are the draft's
// algorithm identifiers.
type Kind uint8

const (
	Count     Kind = 1 // a bit; aggregate: how many were 1
	Sum       Kind = 2 // an integer in [0, Max]
	SumVec    Kind = 3 // Length integers in [0, 2^Bits)
	Histogram Kind = 4 // a bucket index in [0, Length): a one-hot vector
)

func (k Kind) String() string {
	switch k {
	case Count:
		return "count"
	case Sum:
		return "sum"
	case SumVec:
		return "sumvec"
	case Histogram:
		return "histogram"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Limits on a circuit's size: a measurement of MaxLength entries of 64 bits
// is a leader share of about 32 MiB, far beyond any task; the limits keep a
// peer's message size bounded before anything is allocated.
const (
	MaxLength = 1 << 15
	MaxBits   = 64
	MaxChunk  = 1 << 12
)

// Circuit is a Prio3 circuit with its public parameters.
type Circuit struct {
	Kind   Kind
	Length int    // SumVec entries, Histogram buckets (1 for Count and Sum)
	Bits   int    // SumVec: bits per entry
	Max    uint64 // Sum: the largest valid measurement
	// Chunk is the gadget's chunk length for SumVec and Histogram; 0 picks
	// the draft's recommendation, about the square root of the measurement's
	// length in field elements.
	Chunk int
}

// OutputLen is the number of field elements of an output or aggregate share.
func (c Circuit) OutputLen() int {
	if c.Kind == SumVec || c.Kind == Histogram {
		return c.Length
	}
	return 1
}

func (c Circuit) check() error {
	switch c.Kind {
	case Count:
	case Sum:
		if c.Max == 0 {
			return fmt.Errorf("prio: sum circuit: max must be at least 1")
		}
	case SumVec:
		if c.Bits < 1 || c.Bits > MaxBits {
			return fmt.Errorf("prio: sumvec circuit: bits %d outside [1, %d]", c.Bits, MaxBits)
		}
		if c.Length*c.Bits > MaxLength*16 {
			return fmt.Errorf("prio: sumvec circuit: %d entries of %d bits, more than %d field elements", c.Length, c.Bits, MaxLength*16)
		}
	case Histogram:
	default:
		return fmt.Errorf("prio: unknown circuit kind %d", uint8(c.Kind))
	}
	if (c.Kind == SumVec || c.Kind == Histogram) && (c.Length < 1 || c.Length > MaxLength) {
		return fmt.Errorf("prio: %s circuit: length %d outside [1, %d]", c.Kind, c.Length, MaxLength)
	}
	if c.Chunk < 0 || c.Chunk > MaxChunk {
		return fmt.Errorf("prio: %s circuit: chunk %d outside [0, %d]", c.Kind, c.Chunk, MaxChunk)
	}
	return nil
}

// chunk is the gadget's chunk length: the given one, or about the square
// root of the number of range-checked field elements (draft-irtf-cfrg-vdaf,
// "the chunk length that minimizes proof size is roughly the square root").
func (c Circuit) chunk() uint {
	if c.Chunk > 0 {
		return uint(c.Chunk)
	}
	n := c.Length
	if c.Kind == SumVec {
		n *= c.Bits
	}
	return uint(max(1, int(math.Round(math.Sqrt(float64(n))))))
}
