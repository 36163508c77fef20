package ipfstest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"github.com/ipfs/go-cid"

	"github.com/veil-market/veil/seal/ipfs"
)

// addEvent is kubo's core/commands.AddEvent as it goes on the wire.
type addEvent struct {
	Name  string
	Hash  string `json:",omitempty"`
	Bytes int64  `json:",omitempty"`
	Size  string `json:",omitempty"`
}

// profileParams are the add options the fake honours; a request asking for
// anything else gets kubo's answer to a parameter it cannot satisfy.
var profileParams = map[string]string{
	"cid-version": "0", "hash": "sha2-256", "chunker": fmt.Sprintf("size-%d", ipfs.ChunkSize),
	"raw-leaves": "false", "max-file-links": strconv.Itoa(ipfs.MaxLinks), "trickle": "false",
}

func checkAddParams(q url.Values) error {
	for name, want := range profileParams {
		if got := q.Get(name); got != "" && got != want {
			return fmt.Errorf("this fake node only imports with %s=%s (got %q)", name, want, got)
		}
	}
	return nil
}

// serveAdd streams the multipart body through the importer, one file part at
// a time, storing every block, and emits one event per file.
func (k *Kubo) serveAdd(w http.ResponseWriter, r *http.Request) {
	if err := checkAddParams(r.URL.Query()); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	mr, err := r.MultipartReader()
	if err != nil {
		writeError(w, http.StatusBadRequest, "file argument 'path' is required")
		return
	}
	var events []addEvent
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		ev, err := k.addFile(r.Context(), part.FileName(), part)
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		events = append(events, ev)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Chunked-Output", "1")
	w.Header().Set("Trailer", "X-Stream-Error")
	w.WriteHeader(http.StatusOK)
	for _, ev := range events {
		json.NewEncoder(w).Encode(ev) // one value per line
	}
}

func (k *Kubo) addFile(ctx context.Context, name string, r io.Reader) (addEvent, error) {
	k.mu.Lock()
	importer := k.importer
	k.adds++
	k.mu.Unlock()
	var dagSize int64
	root, _, err := importer(ctx, r, func(c cid.Cid, b []byte) error {
		dagSize += int64(len(b))
		return k.put(c, b)
	})
	if err != nil {
		return addEvent{}, err
	}
	k.mu.Lock()
	k.pins[root.String()] = true
	k.mu.Unlock()
	return addEvent{Name: name, Hash: root.String(), Size: strconv.FormatInt(dagSize, 10)}, nil
}
