package devchain

import (
	"errors"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/log"
)

// sealer seals blocks one at a time (the simulated beacon is not safe to
// drive from two goroutines at once): as soon as transactions arrive when the
// block period is 0, else every period; and on request, moving time forward.
// After every block it syncs the database, so a block is on disk before the
// next one is sealed and a crash loses none.
type sealer struct {
	mu     sync.Mutex
	beacon *catalyst.SimulatedBeacon
	eth    *eth.Ethereum
	period time.Duration
	stop   chan struct{}
	once   sync.Once
	closed bool // under mu: no block may be sealed (the database is closing)
}

// loop receives the pool's new-transaction events and never blocks on them
// (the pool waits for its subscribers); sealing happens in a second goroutine.
func (s *sealer) loop() {
	if s.period > 0 {
		s.sealEvery(s.period)
		return
	}
	txs := make(chan core.NewTxsEvent, 64)
	sub := s.eth.TxPool().SubscribeTransactions(txs, true)
	defer sub.Unsubscribe()
	wake := make(chan struct{}, 1)
	go s.sealOnWake(wake)
	for {
		select {
		case <-s.stop:
			return
		case <-txs:
			select {
			case wake <- struct{}{}:
			default:
			}
		}
	}
}

func (s *sealer) sealOnWake(wake <-chan struct{}) {
	for {
		select {
		case <-s.stop:
			return
		case <-wake:
			s.mu.Lock()
			if !s.closed {
				s.sealPending()
			}
			s.mu.Unlock()
		}
	}
}

// sealEvery seals a block every period, empty or not.
func (s *sealer) sealEvery(period time.Duration) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.mu.Lock()
			if !s.closed {
				s.commit()
			}
			s.mu.Unlock()
		}
	}
}

// sealPending seals blocks until the pool has nothing executable left.
func (s *sealer) sealPending() {
	for range 64 {
		s.commit()
		s.eth.TxPool().Sync()
		if executable, _ := s.eth.TxPool().Stats(); executable == 0 {
			return
		}
	}
}

// commit seals one block and makes it durable.
func (s *sealer) commit() {
	s.beacon.Commit()
	s.sync()
}

// sync flushes the database's write-ahead log to disk. The block's state was
// committed with it (archive mode), so the block survives any crash from now.
func (s *sealer) sync() {
	if err := s.eth.ChainDb().SyncKeyValue(); err != nil {
		log.Error("devchain: syncing the database", "err", err)
	}
}

func (s *sealer) adjustTime(d time.Duration) error {
	if s.period != 0 {
		return errors.New("devchain: moving time needs a devnet with block period 0")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errors.New("devchain: the chain is closing")
	}
	if executable, _ := s.eth.TxPool().Stats(); executable > 0 {
		s.sealPending()
	}
	err := s.beacon.AdjustTime(d)
	s.sync()
	return err
}

// close stops sealing and waits for a seal in progress: once it returns, no
// block is sealed or synced, and the database may be closed.
func (s *sealer) close() {
	s.once.Do(func() {
		close(s.stop)
		s.mu.Lock()
		s.closed = true
		s.mu.Unlock()
	})
}
