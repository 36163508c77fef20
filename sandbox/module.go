package sandbox

import (
	"bytes"
	"errors"
	"fmt"
)

// ErrModule is wrapped by every refusal of a module at Load.
var ErrModule = errors.New("sandbox: module refused")

var wasmHeader = []byte{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}

const (
	secType   = 1
	secImport = 2
	secMemory = 5
	secGlobal = 6
	secExport = 7
	secCode   = 10
	secTag    = 13
)

// globalExportPrefix names the exports the host adds for mutable globals.
// The name holds a character no Go or C identifier has, and a module
// already exporting such a name is refused, so it cannot collide.
const globalExportPrefix = "veil:global:"

// funcImport is one imported function and its type.
type funcImport struct {
	module, name   string
	params, result []byte
}

// moduleInfo is what the host learnt from a module it accepted.
type moduleInfo struct {
	imports    []funcImport
	mutGlobals []uint32 // indexes of the mutable globals the host resets
	minPages   uint32
}

type section struct {
	id   byte
	body []byte
}

// prepare checks a module and rewrites it for the host: its memory's
// maximum becomes maxPages and every mutable global is exported.
func prepare(wasm []byte, maxPages uint32) ([]byte, *moduleInfo, error) {
	if !bytes.HasPrefix(wasm, wasmHeader) {
		return nil, nil, fmt.Errorf("%w: not a WebAssembly 1.0 binary", ErrModule)
	}
	secs, err := sections(wasm[len(wasmHeader):])
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrModule, err)
	}
	p := &parsed{info: &moduleInfo{}}
	for _, s := range secs {
		if err := p.read(s); err != nil {
			return nil, nil, fmt.Errorf("%w: section %d: %v", ErrModule, s.id, err)
		}
	}
	if err := p.complete(maxPages); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrModule, err)
	}
	out := append([]byte(nil), wasmHeader...)
	for _, s := range secs {
		switch s.id {
		case secMemory:
			s.body = p.memorySection(maxPages)
		case secExport:
			s.body = p.exportSection()
		}
		out = append(out, s.id)
		out = appendULEB(out, uint64(len(s.body)))
		out = append(out, s.body...)
	}
	return out, p.info, nil
}

func sections(b []byte) ([]section, error) {
	r := &reader{b: b}
	var out []section
	for !r.done() {
		id := r.byte()
		body := r.bytes(uint64(r.u32()))
		if id == secTag || id > 12 {
			r.fail("section id %d is not supported", id)
		}
		out = append(out, section{id, body})
	}
	return out, r.err
}

// parsed accumulates what the sections say.
type parsed struct {
	info      *moduleInfo
	types     [][2][]byte // params, results
	globals   uint32
	mutable   []uint32
	memories  int
	memMin    uint32
	memMax    *uint32
	exports   []byte // the original export entries, re-emitted as they were
	nExports  uint32
	hasCode   bool
	exportSec bool
}

func (p *parsed) read(s section) error {
	r := &reader{b: s.body}
	switch s.id {
	case secType:
		p.readTypes(r)
	case secImport:
		p.readImports(r)
	case secMemory:
		p.readMemories(r)
	case secGlobal:
		p.readGlobals(r)
	case secExport:
		p.readExports(r)
	case secCode:
		p.readCode(r)
	default:
		return nil
	}
	if r.err == nil && r.off != len(r.b) {
		r.fail("%d bytes left over", len(r.b)-r.off)
	}
	return r.err
}

func (p *parsed) readTypes(r *reader) {
	n := r.count(3)
	for i := 0; i < n && r.err == nil; i++ {
		if r.byte() != 0x60 {
			r.fail("type %d is not a function type", i)
		}
		params := r.bytes(uint64(r.count(1)))
		results := r.bytes(uint64(r.count(1)))
		p.types = append(p.types, [2][]byte{params, results})
	}
}

