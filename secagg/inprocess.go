package secagg

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"slices"
	"time"
)

// Dropouts maps a client index to the first step at which that client falls
// silent (it sends neither that step's message nor any later one). Clients
// not in the map never drop.
type Dropouts map[int]Step

// InProcessOptions configure RunInProcess. The zero value is usable.
type InProcessOptions struct {
	Rand    io.Reader            // all randomness; crypto/rand if nil
	Now     func() time.Time     // the clock for the step timings; time.Now if nil
	Signers []ed25519.PrivateKey // the clients' signing keys; generated from Rand if nil

	// Verify makes every client that answered the unmask request check
	// the sum with the server's opening (Client.VerifySum); a client that
	// computes another sum is an error. A client dropping at StepOpening
	// skips it.
	Verify bool

	// OnClientStep, if set, is called after each client step with its
	// duration and the client's counts so far (benchmarks use it to time
	// baselines right next to each measurement).
	OnClientStep func(client int, st Step, took time.Duration, stats Stats)
}

// StepTimes holds one duration per step, indexed by Step.
type StepTimes [StepOpening + 1]time.Duration

// InProcessResult reports a whole run.
type InProcessResult struct {
	Sum       []uint64
	Survivors []int // U3: the clients whose inputs are in Sum
	Verified  []int // with Options.Verify: the clients whose VerifySum gave Sum

	BytesSent     []int // per client, all its messages
	BytesReceived []int // per client, all server messages it got

	ClientTime []StepTimes   // per client, per step
	ServerTime StepTimes     // per step: checking that step's messages and closing it
	UnmaskTime time.Duration // the server's Sum: recovery and mask removal

	ClientStats []Stats
	ServerStats Stats
}

