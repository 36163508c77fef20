package seal

import (
	"crypto/sha256"
	"errors"
	"strings"
	"testing"
)

const emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

func TestParseDirURI(t *testing.T) {
	tests := []struct {
		name, uri string
		ok        bool
	}{
		{"valid", "veil-dir://" + emptySHA256, true},
		{"empty", "", false},
		{"no digest", "veil-dir://", false},
		{"ipfs scheme", "ipfs://" + emptySHA256, false},
		{"scheme in upper case", "VEIL-DIR://" + emptySHA256, false},
		{"single slash", "veil-dir:/" + emptySHA256, false},
		{"upper-case hex", "veil-dir://" + strings.ToUpper(emptySHA256), false},
		{"short digest", "veil-dir://" + emptySHA256[:63], false},
		{"long digest", "veil-dir://" + emptySHA256 + "0", false},
		{"non-hex digit", "veil-dir://" + emptySHA256[:63] + "g", false},
		{"trailing slash", "veil-dir://" + emptySHA256 + "/", false},
		{"path traversal", "veil-dir://../" + emptySHA256[3:], false},
		{"query", "veil-dir://" + emptySHA256[:60] + "?a=b", false},
		{"leading space", " veil-dir://" + emptySHA256, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := ParseDirURI(tt.uri)
			if !tt.ok {
				if !errors.Is(err, ErrMalformedURI) {
					t.Fatalf("ParseDirURI(%q) err = %v, want ErrMalformedURI", tt.uri, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if sum != sha256.Sum256(nil) {
				t.Fatalf("digest %x, want SHA-256 of nothing", sum)
			}
		})
	}
}

func TestPointerHex(t *testing.T) {
	p := Pointer{SHA256: sha256.Sum256(nil)}
	if p.Hex() != emptySHA256 {
		t.Fatalf("Hex() = %s, want %s", p.Hex(), emptySHA256)
	}
	if DirURI(p.SHA256) != "veil-dir://"+emptySHA256 {
		t.Fatalf("DirURI = %s", DirURI(p.SHA256))
	}
}

func FuzzParseDirURI(f *testing.F) {
	f.Add("veil-dir://" + emptySHA256)
	f.Add("veil-dir://" + strings.ToUpper(emptySHA256))
	f.Add("ipfs://bafy")
	f.Add("veil-dir://")
	f.Fuzz(func(t *testing.T, uri string) {
		sum, err := ParseDirURI(uri)
		if err != nil {
			if !errors.Is(err, ErrMalformedURI) || !strings.HasPrefix(err.Error(), "seal: ") {
				t.Fatalf("error %v does not wrap ErrMalformedURI", err)
			}
			return
		}
		// Accepted URIs are canonical: exactly one spelling per digest.
		if DirURI(sum) != uri {
			t.Fatalf("ParseDirURI accepted %q, canonical form is %q", uri, DirURI(sum))
		}
	})
}