func (p *parsed) readImports(r *reader) {
	n := r.count(4)
	for i := 0; i < n && r.err == nil; i++ {
		mod, name := r.name(), r.name()
		if kind := r.byte(); kind != 0 {
			r.fail("import %s.%s: only functions may be imported (kind %d)", mod, name, kind)
			return
		}
		t := r.u32()
		if r.err == nil && int(t) >= len(p.types) {
			r.fail("import %s.%s: type %d out of range", mod, name, t)
			return
		}
		if r.err == nil {
			p.info.imports = append(p.info.imports, funcImport{mod, name, p.types[t][0], p.types[t][1]})
		}
	}
}

func (p *parsed) readMemories(r *reader) {
	n := r.count(2)
	p.memories += n
	for i := 0; i < n && r.err == nil; i++ {
		switch flag := r.byte(); flag {
		case 0:
			p.memMin = r.u32()
		case 1:
			p.memMin = r.u32()
			m := r.u32()
			p.memMax = &m
		default:
			r.fail("memory limits flag %d (shared or 64-bit memory) is not supported", flag)
		}
	}
}

func (p *parsed) readGlobals(r *reader) {
	n := r.count(3)
	for i := 0; i < n && r.err == nil; i++ {
		if !isValType(r.byte()) {
			r.fail("global %d: bad type", i)
		}
		if mut := r.byte(); mut == 1 {
			p.mutable = append(p.mutable, p.globals)
		} else if mut != 0 {
			r.fail("global %d: bad mutability %d", i, mut)
		}
		r.checkExpr()
		p.globals++
	}
}

func (p *parsed) readExports(r *reader) {
	p.exportSec = true
	n := r.count(3)
	p.nExports = uint32(n)
	body := r.off
	for i := 0; i < n && r.err == nil; i++ {
		name := r.name()
		if bytes.HasPrefix([]byte(name), []byte(globalExportPrefix)) {
			r.fail("export %q uses the host's reserved prefix", name)
		}
		r.byte()
		r.u32()
	}
	p.exports = r.b[body:r.off]
}

func (p *parsed) readCode(r *reader) {
	p.hasCode = true
	n := r.count(1)
	for i := 0; i < n && r.err == nil; i++ {
		body := &reader{b: r.bytes(uint64(r.u32()))}
		locals := body.count(2)
		for j := 0; j < locals && body.err == nil; j++ {
			body.u32()
			if !isValType(body.byte()) {
				body.fail("bad local type")
			}
		}
		body.checkExpr()
		if body.err == nil && body.off != len(body.b) {
			body.fail("code after the function's end")
		}
		if body.err != nil {
			r.fail("function body %d: %v", i, body.err)
		}
	}
}

func (p *parsed) complete(maxPages uint32) error {
	switch {
	case p.memories != 1:
		return fmt.Errorf("the module must define exactly one memory, it defines %d", p.memories)
	case p.memMin > maxPages:
		return fmt.Errorf("the module needs %d pages of memory, the limit is %d", p.memMin, maxPages)
	case !p.exportSec:
		return errors.New("the module exports nothing")
	}
	p.info.mutGlobals = p.mutable
	p.info.minPages = p.memMin
	return nil
}

// memorySection keeps the module's minimum and sets the maximum to the
// limit (or the module's own, if smaller).
func (p *parsed) memorySection(maxPages uint32) []byte {
	m := maxPages
	if p.memMax != nil && *p.memMax < m {
		m = max(*p.memMax, p.memMin)
	}
	b := appendULEB([]byte{1, 1}, uint64(p.memMin))
	return appendULEB(b, uint64(m))
}

// exportSection re-emits the module's exports and adds one per mutable global.
func (p *parsed) exportSection() []byte {
	b := appendULEB(nil, uint64(p.nExports)+uint64(len(p.mutable)))
	b = append(b, p.exports...)
	for _, g := range p.mutable {
		name := fmt.Sprintf("%s%d", globalExportPrefix, g)
		b = appendULEB(b, uint64(len(name)))
		b = append(b, name...)
		b = append(b, 3) // global
		b = appendULEB(b, uint64(g))
	}
	return b
}
