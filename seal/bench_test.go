package seal

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/veil-market/veil/internal/procstat"
)

// cpuMeter reports CPU time (all goroutines, user+system) per operation
// next to the wall-clock figures: on a shared machine wall time measures the
// neighbours too, CPU time measures us.
type cpuMeter struct {
	b     *testing.B
	start time.Duration
}

func meterCPU(b *testing.B) cpuMeter { return cpuMeter{b: b, start: procstat.CPU()} }

func (m cpuMeter) report() {
	if m.b.N == 0 {
		return
	}
	perOp := float64(procstat.CPU()-m.start) / float64(m.b.N)
	m.b.ReportMetric(perOp/1e6, "cpu-ms/op")
	m.b.ReportMetric(benchSize/(perOp/1e9)/1e6, "MB/cpu-s")
}

// benchSize is the plaintext size of every benchmark: 100 MB.
const benchSize = 100_000_000

// benchCSV is 100 MB of CSV-like rows (ten fixed-point columns), generated
// once per test binary.
var benchCSV = sync.OnceValue(func() []byte {
	out := make([]byte, 0, benchSize+200)
	out = append(out, "age,sex,bmi,bp,s1,s2,s3,s4,s5,progression\n"...)
	x := uint64(88172645463325252)
	for len(out) < benchSize {
		for col := range 10 {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			out = strconv.AppendInt(out, int64(x%200000)-100000, 10)
			out = append(out, ".0"...)
			if col < 9 {
				out = append(out, ',')
			}
		}
		out = append(out, '\n')
	}
	return out[:benchSize]
})

// BenchmarkAgeEncrypt is the baseline: bare age encryption to the same
// hybrid recipient, into io.Discard.
func BenchmarkAgeEncrypt(b *testing.B) {
	data := benchCSV()
	to := testIdentity(b, 1).Recipient()
	b.SetBytes(int64(len(data)))
	defer meterCPU(b).report()
	for b.Loop() {
		w, err := age.Encrypt(io.Discard, to)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(w, bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeal: encrypt, hash and store durably (fsync) into a DirStore on
// disk.
func BenchmarkSeal(b *testing.B) {
	data := benchCSV()
	to := testIdentity(b, 1).Recipient()
	st := testStore(b)
	b.SetBytes(int64(len(data)))
	defer meterCPU(b).report()
	for b.Loop() {
		p, err := Seal(context.Background(), bytes.NewReader(data), to, st)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		removeBlob(b, st, p)
		b.StartTimer()
	}
}

// BenchmarkSealMemStore isolates Seal's own pipeline (encrypt + hash) from
// the disk: the store hashes and discards.
func BenchmarkSealMemStore(b *testing.B) {
	data := benchCSV()
	to := testIdentity(b, 1).Recipient()
	b.SetBytes(int64(len(data)))
	defer meterCPU(b).report()
	for b.Loop() {
		if _, err := Seal(context.Background(), bytes.NewReader(data), to, discardStore{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDirStorePut is the store's share of Seal: hash and write durably
// 100 MB of ciphertext-sized data, no encryption.
func BenchmarkDirStorePut(b *testing.B) {
	data := benchCSV()
	st := testStore(b)
	b.SetBytes(int64(len(data)))
	defer meterCPU(b).report()
	for b.Loop() {
		p, err := st.Put(context.Background(), bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		removeBlob(b, st, p)
		b.StartTimer()
	}
}

// BenchmarkSHA256 is the cost of the digest alone.
func BenchmarkSHA256(b *testing.B) {
	data := benchCSV()
	b.SetBytes(int64(len(data)))
	defer meterCPU(b).report()
	for b.Loop() {
		sha256.Sum256(data)
	}
}

// BenchmarkAgeDecrypt is the baseline for Open: bare age decryption of the
// same blob file into io.Discard, no digest checks.
func BenchmarkAgeDecrypt(b *testing.B) {
	id, st, p := sealedBench(b)
	path, _ := st.LocalPath(p.URI)
	b.SetBytes(benchSize)
	defer meterCPU(b).report()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		r, err := age.Decrypt(f, id)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, r); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

// BenchmarkOpen: verify the digest, then decrypt (hashing again) into
// io.Discard.
func BenchmarkOpen(b *testing.B) {
	id, st, p := sealedBench(b)
	b.SetBytes(benchSize)
	defer meterCPU(b).report()
	for b.Loop() {
		if err := Open(context.Background(), st, p, id, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func sealedBench(b *testing.B) (*age.HybridIdentity, *DirStore, Pointer) {
	id := testIdentity(b, 1)
	st := testStore(b)
	p, err := Seal(context.Background(), bytes.NewReader(benchCSV()), id.Recipient(), st)
	if err != nil {
		b.Fatal(err)
	}
	return id, st, p
}

func removeBlob(b *testing.B, st *DirStore, p Pointer) {
	path, err := st.LocalPath(p.URI)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		b.Fatal(err)
	}
}

// discardStore hashes what it is given and keeps nothing.
type discardStore struct{}

func (discardStore) Put(ctx context.Context, src io.Reader) (Pointer, error) {
	h := sha256.New()
	n, err := io.CopyBuffer(h, src, make([]byte, copyBufSize))
	if err != nil {
		return Pointer{}, err
	}
	p := Pointer{Size: n}
	h.Sum(p.SHA256[:0])
	p.URI = DirURI(p.SHA256)
	return p, nil
}

func (discardStore) Open(context.Context, string) (io.ReadCloser, error) {
	return nil, ErrBlobNotFound
}

func (discardStore) LocalPath(string) (string, error) { return "", ErrNoLocalPath }
