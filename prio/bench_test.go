package prio

import (
	"crypto/rand"
	"testing"
	"time"

	"github.com/veil-market/veil/internal/procstat"

	"github.com/cloudflare/circl/vdaf/prio3/histogram"
	"github.com/cloudflare/circl/vdaf/prio3/sumvec"
)

// The two shapes: a row of 30 columns of 16 bits, and a 32-bin
// histogram. Each is measured through this package and through circl's
// bare calls in the same run (go test ./prio -bench . -benchtime 200x).
var benchShapes = []struct {
	name string
	c    Circuit
	meas []uint64
}{
	{"sumvec30x16", Circuit{Kind: SumVec, Length: 30, Bits: 16}, make([]uint64, 30)},
	{"histogram32", Circuit{Kind: Histogram, Length: 32}, []uint64{17}},
}

// bareCircl is the same circuit straight from circl, with the same chunk
// length.
type bareCircl struct {
	shard    func(nonce *Nonce, rnd []byte) (publicShare, [2][]byte)
	randSize int
	// prepare is a node's whole side for a batch of owners.
	prepare func(vk *VerifyKey, nonces []*Nonce, agg uint8, publics []publicShare, shares, peers [][]byte)
}

func newBare(b *testing.B, c Circuit, meas []uint64) bareCircl {
	ctx := []byte("veil test job")
	if c.Kind == SumVec {
		v, err := sumvec.New(2, uint(c.Length), uint(c.Bits), c.chunk(), ctx)
		if err != nil {
			b.Fatal(err)
		}
		return bare[[]uint64, sumvec.InputShare, sumvec.PrepState, sumvec.PrepShare, sumvec.OutShare, sumvec.AggShare](b, v, v.Params(), meas)
	}
	v, err := histogram.New(2, uint(c.Length), c.chunk(), ctx)
	if err != nil {
		b.Fatal(err)
	}
	return bare[uint64, histogram.InputShare, histogram.PrepState, histogram.PrepShare, histogram.OutShare, histogram.AggShare](b, v, v.Params(), meas[0])
}

// bare is a circuit run by circl's own calls only.
func bare[M, IS, PST, PSH, OS, AS any, PIS inputShare[IS, P], PPSH prepShare[PSH, P],
	T circlVDAF[M, P, IS, PST, PSH, OS, AS], P any](b *testing.B, v T, p P, meas M) bareCircl {
	return bareCircl{
		randSize: int(any(&p).(params).RandSize()),
		shard: func(nonce *Nonce, rnd []byte) (publicShare, [2][]byte) {
			pub, is, err := v.Shard(meas, nonce, rnd)
			if err != nil {
				b.Fatal(err)
			}
			l, _ := PIS(&is[0]).MarshalBinary()
			h, _ := PIS(&is[1]).MarshalBinary()
			return pub, [2][]byte{l, h}
		},
		prepare: func(vk *VerifyKey, nonces []*Nonce, agg uint8, publics []publicShare, shares, peers [][]byte) {
			total := v.AggregateInit()
			for i := range shares {
				is := PIS(PIS(new(IS)).New(&p, uint(agg)))
				if err := is.UnmarshalBinary(shares[i]); err != nil {
					b.Fatal(err)
				}
				st, ps, err := v.PrepInit(vk, nonces[i], agg, publics[i], *is)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := PPSH(ps).MarshalBinary(); err != nil { // to send it to the other node
					b.Fatal(err)
				}
				other := PPSH(PPSH(new(PSH)).New(&p))
				if err := other.UnmarshalBinary(peers[i]); err != nil {
					b.Fatal(err)
				}
				both := []PSH{*ps, *other}
				if agg == 1 {
					both[0], both[1] = *other, *ps
				}
				msg, err := v.PrepSharesToPrep(both)
				if err != nil {
					b.Fatal(err)
				}
				out, err := v.PrepNext(st, msg)
				if err != nil {
					b.Fatal(err)
				}
				v.AggregateUpdate(&total, out)
			}
		},
	}
}

