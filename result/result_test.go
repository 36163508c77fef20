package result

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"filippo.io/age"
)

func sealed(t *testing.T, to age.Recipient, doc *Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Seal(&buf, to, doc); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSealOpenRoundTrip(t *testing.T) {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	other, _ := age.GenerateX25519Identity()
	blob := sealed(t, id.Recipient(), &Document{Version: 1, Job: 9, Engine: "fl", Payload: []byte("model"), Report: json.RawMessage(`{"a":1}`)})
	doc, err := Open(bytes.NewReader(blob), id)
	if err != nil || doc.Job != 9 || string(doc.Payload) != "model" || string(doc.Report) != `{"a":1}` {
		t.Fatalf("Open = %+v, %v", doc, err)
	}
	if _, err := Open(bytes.NewReader(blob), other); !errors.Is(err, ErrNotForThisBuyer) {
		t.Fatalf("another identity: %v, want ErrNotForThisBuyer", err)
	}
	tampered := bytes.Clone(blob)
	tampered[len(tampered)-1] ^= 1
	if _, err := Open(bytes.NewReader(tampered), id); err == nil {
		t.Fatal("a tampered result opened")
	}
	if err := Seal(new(bytes.Buffer), id.Recipient(), &Document{Version: 2}); err == nil {
		t.Fatal("sealed a document of another version")
	}
}

// A result sealed before this package (compact JSON, no trailing newline)
// still opens.
func TestOpenCompactDocument(t *testing.T) {
	id, _ := age.GenerateX25519Identity()
	var buf bytes.Buffer
	w, _ := age.Encrypt(&buf, id.Recipient())
	w.Write([]byte(`{"version":1,"job":3,"engine":"he","payload":"AAE="}`))
	w.Close()
	doc, err := Open(&buf, id)
	if err != nil || doc.Job != 3 || !bytes.Equal(doc.Payload, []byte{0, 1}) {
		t.Fatalf("Open = %+v, %v", doc, err)
	}
}

// A sealed result whose plaintext is over the limit (MaxSize; 1 KiB here)
// is refused as too large, not read into memory whole.
func TestOpenRefusesAnOversizedResult(t *testing.T) {
	id, _ := age.GenerateX25519Identity()
	var buf bytes.Buffer
	w, _ := age.Encrypt(&buf, id.Recipient())
	w.Write([]byte(`{"version":1,"job":3,"engine":"he","payload":"`))
	w.Write(bytes.Repeat([]byte("A"), 1<<10))
	w.Write([]byte(`"}`))
	w.Close()
	sealed := buf.Bytes()
	if _, err := open(bytes.NewReader(sealed), id, 1<<10); !errors.Is(err, errTooLarge) {
		t.Fatalf("open of %d bytes with a limit of 1 KiB: %v, want errTooLarge", len(sealed), err)
	}
	if _, err := open(bytes.NewReader(sealed), id, 1<<11); err != nil {
		t.Fatalf("open under the limit: %v", err)
	}
}

func TestParseRecipient(t *testing.T) {
	id, _ := age.GenerateX25519Identity()
	if _, err := ParseRecipient(id.Recipient().String()); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "age1nope", id.Recipient().String() + "\n" + id.Recipient().String()} {
		if _, err := ParseRecipient(bad); err == nil {
			t.Errorf("ParseRecipient(%q) accepted", bad)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"version":1,"job":1,"engine":"fl","payload":"AAE="}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte(`{"version":1} {}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := decode(&capped{r: bytes.NewReader(b), left: MaxSize})
		if err == nil && (doc.Version != 1 || strings.TrimSpace(string(b)) == "") {
			t.Fatalf("accepted %q", b)
		}
	})
}
