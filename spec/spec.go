// Package spec is the job specification: what a buyer asks for, in JSON. Its
// SHA-256 goes on-chain; participants fetch the document, check the hash and
// validate it before taking part. Decoding is strict: unknown fields are refused
// with their name, so a typo never silently changes a job.
package spec

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/internal/strictjson"
)

// Limits on the generic fields: a value outside them cannot be a job anyone
// means to run, so it is refused before any money moves.
const (
	MaxSize       = 64 << 10             // bytes of a spec document
	MaxDatasets   = 1024                 // datasets (owners) in one job
	MaxCompute    = 8                    // compute nodes in one job (the contract's bound)
	MaxDeadline   = 365 * 24 * time.Hour // the longest "deadline"
	maxEngineName = 32
	maxKeyURI     = 512
)

// Spec is a job specification.
type Spec struct {
	Version  int             `json:"version,omitempty"`
	Engine   string          `json:"engine"`
	Datasets []uint64        `json:"datasets"`
	Task     json.RawMessage `json:"task"`
	Privacy  Privacy         `json:"privacy"`
	Compute  []string        `json:"compute"`
	Pay      string          `json:"pay,omitempty"`      // coins; default: prices + fees
	Deadline string          `json:"deadline,omitempty"` // duration from submission, e.g. "2h"
	Buyer    *Buyer          `json:"buyer,omitempty"`    // filled in by `veil job submit`

	applied []string // the defaults Parse filled in, for the buyer to see
}

// Privacy is the job's differential-privacy contract. Parse fills in
// dropouts and colluders when the document leaves them out (Defaults), so
// that every spec published on-chain states both.
type Privacy struct {
	Epsilon   float64 `json:"epsilon"`
	Delta     float64 `json:"delta"`
	Dropouts  int     `json:"dropouts"`
	Colluders *int    `json:"colluders,omitempty"`
}

// Buyer holds the buyer's public keys, which results are encrypted to.
type Buyer struct {
	Address      string `json:"address"`
	AgeRecipient string `json:"age_recipient"`
	// Keys are the engines' buyer keys, by engine name ("he"): each engine's
	// PrepareBuyer adds its own, so a new engine needs no new field.
	Keys map[string]KeyRef `json:"keys,omitempty"`
}

// KeyRef points to a large public key by URI and SHA-256.
type KeyRef struct {
	URI    string `json:"uri"`
	SHA256 string `json:"sha256"`
	Params string `json:"params,omitempty"`
}

// Key is the buyer's key for engine, if the spec has one.
func (b *Buyer) Key(engine string) (KeyRef, bool) {
	if b == nil {
		return KeyRef{}, false
	}
	k, ok := b.Keys[engine]
	return k, ok
}

// SetKey records the buyer's key for engine.
func (b *Buyer) SetKey(engine string, k KeyRef) {
	if b.Keys == nil {
		b.Keys = map[string]KeyRef{}
	}
	b.Keys[engine] = k
}

// errOldBuyerKey names what replaced the single-engine field of older specs.
const errOldBuyerKey = `field "buyer.he_key" is from an older version of Veil: buyer keys are now "buyer.keys", ` +
	`one per engine ({"he": {"uri": …, "sha256": …, "params": …}}); submit the job again with this version`

// DefaultColluders is c for a spec built in Go that leaves Colluders nil
// (Parse always fills it in, from Defaults).
const DefaultColluders = 1

// C is the number of owners that may collude with the aggregator.
func (p Privacy) C() int {
	if p.Colluders == nil {
		return DefaultColluders
	}
	return *p.Colluders
}

// Parse decodes and checks a spec's generic fields; the engine checks the
// task. A document without "dropouts" or "colluders" gets Defaults(n) for
// its n datasets, and DefaultsApplied says so.
func Parse(b []byte) (*Spec, error) {
	if len(b) > MaxSize {
		return nil, fmt.Errorf("spec: %d bytes, more than %d", len(b), MaxSize)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, errors.New("spec: the document is empty; a spec is a JSON object (docs/jobs.md)")
	}
	if err := strictjson.CheckKeys(b); err != nil {
		return nil, fmt.Errorf("spec: %w (give each field once)", err)
	}
	var s Spec
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("spec: %s", jsonProblem(err))
	}
	if dec.More() {
		return nil, errors.New("spec: trailing data after the JSON object")
	}
	if err := s.fillDefaults(b); err != nil {
		return nil, err
	}
	return &s, s.Check()
}

// jsonProblem turns encoding/json's errors into one plain sentence naming the field.
func jsonProblem(err error) string {
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		if f == `"he_key"` {
			return errOldBuyerKey
		}
		return "unknown field " + f
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field == "" {
		return fmt.Sprintf("a spec is a JSON object, not %s (docs/jobs.md)", article(te.Value))
	}
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q must be %s, not %s", te.Field, jsonType(te.Type.Kind().String()), article(te.Value))
	}
	return msg
}

