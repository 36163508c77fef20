package engine

import (
	"fmt"
	"sort"
	"sync"
)

var (
	mu       sync.RWMutex
	registry = map[string]Engine{}
)

// Register makes an engine available by name; registering a name twice panics
// (it is a programming error at init time).
func Register(e Engine) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := registry[e.Name()]; dup {
		panic("engine: " + e.Name() + " registered twice")
	}
	registry[e.Name()] = e
}

// Get returns the engine called name.
func Get(name string) (Engine, error) {
	mu.RLock()
	defer mu.RUnlock()
	e, ok := registry[name]
	if !ok {
		return nil, fmt.Errorf("engine: unknown engine %q (available: %v)", name, namesLocked())
	}
	return e, nil
}

// Names lists the registered engines.
func Names() []string {
	mu.RLock()
	defer mu.RUnlock()
	return namesLocked()
}

func namesLocked() []string {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
