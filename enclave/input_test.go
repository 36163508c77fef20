package enclave

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/veil-market/veil/seal"
)

// TestOpenDatasetChecksTheDigest: the enclave reads a sealed blob with the
// released key, and refuses one that is not what the chain's pointer says.
func TestOpenDatasetChecksTheDigest(t *testing.T) {
	ctx := context.Background()
	st, err := seal.NewDirStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	id, err := seal.NewDatasetIdentity(chacha(3))
	if err != nil {
		t.Fatal(err)
	}
	p, err := seal.Seal(ctx, strings.NewReader("x,g\n1,0\n2,1\n"), id.Recipient(), st)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := OpenDataset(ctx, st, p, []byte(id.String()))
	if err != nil || tab.Len() != 2 {
		t.Fatalf("%v %v", tab, err)
	}
	other, _ := seal.Seal(ctx, strings.NewReader("x,g\n9,9\n"), id.Recipient(), st)
	swapped := p
	swapped.URI = other.URI // the operator serves another blob under the pointer
	if _, err := OpenDataset(ctx, st, swapped, []byte(id.String())); !errors.Is(err, seal.ErrDigestMismatch) {
		t.Fatalf("a blob other than the chain's was read: %v", err)
	}
	if _, err := OpenDataset(ctx, st, p, []byte("not a key")); err == nil {
		t.Fatal("a non-identity opened the blob")
	}
}
