package he

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/internal/binread"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/spec"
	"github.com/veil-market/veil/suffstat"
)

// buyerKeys is a buyer's key pair for one parameter set, kept in the
// buyer's engine store under the set's name and reused for every job.
type buyerKeys struct {
	sk *mhe.BuyerSecretKey
	pk *mhe.BuyerPublicKey
}

func buyerKeysKey(p mhe.Params) string { return "he/v1/buyer/" + p.Name() + "/keys" }

// loadBuyerKeys returns the stored pair, or (nil, nil) when there is none.
func loadBuyerKeys(kv engine.KV, p mhe.Params) (*buyerKeys, error) {
	rec, err := kv.Get(buyerKeysKey(p))
	if err != nil || rec == nil {
		return nil, err
	}
	r := binread.New(rec, errMalformed)
	skb := r.Bytes(int(r.U32("secret key length")), "secret key")
	if r.Err() != nil {
		return nil, fmt.Errorf("he: stored buyer keys for %s: %w", p.Name(), r.Err())
	}
	sk, err := mhe.ParseBuyerSecretKey(p, skb)
	if err != nil {
		return nil, fmt.Errorf("he: stored buyer secret key for %s: %w", p.Name(), err)
	}
	pk, err := parseStoredBuyerPublicKey(p, r.Rest())
	if err != nil {
		return nil, fmt.Errorf("he: stored buyer public key for %s: %w", p.Name(), err)
	}
	return &buyerKeys{sk: sk, pk: pk}, nil
}

func parseStoredBuyerPublicKey(p mhe.Params, b []byte) (*mhe.BuyerPublicKey, error) {
	return mhe.ParseBuyerPublicKey(p, b, sha256.Sum256(b))
}

func saveBuyerKeys(kv engine.KV, p mhe.Params, k *buyerKeys) error {
	sk, _ := k.sk.MarshalBinary()
	pk, _ := k.pk.MarshalBinary()
	rec := binary.BigEndian.AppendUint32(nil, uint32(len(sk)))
	if err := kv.Put(buyerKeysKey(p), append(append(rec, sk...), pk...)); err != nil {
		return fmt.Errorf("he: storing the buyer keys: %w", err)
	}
	return nil
}

// PrepareBuyer implements engine.Engine: it loads the buyer's key pair for
// the engine's parameter set (making and storing one the first time),
// uploads the public key to the job's aggregator and puts its URI, SHA-256
// and parameter set in the spec.
func (e Engine) PrepareBuyer(ctx context.Context, s *spec.Spec, env engine.BuyerEnv) error {
	if s.Buyer == nil {
		return errors.New(`he: the spec has no "buyer" section to add the key to`)
	}
	if env.Secrets == nil || env.Upload == nil {
		return errors.New("he: the buyer environment has no key store or no upload")
	}
	hp := e.hp()
	keys, err := loadBuyerKeys(env.Secrets, hp)
	if err != nil {
		return err
	}
	if keys == nil {
		if keys, err = newBuyerKeys(env, hp); err != nil {
			return err
		}
	}
	pk, _ := keys.pk.MarshalBinary()
	uri, digest, err := env.Upload(ctx, 0, pk) // the lead, which encrypts nothing but checks the key
	if err != nil {
		return fmt.Errorf("he: uploading the buyer key: %w", err)
	}
	if d := keys.pk.Digest(); digest != d {
		return fmt.Errorf("he: the upload reports SHA-256 %x for a key of SHA-256 %x", digest[:8], d[:8])
	}
	s.Buyer.SetKey(Name, spec.KeyRef{URI: uri, SHA256: hex.EncodeToString(digest[:]), Params: hp.Name()})
	return nil
}

func newBuyerKeys(env engine.BuyerEnv, hp mhe.Params) (*buyerKeys, error) {
	sk, pk, err := mhe.GenBuyerKeys(hp, env.Rand)
	if err != nil {
		return nil, err
	}
	keys := &buyerKeys{sk: sk, pk: pk}
	return keys, saveBuyerKeys(env.Secrets, hp, keys)
}

// Statistics is the file the buyer gets from an he job: the decoded
// release (every figure with its noise std) and who contributed.
type Statistics struct {
	Job          uint64   `json:"job"`
	Engine       string   `json:"engine"`
	Params       string   `json:"params"`
	Contributors []string `json:"contributors"`
	suffstat.Release
}

// Finalize implements engine.Engine: it decrypts the payload with the
// buyer's stored secret key, decodes the statistics and checks the exact
// row and owner counts against the contributors' public metadata.
func (e Engine) Finalize(ctx context.Context, job *engine.Job, payload []byte, env engine.BuyerEnv) (*engine.Output, error) {
	hp := e.hp()
	want, err := buyerKeyRef(job.Spec, hp)
	if err != nil {
		return nil, err
	}
	if env.Secrets == nil {
		return nil, errors.New("he: the buyer environment has no key store")
	}
	keys, err := loadBuyerKeys(env.Secrets, hp)
	if err != nil {
		return nil, err
	}
	if keys == nil || keys.pk.Digest() != want {
		return nil, fmt.Errorf("he: job %d's result is for buyer key %x, which this home does not hold", job.ID, want[:8])
	}
	res, contributors, err := e.open(job, keys.sk, payload)
	if err != nil {
		return nil, err
	}
	doc, err := json.MarshalIndent(Statistics{Job: job.ID, Engine: "he", Params: hp.Name(), Contributors: contributors, Release: *res}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("he: encoding the statistics: %w", err)
	}
	return &engine.Output{Data: append(doc, '\n'), Extension: ".json", Summary: res.Summary()}, nil
}

// open decrypts and decodes a payload and cross-checks its counts.
func (e Engine) open(job *engine.Job, sk *mhe.BuyerSecretKey, payload []byte) (*suffstat.Release, []string, error) {
	p, err := decodeResultPayload(payload)
	if err != nil {
		return nil, nil, err
	}
	rows, err := contributorRows(job, p.contributors)
	if err != nil {
		return nil, nil, err
	}
	plan, err := planOf(job)
	if err != nil {
		return nil, nil, err
	}
	vec, err := sk.Decrypt(p.output)
	if err != nil {
		return nil, nil, err
	}
	res, err := plan.Decode(vec)
	if err != nil {
		return nil, nil, err
	}
	if res.Owners != len(p.contributors) || res.Count != int64(rows) {
		return nil, nil, fmt.Errorf("he: the result counts %d rows from %d owners, the contributors' metadata declare %d rows from %d",
			res.Count, res.Owners, rows, len(p.contributors))
	}
	return res, p.contributors, nil
}

// contributorRows checks that every contributor is an accepted owner and
// sums their public row counts.
func contributorRows(job *engine.Job, contributors []string) (int, error) {
	rows := 0
	for _, c := range contributors {
		i := slices.IndexFunc(job.Owners, func(o engine.Owner) bool { return o.Address.Hex() == c })
		if i < 0 || job.Owners[i].Metadata == nil {
			return 0, fmt.Errorf("he: the result names contributor %q, not an accepted owner of job %d", printable(c, maxName), job.ID)
		}
		rows += job.Owners[i].Metadata.Rows
	}
	return rows, nil
}
