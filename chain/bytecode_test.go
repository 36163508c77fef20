package chain

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
)

// deployedCode runs the committed Marketplace init code (with the default
// constructor arguments) in go-ethereum's EVM and returns the init code and
// the runtime code it deploys.
func deployedCode(t *testing.T) (initCode, runtimeCode []byte) {
	t.Helper()
	initCode = common.FromHex(MarketplaceMetaData.Bin)
	input := append(append([]byte(nil), initCode...), binding.PackConstructor(DefaultMarketConfig().binding())...)
	code, _, _, err := runtime.Create(input, &runtime.Config{ChainConfig: DevChainConfig(), GasLimit: 100_000_000, Value: new(big.Int)})
	if err != nil {
		t.Fatalf("deploying the committed bytecode in an EVM: %v", err)
	}
	return initCode, code
}

// TestBytecodeRunsOnHarmonyMainnet: the committed contract (init code and the
// runtime code it deploys, PUSH data skipped) uses no opcode that Harmony
// mainnet's EVM lacks. solc's evmVersion must stay at paris or older.
func TestBytecodeRunsOnHarmonyMainnet(t *testing.T) {
	initCode, runtimeCode := deployedCode(t)
	if len(Disassemble(runtimeCode)) < 1000 {
		t.Fatalf("runtime code decodes to %d instructions: the disassembly is skipping code", len(Disassemble(runtimeCode)))
	}
	for name, code := range map[string][]byte{"runtime code": runtimeCode, "init code": initCode} {
		if bad := UnsupportedOpcodes(code, &HarmonyMainnetEVM); len(bad) > 0 {
			t.Errorf("%s uses opcodes Harmony mainnet lacks: %s", name, strings.Join(bad[:min(len(bad), 10)], ", "))
		}
	}
}

// TestOpcodeCheckFindsForbiddenOpcodes: the check is not vacuous. Each
// opcode Harmony mainnet lacks is found in executable code, and not in PUSH
// data, dead bytes or metadata.
func TestOpcodeCheckFindsForbiddenOpcodes(t *testing.T) {
	for _, op := range []vm.OpCode{vm.PUSH0, vm.MCOPY, vm.TLOAD, vm.TSTORE, vm.BASEFEE, vm.BLOBHASH, vm.BLOBBASEFEE, vm.CLZ} {
		live := []byte{byte(vm.PUSH1), 1, byte(op), byte(vm.STOP)}
		if bad := UnsupportedOpcodes(live, &HarmonyMainnetEVM); len(bad) != 1 || !strings.HasPrefix(bad[0], op.String()) {
			t.Errorf("%s in live code: found %v", op, bad)
		}
		inPush := []byte{byte(vm.PUSH2), byte(op), byte(op), byte(vm.STOP)}
		afterStop := []byte{byte(vm.STOP), byte(op), byte(vm.JUMPDEST), byte(vm.STOP)}
		for name, code := range map[string][]byte{"push data": inPush, "dead code": afterStop} {
			if bad := UnsupportedOpcodes(code, &HarmonyMainnetEVM); len(bad) != 0 {
				t.Errorf("%s in %s: reported %v", op, name, bad)
			}
		}
		reached := []byte{byte(vm.STOP), byte(vm.JUMPDEST), byte(op)}
		if bad := UnsupportedOpcodes(reached, &HarmonyMainnetEVM); len(bad) != 1 {
			t.Errorf("%s after a JUMPDEST: found %v", op, bad)
		}
	}
	// The runtime code with one PUSH1 0 turned into PUSH0 is refused.
	_, code := deployedCode(t)
	i := bytes.Index(code, []byte{byte(vm.PUSH1), 0})
	mutated := append(append(append([]byte(nil), code[:i]...), byte(vm.PUSH0)), code[i+2:]...)
	if bad := UnsupportedOpcodes(mutated, &HarmonyMainnetEVM); len(bad) == 0 {
		t.Error("runtime code with a PUSH0 passed the check")
	}
}
