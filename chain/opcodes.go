package chain

import (
	"fmt"

	"github.com/ethereum/go-ethereum/core/vm"
)

// OpcodeSet is the set of instructions an EVM runs.
type OpcodeSet struct{ ok [256]bool }

// Has reports whether op is in the set.
func (s *OpcodeSet) Has(op vm.OpCode) bool { return s.ok[op] }

func opcodes(ranges ...[2]vm.OpCode) OpcodeSet {
	var s OpcodeSet
	for _, r := range ranges {
		for op := int(r[0]); op <= int(r[1]); op++ {
			s.ok[op] = true
		}
	}
	return s
}

// HarmonyMainnetEVM is Istanbul's instruction set: what Harmony mainnet ran
// until its "Bloom" upgrade (v2026.1.0, scheduled for epoch 2964) and what
// any node not yet upgraded still runs. It lacks, among others, PUSH0
// (Shanghai), MCOPY, TLOAD/TSTORE, BLOBHASH, BLOBBASEFEE (Cancun), BASEFEE
// (London: Harmony has no EIP-1559), CLZ (Osaka) and anything newer.
// docs/chain-config.md gives the sources.
var HarmonyMainnetEVM = opcodes(
	[2]vm.OpCode{vm.STOP, vm.SIGNEXTEND},
	[2]vm.OpCode{vm.LT, vm.SAR},
	[2]vm.OpCode{vm.KECCAK256, vm.KECCAK256},
	[2]vm.OpCode{vm.ADDRESS, vm.EXTCODEHASH},
	[2]vm.OpCode{vm.BLOCKHASH, vm.SELFBALANCE},
	[2]vm.OpCode{vm.POP, vm.JUMPDEST},
	[2]vm.OpCode{vm.PUSH1, vm.PUSH32},
	[2]vm.OpCode{vm.DUP1, vm.DUP16},
	[2]vm.OpCode{vm.SWAP1, vm.SWAP16},
	[2]vm.OpCode{vm.LOG0, vm.LOG4},
	[2]vm.OpCode{vm.CREATE, vm.CREATE2},
	[2]vm.OpCode{vm.STATICCALL, vm.STATICCALL},
	[2]vm.OpCode{vm.REVERT, vm.SELFDESTRUCT}, // REVERT, INVALID (0xfe, designated invalid), SELFDESTRUCT
)

// Instruction is one decoded instruction: its offset and opcode.
type Instruction struct {
	PC int
	Op vm.OpCode
}

// Disassemble decodes the instructions of code that can execute: PUSH data
// is skipped, and so are the bytes after a halting or jumping instruction up
// to the next JUMPDEST (the EVM can reach code only by falling through or by
// jumping to a JUMPDEST, so those bytes are data, such as the compiler's
// metadata or the runtime code inside init code). A trailing CBOR metadata
// section (its length in the last two bytes) is dropped.
func Disassemble(code []byte) []Instruction {
	code = stripMetadata(code)
	var out []Instruction
	dead := false
	for pc := 0; pc < len(code); pc++ {
		op := vm.OpCode(code[pc])
		if dead && op != vm.JUMPDEST {
			continue
		}
		dead = false
		out = append(out, Instruction{pc, op})
		if op >= vm.PUSH1 && op <= vm.PUSH32 {
			pc += int(op - vm.PUSH1 + 1)
		}
		switch op {
		case vm.STOP, vm.JUMP, vm.RETURN, vm.REVERT, vm.INVALID, vm.SELFDESTRUCT:
			dead = true
		}
	}
	return out
}

func stripMetadata(code []byte) []byte {
	if len(code) < 2 {
		return code
	}
	n := int(code[len(code)-2])<<8 | int(code[len(code)-1])
	start := len(code) - 2 - n
	if n == 0 || start < 0 || code[start]&0xe0 != 0xa0 { // CBOR map
		return code
	}
	return code[:start]
}

// UnsupportedOpcodes lists the executable instructions of code that set
// lacks, as "PUSH0 at 0x1a2".
func UnsupportedOpcodes(code []byte, set *OpcodeSet) []string {
	var out []string
	for _, in := range Disassemble(code) {
		if !set.Has(in.Op) {
			out = append(out, fmt.Sprintf("%s at %#x", in.Op, in.PC))
		}
	}
	return out
}
