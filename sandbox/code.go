package sandbox

// forbidden names the instructions that could keep state outside linear
// memory and mutable globals (the two things the host resets): they change
// a table or drop a segment.
var forbidden = map[uint32]string{
	0x26:        "table.set",
	0xfc00 | 9:  "data.drop",
	0xfc00 | 12: "table.init",
	0xfc00 | 13: "elem.drop",
	0xfc00 | 14: "table.copy",
	0xfc00 | 15: "table.grow",
	0xfc00 | 17: "table.fill",
}

// checkExpr walks one expression (a function body after its locals, or a
// constant expression) to its final end, decoding every instruction's
// immediates so that no opcode is skipped, and refuses a forbidden or
// unknown instruction. It stops at the end that closes depth 0.
func (r *reader) checkExpr() {
	depth := 0
	for r.err == nil {
		op := uint32(r.byte())
		switch {
		case op == 0x02 || op == 0x03 || op == 0x04: // block, loop, if
			r.blockType()
			depth++
		case op == 0x0b: // end
			if depth == 0 {
				return
			}
			depth--
		case op == 0xfc:
			r.prefixed()
		default:
			r.plain(op)
		}
	}
}

func (r *reader) blockType() {
	switch c := r.byte(); {
	case c == 0x40 || isValType(c):
	default:
		r.off--
		r.sleb(33) // a type index
	}
}

func isValType(c byte) bool {
	return c == 0x7f || c == 0x7e || c == 0x7d || c == 0x7c || c == 0x70 || c == 0x6f
}

// plain decodes the immediates of a one-byte opcode.
func (r *reader) plain(op uint32) {
	if name, bad := forbidden[op]; bad {
		r.fail("instruction %s is not allowed (it would keep state across rows)", name)
		return
	}
	switch {
	case op <= 0x01 || op == 0x05 || op == 0x0f || op == 0x1a || op == 0x1b || op == 0xd1:
		// unreachable, nop, else, return, drop, select, ref.is_null: no immediate
	case op == 0x0c || op == 0x0d || op == 0x10 || (op >= 0x20 && op <= 0x25) || op == 0xd2:
		r.u32() // br, br_if, call, local/global get/set/tee, table.get, ref.func
	case op == 0x0e: // br_table
		n := r.count(1)
		for i := 0; i <= n && r.err == nil; i++ {
			r.u32()
		}
	case op == 0x11: // call_indirect type table
		r.u32()
		r.u32()
	case op == 0x1c: // select t*
		n := r.count(1)
		for i := 0; i < n && r.err == nil; i++ {
			r.byte()
		}
	case op >= 0x28 && op <= 0x3e: // loads and stores: align, offset
		r.u32()
		r.uleb(64)
	case op == 0x3f || op == 0x40: // memory.size, memory.grow
		r.u32()
	case op == 0x41:
		r.sleb(32)
	case op == 0x42:
		r.sleb(64)
	case op == 0x43:
		r.bytes(4)
	case op == 0x44:
		r.bytes(8)
	case op >= 0x45 && op <= 0xc4: // numeric and sign extension
	case op == 0xd0: // ref.null t
		r.byte()
	default:
		r.fail("instruction 0x%02x is not supported", op)
	}
}

// prefixed decodes a 0xfc instruction: saturating truncation and bulk memory.
func (r *reader) prefixed() {
	sub := r.u32()
	if name, bad := forbidden[0xfc00|sub]; bad {
		r.fail("instruction %s is not allowed (it would keep state across rows)", name)
		return
	}
	switch {
	case sub <= 7: // trunc_sat
	case sub == 8: // memory.init data mem
		r.u32()
		r.u32()
	case sub == 10: // memory.copy mem mem
		r.u32()
		r.u32()
	case sub == 11 || sub == 16: // memory.fill mem, table.size table
		r.u32()
	default:
		r.fail("instruction 0xfc %d is not supported", sub)
	}
}
