package ipfs

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/ipfs/go-cid"
)

// Gateway reads blocks from a trustless HTTP gateway (IPFS HTTP Gateway
// spec, application/vnd.ipld.raw responses). It implements BlockSource; the
// gateway is not trusted, Fetch verifies every block.
type Gateway struct {
	base string
	hc   *http.Client
}

// rawBlockType is the media type of a single raw block.
const rawBlockType = "application/vnd.ipld.raw"

// NewGateway returns a block source reading from the gateway at base
// (http(s)://HOST[:PORT]). hc nil means http.DefaultClient.
func NewGateway(base string, hc *http.Client) (*Gateway, error) {
	b, err := parseEndpoint("gateway", base)
	if err != nil {
		return nil, err
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Gateway{base: b, hc: hc}, nil
}

// Block fetches one raw block: GET /ipfs/<cid>?format=raw.
func (g *Gateway) Block(ctx context.Context, k cid.Cid) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/ipfs/"+k.String()+"?format=raw", nil)
	if err != nil {
		return nil, fmt.Errorf("ipfs: gateway: %w", err)
	}
	req.Header.Set("Accept", rawBlockType)
	resp, err := g.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("ipfs: gateway %s: %w", g.base, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
		return nil, fmt.Errorf("%w: gateway %s: block %s: %s (HTTP %d)", ErrRPC, g.base, k, printable(string(msg)), resp.StatusCode)
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != rawBlockType {
		return nil, fmt.Errorf("%w: gateway %s answered block %s with %q, not %s (not a trustless gateway?)",
			ErrRPC, g.base, k, printable(resp.Header.Get("Content-Type")), rawBlockType)
	}
	return readBlockBody(resp, k)
}
