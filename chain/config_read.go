package chain

import (
	"context"
	"time"
)

// Config reads the deploy parameters of the bound Marketplace.
func (m *Market) Config(ctx context.Context) (MarketConfig, error) {
	var c MarketConfig
	var err error
	sec := func(v uint64) time.Duration { return time.Duration(v) * time.Second }
	steps := []func() error{
		func() (e error) {
			c.MinStake, e = call(ctx, m, m.binding.PackMinStake(), m.binding.UnpackMinStake)
			return
		},
		func() error {
			v, e := call(ctx, m, m.binding.PackUnstakeDelay(), m.binding.UnpackUnstakeDelay)
			c.UnstakeDelay = sec(v)
			return e
		},
		func() error {
			v, e := call(ctx, m, m.binding.PackAcceptWindow(), m.binding.UnpackAcceptWindow)
			c.AcceptWindow = sec(v)
			return e
		},
		func() error {
			v, e := call(ctx, m, m.binding.PackMinJobDuration(), m.binding.UnpackMinJobDuration)
			c.MinJobDuration = sec(v)
			return e
		},
		func() error {
			v, e := call(ctx, m, m.binding.PackMaxJobDuration(), m.binding.UnpackMaxJobDuration)
			c.MaxJobDuration = sec(v)
			return e
		},
		func() error {
			v, e := call(ctx, m, m.binding.PackRedeemWindow(), m.binding.UnpackRedeemWindow)
			c.RedeemWindow = sec(v)
			return e
		},
		func() (e error) {
			c.KappaBps, e = call(ctx, m, m.binding.PackKappaBps(), m.binding.UnpackKappaBps)
			return
		},
		func() (e error) {
			c.SlashBps, e = call(ctx, m, m.binding.PackSlashBps(), m.binding.UnpackSlashBps)
			return
		},
	}
	for _, step := range steps {
		if err = step(); err != nil {
			return c, err
		}
	}
	return c, nil
}