// RunInProcess runs every round of one aggregation in this process, with
// the given dropout pattern, and returns the sum or the first error (for
// example ErrTooFewSurvivors). It exists for tests, examples and
// benchmarks; real deployments drive Client and Server over a transport.
func RunInProcess(p Params, s Session, inputs [][]uint64, drop Dropouts, opts InProcessOptions) (*InProcessResult, error) {
	if opts.Rand == nil {
		opts.Rand = rand.Reader
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if len(inputs) != p.N {
		return nil, fmt.Errorf("%w: %d input vectors for N = %d clients", ErrInput, len(inputs), p.N)
	}
	run, err := newInProcessRun(p, s, inputs, drop, opts)
	if err != nil {
		return nil, err
	}
	return run.execute()
}

type inProcessRun struct {
	p       Params
	inputs  [][]uint64
	drop    Dropouts
	now     func() time.Time
	hook    func(int, Step, time.Duration, Stats)
	verify  bool
	server  *Server
	clients []*Client
	res     *InProcessResult
}

func newInProcessRun(p Params, s Session, inputs [][]uint64, drop Dropouts, opts InProcessOptions) (*inProcessRun, error) {
	signers := opts.Signers
	if signers == nil {
		signers = make([]ed25519.PrivateKey, p.N)
		for i := range signers {
			var seed [ed25519.SeedSize]byte
			if _, err := io.ReadFull(opts.Rand, seed[:]); err != nil {
				return nil, fmt.Errorf("secagg: reading randomness: %w", err)
			}
			signers[i] = ed25519.NewKeyFromSeed(seed[:])
		}
	}
	if len(signers) != p.N {
		return nil, fmt.Errorf("%w: %d signing keys for N = %d clients", ErrParams, len(signers), p.N)
	}
	peers := make([]ed25519.PublicKey, p.N)
	for i, k := range signers {
		peers[i] = k.Public().(ed25519.PublicKey)
	}
	run := &inProcessRun{p: p, inputs: inputs, drop: drop, now: opts.Now, hook: opts.OnClientStep, verify: opts.Verify, clients: make([]*Client, p.N),
		res: &InProcessResult{BytesSent: make([]int, p.N), BytesReceived: make([]int, p.N),
			ClientTime: make([]StepTimes, p.N), ClientStats: make([]Stats, p.N)}}
	var err error
	if run.server, err = NewServer(p, s, peers); err != nil {
		return nil, err
	}
	for i := range run.clients {
		if run.clients[i], err = NewClient(p, s, i, signers[i], peers, opts.Rand); err != nil {
			return nil, err
		}
	}
	return run, nil
}

func (r *inProcessRun) active(i int, st Step) bool {
	d, ok := r.drop[i]
	return !ok || st < d
}

// step runs one step: every active client that completed the previous step
// turns the server's message for it into a reply, which the server adds.
func (r *inProcessRun) step(st Step, from []int, serverMsg func(i int) ([]byte, error),
	clientMsg func(c *Client, in []byte) ([]byte, error), add func([]byte) error) error {
	for _, i := range from {
		if !r.active(i, st) {
			continue
		}
		in, err := serverMsg(i)
		if err != nil {
			return err
		}
		r.res.BytesReceived[i] += len(in)
		start := r.now()
		out, err := clientMsg(r.clients[i], in)
		r.res.ClientTime[i][st] = r.now().Sub(start)
		if err != nil {
			return err
		}
		if r.hook != nil {
			r.hook(i, st, r.res.ClientTime[i][st], r.clients[i].Stats())
		}
		r.res.BytesSent[i] += len(out)
		start = r.now()
		err = add(out)
		r.res.ServerTime[st] += r.now().Sub(start)
		if err != nil {
			return err
		}
	}
	return nil
}

// timed runs a server action and books its time under step st.
func (r *inProcessRun) timed(st Step, f func() error) error {
	start := r.now()
	err := f()
	r.res.ServerTime[st] += r.now().Sub(start)
	return err
}

func (r *inProcessRun) execute() (*InProcessResult, error) {
	sv, all := r.server, make([]int, r.p.N)
	for i := range all {
		all[i] = i
	}
	var broadcast []byte
	same := func(int) ([]byte, error) { return broadcast, nil }
	steps := []func() error{
		func() error {
			return r.step(StepAdvertiseKeys, all, func(int) ([]byte, error) { return nil, nil },
				func(c *Client, _ []byte) ([]byte, error) { return c.AdvertiseKeys() }, sv.AddAdvertiseKeys)
		},
		func() (err error) {
			return r.timed(StepAdvertiseKeys, func() error { broadcast, err = sv.CloseAdvertiseKeys(); return err })
		},
		func() error {
			keys := same
			if _, complete := r.p.graph().(CompleteGraph); !complete && !r.verify {
				keys = sv.KeysFor // a sparse graph's clients get their neighbourhood's keys only
			}
			return r.step(StepShareKeys, sv.Completed(StepAdvertiseKeys), keys, (*Client).ShareKeys, sv.AddShareKeys)
		},
		func() error { return r.timed(StepShareKeys, sv.CloseShareKeys) },
		func() error {
			return r.step(StepMaskedInputCollection, sv.Completed(StepShareKeys), sv.SharesFor,
				func(c *Client, in []byte) ([]byte, error) { return c.MaskInput(in, r.inputs[c.Index()]) }, sv.AddMaskedInput)
		},
		func() (err error) {
			return r.timed(StepMaskedInputCollection, func() error { broadcast, err = sv.CloseMaskedInput(); return err })
		},
		func() error {
			return r.step(StepConsistencyCheck, sv.Completed(StepMaskedInputCollection), same, (*Client).ConsistencyCheck, sv.AddConsistencyCheck)
		},
		func() (err error) {
			return r.timed(StepConsistencyCheck, func() error { broadcast, err = sv.CloseConsistencyCheck(); return err })
		},
		func() error {
			return r.step(StepUnmasking, sv.Completed(StepConsistencyCheck), same, (*Client).Unmask, sv.AddUnmasking)
		},
	}
	for _, f := range steps {
		if err := f(); err != nil {
			return nil, err
		}
	}
	start := r.now()
	sum, survivors, err := sv.Sum()
	r.res.UnmaskTime = r.now().Sub(start)
	if err != nil {
		return nil, err
	}
	r.res.Sum, r.res.Survivors = sum, survivors
	if r.verify {
		if err := r.verifyAll(sum); err != nil {
			return nil, err
		}
	}
	r.res.ServerStats = sv.Stats()
	for i, c := range r.clients {
		r.res.ClientStats[i] = c.Stats()
	}
	return r.res, nil
}

// verifyAll runs VerifySum on every client that answered the unmask request.
func (r *inProcessRun) verifyAll(sum []uint64) error {
	opening, err := r.server.Opening()
	if err != nil {
		return err
	}
	for _, i := range r.server.Completed(StepUnmasking) {
		if !r.active(i, StepOpening) {
			continue
		}
		r.res.BytesReceived[i] += len(opening)
		start := r.now()
		got, err := r.clients[i].VerifySum(opening)
		r.res.ClientTime[i][StepOpening] = r.now().Sub(start)
		if err != nil {
			return err
		}
		if !slices.Equal(got, sum) {
			return fmt.Errorf("secagg: client %d recomputed another sum than the server", i)
		}
		r.res.Verified = append(r.res.Verified, i)
	}
	return nil
}
