package chain

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The contract's structs under shorter names.
type (
	// JobParams is what submitJob takes.
	JobParams = MarketStateJobParams
	// PublishParams is what publishDataset takes.
	PublishParams = CatalogPublishParams
	// DatasetInfo is a dataset's current terms, with its live reservations summed.
	DatasetInfo = MarketStateDatasetInfo
	// NodeInfo is a registry entry.
	NodeInfo = MarketStateNode
	// JobState is what the contract stores of a job (see Job for the whole job).
	JobState = MarketStateJob
)

// Terms are who takes part in a job and at what price, fixed at submission:
// owners are indexed as datasets, Compute[0] aggregates. The contract keeps only
// their hash; every later call about the job passes Encoded back.
type Terms struct {
	Datasets []*big.Int
	Owners   []common.Address
	Prices   []*big.Int
	Compute  []common.Address
	Fees     []*big.Int
	Encoded  []byte // the ABI encoding the contract hashed
}

var termsArgs = func() abi.Arguments {
	t, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "datasets", Type: "uint256[]"},
		{Name: "owners", Type: "address[]"},
		{Name: "prices", Type: "uint256[]"},
		{Name: "compute", Type: "address[]"},
		{Name: "fees", Type: "uint256[]"},
	})
	if err != nil {
		panic("chain: JobTerms type: " + err.Error())
	}
	return abi.Arguments{{Type: t}}
}()

// ErrBadTerms means encoded job terms do not decode or are inconsistent.
var ErrBadTerms = errors.New("chain: job terms do not decode")

// DecodeTerms decodes the terms of a JobSubmitted event.
func DecodeTerms(encoded []byte) (*Terms, error) {
	v, err := termsArgs.Unpack(encoded)
	if err != nil || len(v) != 1 {
		return nil, fmt.Errorf("%w: %v", ErrBadTerms, err)
	}
	raw := *abi.ConvertType(v[0], new(struct {
		Datasets []*big.Int
		Owners   []common.Address
		Prices   []*big.Int
		Compute  []common.Address
		Fees     []*big.Int
	})).(*struct {
		Datasets []*big.Int
		Owners   []common.Address
		Prices   []*big.Int
		Compute  []common.Address
		Fees     []*big.Int
	})
	t := &Terms{Datasets: raw.Datasets, Owners: raw.Owners, Prices: raw.Prices, Compute: raw.Compute, Fees: raw.Fees,
		Encoded: append([]byte(nil), encoded...)}
	if len(t.Owners) != len(t.Datasets) || len(t.Prices) != len(t.Datasets) || len(t.Fees) != len(t.Compute) || len(t.Compute) == 0 {
		return nil, fmt.Errorf("%w: %d datasets, %d owners, %d prices, %d compute nodes, %d fees", ErrBadTerms,
			len(t.Datasets), len(t.Owners), len(t.Prices), len(t.Compute), len(t.Fees))
	}
	return t, nil
}

// Encode returns the terms' ABI encoding, as the contract hashes it.
func (t *Terms) Encode() ([]byte, error) {
	type tuple struct {
		Datasets []*big.Int
		Owners   []common.Address
		Prices   []*big.Int
		Compute  []common.Address
		Fees     []*big.Int
	}
	return termsArgs.Pack(tuple{t.Datasets, t.Owners, t.Prices, t.Compute, t.Fees})
}

// Hash is the keccak256 of the encoding: what the contract stores.
func (t *Terms) Hash() common.Hash { return crypto.Keccak256Hash(t.Encoded) }

// Aggregator is compute[0].
func (t *Terms) Aggregator() common.Address { return t.Compute[0] }

// OwnerIndex is who's position among the owners, -1 if none.
func (t *Terms) OwnerIndex(who common.Address) int {
	for i, o := range t.Owners {
		if o == who {
			return i
		}
	}
	return -1
}

// ComputeIndex is who's position among the compute nodes, -1 if none.
func (t *Terms) ComputeIndex(who common.Address) int {
	for i, c := range t.Compute {
		if c == who {
			return i
		}
	}
	return -1
}

// DatasetIDs are the datasets as plain integers.
func (t *Terms) DatasetIDs() []uint64 {
	out := make([]uint64, len(t.Datasets))
	for i, d := range t.Datasets {
		out[i] = d.Uint64()
	}
	return out
}

// TotalPrice is the sum of the escrowed dataset prices.
func (t *Terms) TotalPrice() *big.Int { return sumBig(t.Prices) }

// TotalFees is the sum of the escrowed compute fees: each compute node's bond.
func (t *Terms) TotalFees() *big.Int { return sumBig(t.Fees) }

func sumBig(v []*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range v {
		s.Add(s, x)
	}
	return s
}

// ResultCommitment is what an owner posts before the result is revealed: its
// recomputed payload hash bound to its own address, so another owner cannot
// copy it (keccak256(abi.encode(jobId, owner, payloadHash)), as the contract).
func ResultCommitment(jobID uint64, owner common.Address, payloadHash [32]byte) [32]byte {
	return crypto.Keccak256Hash(
		common.LeftPadBytes(new(big.Int).SetUint64(jobID).Bytes(), 32),
		common.LeftPadBytes(owner[:], 32),
		payloadHash[:],
	)
}
