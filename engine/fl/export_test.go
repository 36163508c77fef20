package fl

import "github.com/veil-market/veil/engine"

// plainNamed is fl without secure aggregation under another name, for the
// overhead benchmark (it is never registered outside tests).
type plainNamed struct {
	Engine
	name string
}

func (p plainNamed) Name() string { return p.name }

// PlainEngine returns fl with plain summation, registered as name.
func PlainEngine(name string) engine.Engine { return plainNamed{Engine{plain: true}, name} }