// article names a JSON value kind as encoding/json reports it ("array").
func article(kind string) string {
	switch kind {
	case "array", "object":
		return "an " + kind
	case "":
		return "this value"
	}
	return "a " + kind
}

// jsonType says in JSON words what a Go kind expects.
func jsonType(kind string) string {
	switch {
	case kind == "string":
		return "a string"
	case kind == "bool":
		return "true or false"
	case kind == "slice" || kind == "array":
		return "an array"
	case kind == "struct" || kind == "map" || kind == "ptr":
		return "an object"
	case strings.HasPrefix(kind, "int") || strings.HasPrefix(kind, "uint") || strings.HasPrefix(kind, "float"):
		return "a number"
	}
	return kind
}

// Check validates everything but the task: every generic field has a finite,
// sane value (limits.go), so an engine's Plan only has its task to check.
func (s *Spec) Check() error {
	if s.Version != 0 && s.Version != 1 {
		return fmt.Errorf("spec: version %d is not supported", s.Version)
	}
	if s.Engine == "" || len(s.Engine) > maxEngineName {
		return errors.New("spec: field \"engine\" is required (fl or he)")
	}
	if len(s.Datasets) == 0 || len(s.Datasets) > MaxDatasets {
		return fmt.Errorf("spec: field \"datasets\" needs 1 to %d dataset ids, got %d", MaxDatasets, len(s.Datasets))
	}
	seen := map[uint64]bool{}
	for _, id := range s.Datasets {
		if id == 0 || seen[id] {
			return fmt.Errorf("spec: field \"datasets\": id %d is zero or repeated", id)
		}
		seen[id] = true
	}
	if len(s.Task) == 0 || string(s.Task) == "null" {
		return errors.New("spec: field \"task\" is required")
	}
	if err := s.Privacy.check(len(s.Datasets)); err != nil {
		return err
	}
	if err := s.checkDeadline(); err != nil {
		return err
	}
	if err := s.Buyer.check(); err != nil {
		return err
	}
	return s.checkCompute()
}

// check validates the buyer's key references (their contents are the engines').
func (b *Buyer) check() error {
	if b == nil {
		return nil
	}
	for name, k := range b.Keys {
		switch {
		case name == "" || len(name) > maxEngineName:
			return fmt.Errorf("spec: field \"buyer.keys\": %q is not an engine name", name)
		case k.URI == "" || len(k.URI) > maxKeyURI:
			return fmt.Errorf("spec: field \"buyer.keys.%s.uri\" must have 1 to %d characters", name, maxKeyURI)
		}
	}
	return nil
}

func (s *Spec) checkCompute() error {
	if len(s.Compute) == 0 || len(s.Compute) > MaxCompute {
		return fmt.Errorf("spec: field \"compute\" needs 1 to %d compute nodes (the first aggregates), got %d", MaxCompute, len(s.Compute))
	}
	seen := map[common.Address]bool{}
	for _, a := range s.Compute {
		if !common.IsHexAddress(a) {
			return fmt.Errorf("spec: field \"compute\": %q is not an address", a)
		}
		if seen[common.HexToAddress(a)] {
			return fmt.Errorf("spec: field \"compute\": %s appears twice", a)
		}
		seen[common.HexToAddress(a)] = true
	}
	return nil
}

func (s *Spec) checkDeadline() error {
	if s.Deadline == "" {
		return nil
	}
	d, err := time.ParseDuration(s.Deadline)
	if err != nil || d <= 0 || d > MaxDeadline {
		return fmt.Errorf("spec: field \"deadline\" must be a duration like \"2h\" in (0, %s], got %q", MaxDeadline, s.Deadline)
	}
	return nil
}

// ComputeAddresses parses Compute.
func (s *Spec) ComputeAddresses() []common.Address {
	out := make([]common.Address, len(s.Compute))
	for i, a := range s.Compute {
		out[i] = common.HexToAddress(a)
	}
	return out
}

// Encode is the canonical form whose SHA-256 goes on-chain.
func (s *Spec) Encode() ([]byte, error) {
	var task any
	if err := json.Unmarshal(s.Task, &task); err != nil {
		return nil, fmt.Errorf("spec: task: %w", err)
	}
	c := *s
	colluders := s.Privacy.C() // always explicit: a reader's default may differ
	c.Privacy.Colluders = &colluders
	compact, err := json.Marshal(task)
	if err != nil {
		return nil, err
	}
	c.Task = compact
	return json.Marshal(&c)
}

// Hash is the SHA-256 of b, the spec document as published.
func Hash(b []byte) [32]byte { return sha256.Sum256(b) }

// DecodeTask decodes the task into v strictly, naming unknown fields as "task.x".
func (s *Spec) DecodeTask(v any) error {
	dec := json.NewDecoder(bytes.NewReader(s.Task))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("spec: task: %s", jsonProblem(err))
	}
	return nil
}
