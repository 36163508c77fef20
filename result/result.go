// Package result is the file a buyer gets from a job: a JSON document (the
// payload whose SHA-256 is committed on-chain, and the engine's report)
// sealed to the buyer's age recipient. Seal and Open stream it through age;
// Open reads at most MaxSize bytes of plaintext and decodes strictly.
//
// Threat model: the sealed file is stored and served by the job's lead, who
// is not trusted with it beyond delivery. age gives confidentiality to the
// buyer's identity and integrity of the ciphertext; the binding to the job
// is the on-chain hashes, which the buyer checks (package buyer): the sealed
// blob's SHA-256, then the payload's.
package result

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"filippo.io/age"
)

// Document is what the buyer decrypts: the payload whose SHA-256 is on-chain
// and the engine's report.
type Document struct {
	Version int             `json:"version"`
	Job     uint64          `json:"job"`
	Engine  string          `json:"engine"`
	Payload []byte          `json:"payload"`
	Report  json.RawMessage `json:"report,omitempty"`
}

// MaxSize bounds a result's plaintext (and so its sealed file).
const MaxSize = 256 << 20

// ErrNotForThisBuyer means a sealed result does not open with the identity
// given: it was sealed to someone else, or it is corrupted.
var ErrNotForThisBuyer = errors.New("result: the result is not sealed to this buyer")

// ParseRecipient parses the buyer's age recipient as a job spec gives it.
func ParseRecipient(s string) (age.Recipient, error) {
	rcpts, err := age.ParseRecipients(strings.NewReader(s))
	if err != nil || len(rcpts) != 1 {
		return nil, fmt.Errorf("result: the buyer's age recipient does not parse: %v", err)
	}
	return rcpts[0], nil
}

// Seal writes doc (version 1) to w, encrypted to the recipient.
func Seal(w io.Writer, to age.Recipient, doc *Document) error {
	if doc.Version != 1 {
		return fmt.Errorf("result: document version %d, this is version 1", doc.Version)
	}
	aw, err := age.Encrypt(w, to)
	if err != nil {
		return fmt.Errorf("result: sealing: %w", err)
	}
	if err := json.NewEncoder(aw).Encode(doc); err != nil {
		return fmt.Errorf("result: sealing: %w", err)
	}
	if err := aw.Close(); err != nil {
		return fmt.Errorf("result: sealing: %w", err)
	}
	return nil
}

// Open decrypts a sealed result read from r with the buyer's identity and
// decodes it as it decrypts, refusing more than MaxSize bytes of plaintext.
func Open(r io.Reader, id age.Identity) (*Document, error) { return open(r, id, MaxSize) }

func open(r io.Reader, id age.Identity, limit int64) (*Document, error) {
	plain, err := age.Decrypt(r, id)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotForThisBuyer, err)
	}
	return decode(&capped{r: plain, left: limit})
}

// errTooLarge is the error of a capped reader past its cap.
var errTooLarge = fmt.Errorf("result: the result is larger than %d bytes", MaxSize)

// capped reads at most left bytes of r, then fails with errTooLarge.
type capped struct {
	r    io.Reader
	left int64
}

func (c *capped) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var one [1]byte
		n, err := c.r.Read(one[:])
		if n > 0 {
			return 0, errTooLarge
		}
		return 0, err
	}
	p = p[:min(int64(len(p)), c.left)]
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

// decode strictly decodes a result document: known fields only, version 1,
// nothing after it but white space.
func decode(r io.Reader) (*Document, error) {
	var doc Document
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, errTooLarge
		}
		return nil, fmt.Errorf("result: the result document does not decode: %w", err)
	}
	if doc.Version != 1 {
		return nil, fmt.Errorf("result: the result document has version %d, this is version 1", doc.Version)
	}
	if _, err := dec.Token(); err != io.EOF {
		if errors.Is(err, errTooLarge) {
			return nil, errTooLarge
		}
		return nil, errors.New("result: data after the result document")
	}
	return &doc, nil
}
