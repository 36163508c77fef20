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
	"math"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// MaxSize bounds a spec document.
const MaxSize = 64 << 10

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
}

// Privacy is the job's differential-privacy contract.
type Privacy struct {
	Epsilon   float64 `json:"epsilon"`
	Delta     float64 `json:"delta"`
	Dropouts  int     `json:"dropouts"`
	Colluders *int    `json:"colluders,omitempty"` // default 1
}

// Buyer holds the buyer's public keys, which results are encrypted to.
type Buyer struct {
	Address      string  `json:"address"`
	AgeRecipient string  `json:"age_recipient"`
	HEKey        *KeyRef `json:"he_key,omitempty"`
}

// KeyRef points to a large public key by URI and SHA-256.
type KeyRef struct {
	URI    string `json:"uri"`
	SHA256 string `json:"sha256"`
	Params string `json:"params,omitempty"`
}

// DefaultColluders is c when a spec does not say.
const DefaultColluders = 1

// C is the number of owners that may collude with the aggregator.
func (p Privacy) C() int {
	if p.Colluders == nil {
		return DefaultColluders
	}
	return *p.Colluders
}

// Parse decodes and checks a spec's generic fields; the engine checks the task.
func Parse(b []byte) (*Spec, error) {
	if len(b) > MaxSize {
		return nil, fmt.Errorf("spec: %d bytes, more than %d", len(b), MaxSize)
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
	return &s, s.Check()
}

// jsonProblem turns encoding/json's errors into one plain sentence naming the field.
func jsonProblem(err error) string {
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return "unknown field " + f
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q must be %s", te.Field, te.Type)
	}
	return msg
}

// Check validates everything but the task.
func (s *Spec) Check() error {
	if s.Version != 0 && s.Version != 1 {
		return fmt.Errorf("spec: version %d is not supported", s.Version)
	}
	if s.Engine == "" {
		return errors.New("spec: field \"engine\" is required (fl or he)")
	}
	if len(s.Datasets) == 0 {
		return errors.New("spec: field \"datasets\" needs at least one dataset id")
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
	return s.checkCompute()
}

func (p Privacy) check(n int) error {
	switch {
	case math.IsNaN(p.Epsilon) || p.Epsilon <= 0 || math.IsInf(p.Epsilon, 0):
		return fmt.Errorf("spec: field \"privacy.epsilon\" must be > 0, got %v", p.Epsilon)
	case math.IsNaN(p.Delta) || p.Delta < 0 || p.Delta >= 1:
		return fmt.Errorf("spec: field \"privacy.delta\" must be in [0, 1), got %v", p.Delta)
	case p.Dropouts < 0 || p.Dropouts >= n:
		return fmt.Errorf("spec: field \"privacy.dropouts\" must be in [0, %d) for %d datasets, got %d", n, n, p.Dropouts)
	case p.C() < 0 || p.C() >= n+1:
		return fmt.Errorf("spec: field \"privacy.colluders\" must be in [0, %d], got %d", n, p.C())
	}
	return nil
}

func (s *Spec) checkCompute() error {
	if len(s.Compute) == 0 {
		return errors.New("spec: field \"compute\" needs at least one compute node (the first aggregates)")
	}
	for _, a := range s.Compute {
		if !common.IsHexAddress(a) {
			return fmt.Errorf("spec: field \"compute\": %q is not an address", a)
		}
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