// BenchmarkOwner is one owner's sharding with its proof: bare circl (Shard
// plus encoding both shares) against Scheme.Shard (the same, framed).
func BenchmarkOwner(b *testing.B) {
	for _, sh := range benchShapes {
		s := mustScheme(b, Block{Circuit: sh.c})
		bare := newBare(b, sh.c, sh.meas)
		b.Run(sh.name+"/circl", func(b *testing.B) {
			rnd := make([]byte, bare.randSize)
			cpu := procstat.CPU()
			for b.Loop() {
				rand.Read(rnd)
				bare.shard(s.nonce(0, 0), rnd)
			}
			reportCPU(b, cpu, 1)
		})
		b.Run(sh.name+"/veil", func(b *testing.B) {
			cpu := procstat.CPU()
			for b.Loop() {
				if _, err := s.Shard(0, [][]uint64{sh.meas}, Totals{nil}, rand.Reader); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu, 1)
			b.ReportMetric(float64(s.SubmissionSize(Leader)+s.SubmissionSize(Helper)), "bytes/owner")
		})
	}
}

// benchOwners is the batch a node benchmark prepares per iteration; the
// metric is per owner.
const benchOwners = 100

// BenchmarkNode is one compute node's work per owner, in a batch of 100 (a job):
// decode the share, prepare, encode its prep share for the other node,
// decode the other node's, combine, finish and aggregate. The veil side adds framing, the digest of public
// shares, the two exchanges' encoding and decoding.
func BenchmarkNode(b *testing.B) {
	for _, sh := range benchShapes {
		s := mustScheme(b, Block{Circuit: sh.c})
		bare := newBare(b, sh.c, sh.meas)
		j := newJob(b, s)
		for o := range uint32(benchOwners) {
			j.submit(b, o, [][]uint64{sh.meas}, Totals{nil})
		}
		j.run(b)
		for _, r := range []Role{Leader, Helper} {
			msgs := map[Role]map[uint32][]byte{Leader: j.leader, Helper: j.helper}[r]
			var nonces []*Nonce
			var publics []publicShare
			var shares, peers [][]byte
			theirs, err := NewAggregator(s, r, j.nodes[r].vk)
			if err != nil {
				b.Fatal(err)
			}
			peer, err := theirs.parsePrep(j.prep[other(r)])
			if err != nil {
				b.Fatal(err)
			}
			for o := range uint32(benchOwners) {
				sub, _ := s.parseSubmission(msgs[o], r, o)
				nonces = append(nonces, s.nonce(o, 0))
				publics = append(publics, sub.publics[0])
				shares = append(shares, sub.shares[0])
				peers = append(peers, peer[o].prep[0])
			}
			vk := j.nodes[r].vk
			b.Run(sh.name+"/"+r.String()+"/circl", func(b *testing.B) {
				cpu := procstat.CPU()
				for b.Loop() {
					bare.prepare(&vk, nonces, uint8(r), publics, shares, peers)
				}
				reportCPU(b, cpu, benchOwners)
			})
			b.Run(sh.name+"/"+r.String()+"/veil", func(b *testing.B) {
				cpu := procstat.CPU()
				for b.Loop() {
					a, _ := NewAggregator(s, r, vk)
					for o := range uint32(benchOwners) {
						if err := a.Receive(o, Totals{nil}, msgs[o]); err != nil {
							b.Fatal(err)
						}
					}
					a.PrepMessage()
					if _, err := a.Verify(j.prep[other(r)]); err != nil {
						b.Fatal(err)
					}
					if err := a.Check(j.opening[other(r)]); err != nil {
						b.Fatal(err)
					}
					if _, err := a.Aggregate(); err != nil {
						b.Fatal(err)
					}
				}
				reportCPU(b, cpu, benchOwners)
			})
		}
	}
}

// reportCPU reports the process CPU time per owner since cpu (GC included),
// which a loaded machine does not inflate the way it does wall-clock time.
func reportCPU(b *testing.B, cpu time.Duration, owners int) {
	b.ReportMetric(float64((procstat.CPU()-cpu).Nanoseconds())/float64(b.N*owners), "cpu-ns/owner")
}
