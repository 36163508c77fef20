package node

import (
	"log/slog"

	"github.com/veil-market/veil/engine"
)

// env is what an engine gets from this node.
func (d *Daemon) env(engineName string) engine.Env {
	return engine.Env{
		Store:   d.store.engineKV(engineName),
		Rand:    d.cfg.Rand,
		NodeKey: d.cfg.Secrets.NodeKey,
		Log:     d.log.With(slog.String("engine", engineName)),
		Blob:    d.readBlob,
	}
}
