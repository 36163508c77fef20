// Package ipfstest is an in-process fake of a kubo node for tests: the
// endpoints of kubo's HTTP RPC API that package ipfs uses (add, block/get,
// pin/rm, version), in their real wire format (go-ipfs-cmds: POST only,
// newline-delimited JSON values, raw byte streams, JSON error bodies, the
// X-Stream-Error trailer), and a trustless gateway serving raw blocks. CIDs
// are computed with the same importer `ipfs add` uses (boxo), never canned.
package ipfstest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/veil-market/veil/seal/ipfs"
)

// Kubo is a fake kubo node. Its zero value is not usable: call New.
type Kubo struct {
	// API serves /api/v0/…; Gateway serves /ipfs/<cid>?format=raw.
	API, Gateway *httptest.Server

	mu     sync.Mutex
	blocks map[string][]byte
	pins   map[string]bool
	// tamper, when set, rewrites the bytes the gateway and block/get serve.
	tamper func(c cid.Cid, b []byte) []byte
	// importer replaces the profile's importer (to play a node whose
	// config forces another import profile).
	importer func(ctx context.Context, r io.Reader, put ipfs.BlockFunc) (cid.Cid, int64, error)
	adds     int
	gets     int
}

// New starts a fake node; cleanup (t.Cleanup, testscript's env.Defer)
// registers the closing of both servers.
func New(cleanup func(func())) *Kubo {
	k := &Kubo{blocks: map[string][]byte{}, pins: map[string]bool{}, importer: ipfs.Import}
	k.API = httptest.NewServer(http.HandlerFunc(k.serveAPI))
	k.Gateway = httptest.NewServer(http.HandlerFunc(k.serveGateway))
	cleanup(func() { k.API.Close(); k.Gateway.Close() })
	return k
}

// Tamper makes the node serve f(cid, block) instead of each stored block.
func (k *Kubo) Tamper(f func(c cid.Cid, b []byte) []byte) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.tamper = f
}

// UseImporter makes add compute CIDs with f instead of the default profile,
// as a node whose Import config overrides the request would.
func (k *Kubo) UseImporter(f func(ctx context.Context, r io.Reader, put ipfs.BlockFunc) (cid.Cid, int64, error)) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.importer = f
}

// Pinned reports whether c is pinned.
func (k *Kubo) Pinned(c cid.Cid) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.pins[c.String()]
}

// Blocks returns the CIDs of every stored block.
func (k *Kubo) Blocks() []cid.Cid {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make([]cid.Cid, 0, len(k.blocks))
	for s := range k.blocks {
		out = append(out, cid.MustParse(s))
	}
	return out
}

// BlockGets counts block/get requests answered with a block.
func (k *Kubo) BlockGets() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.gets
}

// Adds counts add requests.
func (k *Kubo) Adds() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.adds
}

func (k *Kubo) put(c cid.Cid, b []byte) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.blocks[c.String()] = append([]byte(nil), b...)
	return nil
}

func (k *Kubo) block(c cid.Cid) ([]byte, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	b, ok := k.blocks[c.String()]
	if ok && k.tamper != nil {
		b = k.tamper(c, append([]byte(nil), b...))
	}
	return b, ok
}

func (k *Kubo) serveAPI(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "405 - Method Not Allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case "/api/v0/add":
		k.serveAdd(w, r)
	case "/api/v0/block/get":
		k.serveBlockGet(w, r)
	case "/api/v0/pin/rm":
		k.servePinRm(w, r)
	case "/api/v0/version":
		writeValue(w, map[string]string{"Version": "0.43.1", "Commit": "fake", "Repo": "18", "System": "amd64/linux", "Golang": "go1.26"})
	default:
		http.NotFound(w, r)
	}
}

// writeError is go-ipfs-cmds' error response before any value was sent.
func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"Message": msg, "Code": 0, "Type": "error"})
}

// writeValue is a command that emits one value.
func writeValue(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Trailer", "X-Stream-Error")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(v)
}

func (k *Kubo) arg(w http.ResponseWriter, r *http.Request) (cid.Cid, bool) {
	args := r.URL.Query()["arg"]
	if len(args) != 1 {
		writeError(w, http.StatusBadRequest, "argument \"cid\" is required")
		return cid.Undef, false
	}
	c, err := cid.Decode(args[0])
	if err != nil {
		writeError(w, http.StatusInternalServerError, "invalid path "+strconv.Quote(args[0])+": "+err.Error())
		return cid.Undef, false
	}
	return c, true
}

func (k *Kubo) serveBlockGet(w http.ResponseWriter, r *http.Request) {
	c, ok := k.arg(w, r)
	if !ok {
		return
	}
	b, ok := k.block(c)
	k.mu.Lock()
	if ok {
		k.gets++
	}
	k.mu.Unlock()
	if !ok {
		writeError(w, http.StatusInternalServerError, fmt.Sprintf("block was not found locally (offline): ipld: could not find %s", c))
		return
	}
	w.Header().Set("Content-Type", "application/vnd.ipld.raw")
	w.Header().Set("X-Stream-Output", "1")
	w.Header().Set("Trailer", "X-Stream-Error")
	w.WriteHeader(http.StatusOK)
	w.Write(b)
}

func (k *Kubo) servePinRm(w http.ResponseWriter, r *http.Request) {
	c, ok := k.arg(w, r)
	if !ok {
		return
	}
	k.mu.Lock()
	pinned := k.pins[c.String()]
	delete(k.pins, c.String())
	k.mu.Unlock()
	if !pinned {
		writeError(w, http.StatusInternalServerError, "not pinned or pinned indirectly")
		return
	}
	writeValue(w, map[string][]string{"Pins": {c.String()}})
}

func (k *Kubo) serveGateway(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	const prefix = "/ipfs/"
	if len(r.URL.Path) <= len(prefix) || r.URL.Path[:len(prefix)] != prefix ||
		(r.URL.Query().Get("format") != "raw" && r.Header.Get("Accept") != "application/vnd.ipld.raw") {
		http.Error(w, "this fake gateway serves only /ipfs/<cid>?format=raw", http.StatusBadRequest)
		return
	}
	c, err := cid.Decode(r.URL.Path[len(prefix):])
	if err != nil {
		http.Error(w, "invalid CID: "+err.Error(), http.StatusBadRequest)
		return
	}
	b, ok := k.block(c)
	if !ok {
		http.Error(w, "block not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/vnd.ipld.raw")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(b)
}
