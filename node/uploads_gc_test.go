package node

import (
	"bytes"
	"context"
	"crypto/sha256"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/wire"
)

// TestUploadCollectionKeepsBytesAnotherJobUploads is the race behind the
// demo's mpc PSI job that failed or hung about once in five runs: a buyer
// uploads the same bytes (its recipient key) for job 7 while the collection
// of job 6's uploads is asking the chain whether job 6 ended. The collection
// must not then delete the bytes job 7 needs (its compute node failed with
// "blob not found"), whether job 7's upload was stored meanwhile or only
// authorised (its bytes arriving after the collection: they are job 7's
// upload then, not the home's own blob); once job 7 ends too, the bytes go.
func TestUploadCollectionKeepsBytesAnotherJobUploads(t *testing.T) {
	for _, tc := range []struct {
		name   string
		finish bool // job 7's upload is stored before the collection decides (else: only authorised)
	}{
		{"stored meanwhile", true},
		{"authorised meanwhile", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := uploadsDaemon(t)
			buyer := common.HexToAddress("0xB0")
			blob := []byte("the buyer's recipient key, the same in each of its jobs")
			digest := sha256.Sum256(blob)
			put := func(job uint64) func() {
				up := wire.Upload{Job: job, Digest: digest, Size: uint64(len(blob))}
				if err := d.uploads.reserve(buyer, up); err != nil {
					t.Fatal(err)
				}
				return func() {
					if err := d.uploads.put(context.Background(), buyer, up, bytes.NewReader(blob)); err != nil {
						t.Fatal(err)
					}
				}
			}
			put(6)()
			var finish func()
			err := d.uploads.collectEnded(func(job uint64) (bool, error) {
				if job == 6 { // the interleaving: job 7's upload arrives while the chain is asked about job 6
					finish = put(7)
					if tc.finish {
						finish()
					}
				}
				return job == 6, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !tc.finish {
				finish()
			}
			assertUpload(t, d, 6, digest, false)
			assertUpload(t, d, 7, digest, true)
			if !blobThere(t, d, digest) {
				t.Fatal("the collection of job 6 deleted the bytes job 7 uploaded")
			}
			if err := d.uploads.collectEnded(func(uint64) (bool, error) { return true, nil }); err != nil {
				t.Fatal(err)
			}
			assertUpload(t, d, 7, digest, false)
			if blobThere(t, d, digest) {
				t.Fatal("the bytes outlived the last job that uploaded them")
			}
		})
	}
}

func uploadsDaemon(t *testing.T) *Daemon {
	dir := t.TempDir()
	st, err := openStore(filepath.Join(dir, "state"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.db.Close() })
	log := slog.New(slog.DiscardHandler)
	d := &Daemon{cfg: Config{Home: &home.Home{Dir: dir}, Log: log}, store: st, log: log}
	d.uploads = newUploads(d, 0, 0)
	return d
}

func assertUpload(t *testing.T, d *Daemon, job uint64, digest [32]byte, want bool) {
	t.Helper()
	got, err := d.store.hasUpload(job, digest)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("job %d's upload record: present %v, want %v", job, got, want)
	}
}

func blobThere(t *testing.T, d *Daemon, digest [32]byte) bool {
	t.Helper()
	store, err := d.cfg.Home.Store()
	if err != nil {
		t.Fatal(err)
	}
	_, err = store.LocalPath(seal.DirURI(digest))
	return err == nil
}
