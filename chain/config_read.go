package chain

import (
	"context"
	"time"
)

// Config reads the deploy parameters of the bound Marketplace (once: they are
// immutable).
func (m *Market) Config(ctx context.Context) (MarketConfig, error) {
	m.mu.Lock()
	cached := m.config
	m.mu.Unlock()
	if cached != nil {
		return *cached, nil
	}
	var c MarketConfig
	sec := func(v uint64) time.Duration { return time.Duration(v) * time.Second }
	durations := []struct {
		pack   func() []byte
		unpack func([]byte) (uint64, error)
		to     *time.Duration
	}{
		{m.binding.PackUnstakeDelay, m.binding.UnpackUnstakeDelay, &c.UnstakeDelay},
		{m.binding.PackAcceptWindow, m.binding.UnpackAcceptWindow, &c.AcceptWindow},
		{m.binding.PackMinJobDuration, m.binding.UnpackMinJobDuration, &c.MinJobDuration},
		{m.binding.PackMaxJobDuration, m.binding.UnpackMaxJobDuration, &c.MaxJobDuration},
		{m.binding.PackConfirmWindow, m.binding.UnpackConfirmWindow, &c.ConfirmWindow},
		{m.binding.PackRedeemWindow, m.binding.UnpackRedeemWindow, &c.RedeemWindow},
	}
	var err error
	for _, d := range durations {
		v, err := call(ctx, m, d.pack(), d.unpack)
		if err != nil {
			return c, err
		}
		*d.to = sec(v)
	}
	if c.MinStake, err = call(ctx, m, m.binding.PackMinStake(), m.binding.UnpackMinStake); err != nil {
		return c, err
	}
	if c.DisputeBond, err = call(ctx, m, m.binding.PackDisputeBond(), m.binding.UnpackDisputeBond); err != nil {
		return c, err
	}
	if c.KappaBps, err = call(ctx, m, m.binding.PackKappaBps(), m.binding.UnpackKappaBps); err != nil {
		return c, err
	}
	m.mu.Lock()
	m.config = &c
	m.mu.Unlock()
	return c, nil
}
