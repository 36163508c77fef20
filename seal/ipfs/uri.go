package ipfs

import (
	"fmt"
	"strings"

	"github.com/ipfs/go-cid"

	"github.com/veil-market/veil/seal"
)

// Scheme is the URI scheme of blobs on IPFS: ipfs://<CIDv0>.
const Scheme = "ipfs"

const uriPrefix = Scheme + "://"

// URI returns the ipfs:// URI of the blob with root c.
func URI(c cid.Cid) string { return uriPrefix + c.String() }

// ParseURI returns the CID named by ipfs://<CIDv0>. Anything else (another
// scheme, a path, a query, a CIDv1, a CID in another encoding) is refused
// with seal.ErrMalformedURI, so every blob has exactly one URI.
func ParseURI(uri string) (cid.Cid, error) {
	rest, ok := strings.CutPrefix(uri, uriPrefix)
	if !ok {
		return cid.Undef, fmt.Errorf("%w %q: want scheme %s://", seal.ErrMalformedURI, uri, Scheme)
	}
	if len(rest) != 46 || !strings.HasPrefix(rest, "Qm") {
		return cid.Undef, fmt.Errorf("%w %q: want a 46-character CIDv0 (Qm…)", seal.ErrMalformedURI, uri)
	}
	c, err := cid.Decode(rest)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w %q: %v", seal.ErrMalformedURI, uri, err)
	}
	if err := checkCID(c); err != nil || c.String() != rest {
		return cid.Undef, fmt.Errorf("%w %q: not a canonical CIDv0", seal.ErrMalformedURI, uri)
	}
	return c, nil
}
