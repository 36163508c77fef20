package home

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/internal/fsutil"
	"github.com/veil-market/veil/wire"
)

// ConfigVersion is the version of config.json this code writes.
const ConfigVersion = 1

// Config is config.json. Every field is documented in docs/home.md.
type Config struct {
	Version       int    `json:"version"`
	Account       string `json:"account"`         // the keystore account's address
	ChainURL      string `json:"chain_url"`       // JSON-RPC endpoint
	ChainID       uint64 `json:"chain_id"`        // checked against the endpoint
	Marketplace   string `json:"marketplace"`     // contract address
	DeployBlock   uint64 `json:"deploy_block"`    // first block to read events from
	Confirmations uint64 `json:"confirmations"`   // blocks to wait before trusting a write or event
	DevHome       bool   `json:"dev_home"`        // created by `veil devnet`: empty password, plain key file
	Store         string `json:"store"`           // blob store for new datasets: "dir" (under blobs/) or "ipfs"
	IPFS          IPFS   `json:"ipfs,omitzero"`   // the IPFS node blobs on IPFS go to and come from
	Node          Node   `json:"node,omitzero"`   // daemon settings
	Policy        Policy `json:"policy,omitzero"` // which jobs the daemon takes
}

// IPFS names the user's IPFS node: its kubo RPC API (publishing, and reading
// when no gateway is set) and optionally a trustless gateway to read through.
type IPFS struct {
	API     string `json:"api,omitempty"`     // default http://127.0.0.1:5001
	Gateway string `json:"gateway,omitempty"` // e.g. http://127.0.0.1:8080
}

// Node holds the daemon's network settings.
type Node struct {
	Listen    string     `json:"listen,omitempty"`    // gRPC address to listen on
	Advertise string     `json:"advertise,omitempty"` // endpoint registered on-chain
	Metrics   string     `json:"metrics,omitempty"`   // local health and metrics address
	Limits    NodeLimits `json:"limits,omitzero"`     // what peers may make the daemon hold
	// FetchPrivate lets the daemon fetch specs published at loopback, private
	// or link-local addresses (a local market); off, such URIs are refused.
	FetchPrivate bool `json:"fetch_private,omitempty"`
}

// NodeLimits bound what peers can make the daemon hold; a zero field takes
// its default. docs/node.md lists them with their defaults.
type NodeLimits struct {
	wire.Limits
	MaxUpload   int64 `json:"max_upload,omitempty"`   // bytes of one upload from a buyer
	UploadQuota int64 `json:"upload_quota,omitempty"` // bytes one account may keep stored for its live jobs
}

// Policy says which jobs the daemon takes part in. The zero value takes every
// job the datasets' on-chain terms allow; docs/home.md documents each field.
type Policy struct {
	Engines    []string `json:"engines,omitempty"`     // engines to run; empty: all
	MaxEpsilon float64  `json:"max_epsilon,omitempty"` // largest ε per job; 0: the dataset's budget decides
	// MaxEpsilonShare caps the ε one job may spend as a share of the dataset's
	// budget; 0 means the default (node.DefaultMaxEpsilonShare), 1 no cap.
	MaxEpsilonShare float64  `json:"max_epsilon_share,omitempty"`
	MaxDelta        float64  `json:"max_delta,omitempty"`        // largest δ per job; 0: the dataset's maximum decides
	MinPrice        string   `json:"min_price,omitempty"`        // coins; jobs paying less are refused
	AllowBuyers     []string `json:"allow_buyers,omitempty"`     // if set, only these buyers
	DenyBuyers      []string `json:"deny_buyers,omitempty"`      // never these buyers
	MinOtherOwners  int      `json:"min_other_owners,omitempty"` // fewest other owners to pool with
	MinColluders    int      `json:"min_colluders,omitempty"`    // fewest colluders c the job's noise must assume
	ManualApproval  bool     `json:"manual_approval,omitempty"`  // wait for `veil job approve ID`
}

// MarketplaceAddress parses the configured contract address.
func (c *Config) MarketplaceAddress() (common.Address, error) {
	if c.Marketplace == "" {
		return common.Address{}, fmt.Errorf("home: no marketplace configured (pass --marketplace or run veil deploy)")
	}
	if !common.IsHexAddress(c.Marketplace) {
		return common.Address{}, fmt.Errorf("home: marketplace %q is not an address", c.Marketplace)
	}
	return common.HexToAddress(c.Marketplace), nil
}

func (h *Home) configPath() string { return filepath.Join(h.Dir, "config.json") }

func readConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("home: %s is corrupted: %v", path, err)
	}
	if c.Version != ConfigVersion {
		return nil, fmt.Errorf("home: %s has version %d, this veil reads version %d", path, c.Version, ConfigVersion)
	}
	if !common.IsHexAddress(c.Account) {
		return nil, fmt.Errorf("home: %s is corrupted: account %q is not an address", path, c.Account)
	}
	return &c, nil
}

// SaveConfig writes config.json atomically.
func (h *Home) SaveConfig() error {
	b, err := json.MarshalIndent(h.Config, "", "  ")
	if err != nil {
		return fmt.Errorf("home: encoding config: %w", err)
	}
	return fsutil.WriteFile(h.configPath(), append(b, '\n'), 0o600)
}
