package node

import (
	"log/slog"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/home"
)

// env is what an engine gets from this node: its plain store in the
// database (nothing secret), its secrets in the home's vault (sealed to the
// home's identity), the node's randomness, key, log, uploads and platform.
func (d *Daemon) env(engineName string) (engine.Env, error) {
	vault, err := d.cfg.Home.Vault(d.cfg.Secrets, engineName)
	if err != nil {
		return engine.Env{}, err
	}
	return engine.Env{
		Store:    d.store.engineKV(engineName),
		Secrets:  vault,
		Rand:     d.cfg.Rand,
		NodeKey:  d.cfg.Secrets.NodeKey,
		Log:      d.log.With(slog.String("engine", engineName)),
		Blob:     d.readBlob,
		Platform: d.cfg.Platform,
		ChainID:  d.cfgChainID(),
	}, nil
}

var _ engine.KV = (*home.Vault)(nil)
