package chain

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Engine bits as the contract stores them.
const (
	EngineFL  uint8 = 1
	EngineHE  uint8 = 2
	EngineMPC uint8 = 4
	EngineTEE uint8 = 8
)

var engineNames = []struct {
	bit  uint8
	name string
}{{EngineFL, "fl"}, {EngineHE, "he"}, {EngineMPC, "mpc"}, {EngineTEE, "tee"}}

// testEngines gives test-only engines (enginetest's Toy and Pair, registered
// by tests under names of their own) one of the four on-chain slots, so they
// run through the real contract; the slot's shipped engine keeps its name
// everywhere else. Production code registers none.
var (
	testMu      sync.RWMutex
	testEngines = map[string]uint8{}
)

// AliasTestEngine lets a test run an engine named name in the on-chain slot
// of a shipped engine (EngineMPC, say). It panics on a shipped engine's name
// or a slot that is not one engine bit: a programming error.
func AliasTestEngine(name string, slot uint8) {
	for _, e := range engineNames {
		if e.name == name {
			panic("chain: " + name + " is a shipped engine's name")
		}
	}
	if slot == 0 || slot&(slot-1) != 0 || slot > EngineTEE {
		panic(fmt.Sprintf("chain: %d is not an engine slot", slot))
	}
	testMu.Lock()
	defer testMu.Unlock()
	testEngines[name] = slot
}

// EngineName names one engine bit ("fl"); unknown bits print as numbers.
func EngineName(bit uint8) string {
	for _, e := range engineNames {
		if e.bit == bit {
			return e.name
		}
	}
	return fmt.Sprintf("engine#%d", bit)
}

// EngineNames lists the engines of a bit set ("fl,he").
func EngineNames(set uint8) string {
	var names []string
	for _, e := range engineNames {
		if set&e.bit != 0 {
			names = append(names, e.name)
		}
	}
	return strings.Join(names, ",")
}

// ParseEngine parses one engine name.
func ParseEngine(s string) (uint8, error) {
	name := strings.TrimSpace(strings.ToLower(s))
	for _, e := range engineNames {
		if e.name == name {
			return e.bit, nil
		}
	}
	testMu.RLock()
	defer testMu.RUnlock()
	if bit, ok := testEngines[name]; ok {
		return bit, nil
	}
	return 0, fmt.Errorf("chain: unknown engine %q (want fl, he, mpc or tee)", s)
}

// ParseEngines parses a comma-separated engine list ("fl,he").
func ParseEngines(s string) (uint8, error) {
	var set uint8
	for _, part := range strings.Split(s, ",") {
		bit, err := ParseEngine(part)
		if err != nil {
			return 0, err
		}
		set |= bit
	}
	return set, nil
}

// Node roles.
const (
	RoleOwner   uint8 = 1
	RoleCompute uint8 = 2
)

// ParseRoles parses "owner", "compute" or "owner,compute".
func ParseRoles(s string) (uint8, error) {
	var set uint8
	for _, part := range strings.Split(s, ",") {
		switch strings.TrimSpace(strings.ToLower(part)) {
		case "owner":
			set |= RoleOwner
		case "compute":
			set |= RoleCompute
		default:
			return 0, fmt.Errorf("chain: unknown role %q (want owner, compute or owner,compute)", part)
		}
	}
	return set, nil
}

// RoleNames lists a role set ("owner,compute").
func RoleNames(set uint8) string {
	var names []string
	if set&RoleOwner != 0 {
		names = append(names, "owner")
	}
	if set&RoleCompute != 0 {
		names = append(names, "compute")
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

// Job states as the contract stores them.
const (
	JobOpen      uint8 = 0
	JobStarted   uint8 = 1
	JobSettled   uint8 = 2
	JobFailed    uint8 = 3
	JobCancelled uint8 = 4
)

// JobStateName names a job state.
func JobStateName(s uint8) string {
	switch s {
	case JobOpen:
		return "open"
	case JobStarted:
		return "started"
	case JobSettled:
		return "settled"
	case JobFailed:
		return "failed"
	case JobCancelled:
		return "cancelled"
	}
	return fmt.Sprintf("state#%d", s)
}

// Why a job failed, as the contract stores it.
const (
	FailNoResult uint8 = 1 // the aggregator did not commit by the commit deadline: it is slashed
	FailHelper   uint8 = 2 // a compute node other than the aggregator withheld its step: it is slashed
	FailDisputed uint8 = 3 // a majority of the owners disputed the result: the aggregator is slashed
	FailAborted  uint8 = 4 // the aggregator declared it cannot complete the job: nobody is slashed
)

// FailureName says why a job failed.
func FailureName(reason uint8) string {
	switch reason {
	case FailNoResult:
		return "no result by the commit deadline (aggregator slashed)"
	case FailHelper:
		return "a compute node withheld its step (that node slashed)"
	case FailDisputed:
		return "a majority of the owners disputed the result (aggregator slashed)"
	case FailAborted:
		return "the aggregator aborted"
	case 0:
		return ""
	}
	return fmt.Sprintf("failure#%d", reason)
}

// Credit reasons in Credited events.
const (
	CreditRefund      uint8 = 0
	CreditOwnerPay    uint8 = 1
	CreditFee         uint8 = 2
	CreditStake       uint8 = 3
	CreditSubmitFee   uint8 = 4
	CreditBond        uint8 = 5 // a fee paid from a slashed bond
	CreditDisputeBond uint8 = 6 // a dispute bond returned
)
