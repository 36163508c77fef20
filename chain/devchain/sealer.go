package devchain

import (
	"errors"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
)

// sealer seals a block as soon as transactions arrive (block period 0), and
// moves time forward on request, one at a time: the simulated beacon is not
// safe to drive from two goroutines at once.
type sealer struct {
	mu     sync.Mutex
	beacon *catalyst.SimulatedBeacon
	eth    *eth.Ethereum
	period time.Duration
	stop   chan struct{}
	once   sync.Once
}

// loop receives the pool's new-transaction events and never blocks on them
// (the pool waits for its subscribers); sealing happens in a second goroutine.
func (s *sealer) loop() {
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
			s.sealPending()
			s.mu.Unlock()
		}
	}
}

// sealPending seals blocks until the pool has nothing executable left.
func (s *sealer) sealPending() {
	for range 64 {
		s.beacon.Commit()
		s.eth.TxPool().Sync()
		if executable, _ := s.eth.TxPool().Stats(); executable == 0 {
			return
		}
	}
}

func (s *sealer) adjustTime(d time.Duration) error {
	if s.period != 0 {
		return errors.New("devchain: moving time needs a devnet with block period 0")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if executable, _ := s.eth.TxPool().Stats(); executable > 0 {
		s.sealPending()
	}
	return s.beacon.AdjustTime(d)
}

func (s *sealer) close() { s.once.Do(func() { close(s.stop) }) }
