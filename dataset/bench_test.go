package dataset

import (
	"bytes"
	"encoding/csv"
	"io"
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"
)

// generatedCSV is a ~100 MB CSV of 30 numeric columns, made once.
var generatedCSV = sync.OnceValue(func() []byte {
	const columns, size = 30, 100 << 20
	rng := rand.New(rand.NewPCG(1, 2))
	buf := bytes.NewBuffer(make([]byte, 0, size+4096))
	for c := range columns {
		if c > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("feature_" + strconv.Itoa(c))
	}
	buf.WriteByte('\n')
	var cell []byte
	for buf.Len() < size {
		for c := range columns {
			if c > 0 {
				buf.WriteByte(',')
			}
			cell = appendCell(cell[:0], rng, c)
			buf.Write(cell)
		}
		buf.WriteByte('\n')
	}
	return buf.Bytes()
})

// appendCell makes a mix of real, integer and binary columns.
func appendCell(dst []byte, rng *rand.Rand, column int) []byte {
	switch column % 3 {
	case 0:
		return strconv.AppendFloat(dst, rng.NormFloat64()*100, 'f', 4, 64)
	case 1:
		return strconv.AppendInt(dst, rng.Int64N(1000), 10)
	default:
		return strconv.AppendInt(dst, rng.Int64N(2), 10)
	}
}

// BenchmarkInspect compares Inspect with what it is built on, over the same
// bytes in the same run: encoding/csv alone, and encoding/csv plus
// strconv.ParseFloat of every field (the work no validator can skip).
func BenchmarkInspect(b *testing.B) {
	data := generatedCSV()
	b.Run("baseline=encoding-csv", func(b *testing.B) {
		benchBytes(b, data, func(r io.Reader) error { return rawCSV(r, false) })
	})
	b.Run("baseline=encoding-csv+ParseFloat", func(b *testing.B) {
		benchBytes(b, data, func(r io.Reader) error { return rawCSV(r, true) })
	})
	b.Run("Inspect", func(b *testing.B) {
		benchBytes(b, data, func(r io.Reader) error { _, err := Inspect(r); return err })
	})
	b.Run("Read", func(b *testing.B) {
		benchBytes(b, data, func(r io.Reader) error { _, err := Read(r); return err })
	})
}

// benchBytes reports MB/s per wall-clock second (b.SetBytes) and per CPU
// second of the whole process (cpu-MB/s), which other load on the machine
// disturbs less.
func benchBytes(b *testing.B, data []byte, run func(io.Reader) error) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpuStart, ok := processCPUTime()
	for b.Loop() {
		if err := run(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	if cpuEnd, _ := processCPUTime(); ok && cpuEnd > cpuStart {
		b.ReportMetric(float64(b.N)*float64(len(data))/1e6/(cpuEnd-cpuStart).Seconds(), "cpu-MB/s")
	}
}

func rawCSV(r io.Reader, parse bool) error {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	if _, err := cr.Read(); err != nil {
		return err
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		for _, f := range rec {
			if _, err := strconv.ParseFloat(f, 64); parse && err != nil {
				return err
			}
		}
	}
}
