package node

import (
	"bytes"
	"encoding/json"
	"testing"

	"filippo.io/age"
)

func TestResultRoundTrip(t *testing.T) {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	other, _ := age.GenerateX25519Identity()
	plain, _ := json.Marshal(ResultDocument{Version: 1, Job: 9, Engine: "fl", Payload: []byte("model"), Report: json.RawMessage(`{"a":1}`)})
	var buf bytes.Buffer
	w, _ := age.Encrypt(&buf, id.Recipient())
	w.Write(plain)
	w.Close()
	doc, err := OpenResult(buf.Bytes(), id)
	if err != nil || doc.Job != 9 || string(doc.Payload) != "model" {
		t.Fatalf("OpenResult = %+v, %v", doc, err)
	}
	if _, err := OpenResult(buf.Bytes(), other); err == nil {
		t.Fatal("another identity opened the result")
	}
	tampered := append([]byte(nil), buf.Bytes()...)
	tampered[len(tampered)-1] ^= 1
	if _, err := OpenResult(tampered, id); err == nil {
		t.Fatal("a tampered result opened")
	}
}

func FuzzDecodeResult(f *testing.F) {
	f.Add([]byte(`{"version":1,"job":1,"engine":"fl","payload":"AAE="}`))
	f.Add([]byte(`{"version":2}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := decodeResult(b)
		if err == nil && doc.Version != 1 {
			t.Fatalf("accepted version %d", doc.Version)
		}
	})
}
