package node

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"filippo.io/age"

	"github.com/veil-market/veil/engine"
)

// ResultDocument is what the buyer decrypts: the payload whose SHA-256 is on-chain
// and the engine's report.
type ResultDocument struct {
	Version int             `json:"version"`
	Job     uint64          `json:"job"`
	Engine  string          `json:"engine"`
	Payload []byte          `json:"payload"`
	Report  json.RawMessage `json:"report,omitempty"`
}

// MaxResult bounds a sealed result.
const MaxResult = 256 << 20

func sealResult(v *jobView, res *engine.Result) ([]byte, error) {
	rcpts, err := age.ParseRecipients(strings.NewReader(v.spec.Buyer.AgeRecipient))
	if err != nil || len(rcpts) != 1 {
		return nil, fmt.Errorf("node: the buyer's age recipient does not parse: %v", err)
	}
	doc := ResultDocument{Version: 1, Job: v.id, Engine: v.spec.Engine, Payload: res.Payload}
	if len(res.Report) > 0 {
		doc.Report = res.Report
	}
	plain, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, rcpts[0])
	if err != nil {
		return nil, fmt.Errorf("node: sealing the result: %w", err)
	}
	if _, err := w.Write(plain); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// OpenResult decrypts a sealed result with the buyer's identity and decodes it.
func OpenResult(blob []byte, id age.Identity) (*ResultDocument, error) {
	r, err := age.Decrypt(bytes.NewReader(blob), id)
	if err != nil {
		return nil, fmt.Errorf("node: the result is not sealed to this buyer: %w", err)
	}
	plain, err := io.ReadAll(io.LimitReader(r, MaxResult+1))
	if err != nil {
		return nil, fmt.Errorf("node: the sealed result is corrupted: %w", err)
	}
	if len(plain) > MaxResult {
		return nil, fmt.Errorf("node: the result is larger than %d bytes", MaxResult)
	}
	return decodeResult(plain)
}

// decodeResult strictly decodes a result document.
func decodeResult(plain []byte) (*ResultDocument, error) {
	var doc ResultDocument
	dec := json.NewDecoder(bytes.NewReader(plain))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil || doc.Version != 1 {
		return nil, fmt.Errorf("node: the result document does not decode: %v", err)
	}
	return &doc, nil
}

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }
