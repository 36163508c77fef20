package seal_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/veil-market/veil/seal"
)

func ExampleSeal() {
	root, err := os.MkdirTemp("", "blobs")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(root)
	st, err := seal.NewDirStore(root)
	if err != nil {
		log.Fatal(err)
	}

	id, err := seal.NewDatasetIdentity(nil) // keep it: it is the only key to the data
	if err != nil {
		log.Fatal(err)
	}
	csv := strings.NewReader("age,bmi,progression\n59,32.1,151\n")
	p, err := seal.Seal(context.Background(), csv, id.Recipient(), st)
	if err != nil {
		log.Fatal(err)
	}

	// p.SHA256 and p.URI go on-chain; the keyring remembers the identity.
	keyring := seal.NewKeyring()
	if err := keyring.Add(p.Hex(), id); err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.HasPrefix(p.URI, "veil-dir://"+p.Hex()))
	// Output: true
}

func ExampleOpen() {
	root, err := os.MkdirTemp("", "blobs")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(root)
	st, err := seal.NewDirStore(root)
	if err != nil {
		log.Fatal(err)
	}
	id, err := seal.NewDatasetIdentity(nil)
	if err != nil {
		log.Fatal(err)
	}
	p, err := seal.Seal(context.Background(), strings.NewReader("age,bmi\n59,32.1\n"), id.Recipient(), st)
	if err != nil {
		log.Fatal(err)
	}

	// Open verifies the blob against the pointer before writing plaintext.
	if err := seal.Open(context.Background(), st, p, id, os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// age,bmi
	// 59,32.1
}

func ExampleOpenFile() {
	root, err := os.MkdirTemp("", "blobs")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(root)
	st, err := seal.NewDirStore(root)
	if err != nil {
		log.Fatal(err)
	}
	id, err := seal.NewDatasetIdentity(nil)
	if err != nil {
		log.Fatal(err)
	}
	p, err := seal.Seal(context.Background(), strings.NewReader("rows"), id.Recipient(), st)
	if err != nil {
		log.Fatal(err)
	}

	p.SHA256[0] ^= 1 // a pointer that does not match the stored blob
	out := root + "/dataset.csv"
	err = seal.OpenFile(context.Background(), st, p, id, out)
	_, statErr := os.Stat(out)
	fmt.Println(err != nil, os.IsNotExist(statErr))
	// Output: true true
}

func ExampleKeyring_Save() {
	dir, err := os.MkdirTemp("", "home")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	owner, _ := seal.NewDatasetIdentity(nil) // the owner's own age identity
	dataset, _ := seal.NewDatasetIdentity(nil)
	digest := strings.Repeat("ab", 32) // Pointer.Hex() of the sealed blob

	k := seal.NewKeyring()
	if err := k.Add(digest, dataset); err != nil {
		log.Fatal(err)
	}
	if err := k.SetDatasetID(digest, 1666600000, 1); err != nil {
		log.Fatal(err)
	}
	if err := k.Save(dir+"/keyring.age", owner.Recipient()); err != nil {
		log.Fatal(err)
	}

	loaded, err := seal.LoadKeyring(dir+"/keyring.age", owner)
	if err != nil {
		log.Fatal(err)
	}
	e, err := loaded.ByDatasetID(1666600000, 1)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(e.Digest == digest, e.Identity.String() == dataset.String())
	// Output: true true
}
