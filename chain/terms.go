package chain

import (
	"errors"
	"fmt"
	"math/big"

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
	Datasets   []*big.Int
	Owners     []common.Address
	Prices     []*big.Int
	SubmitFees []*big.Int // owed to each owner from the submission, credited with its first payment
	Compute    []common.Address
	Fees       []*big.Int
	Encoded    []byte // the packed encoding the contract hashed
}

// Terms are packed as the contract packs them: n and k (a byte each), then per
// owner dataset id (8 bytes), owner (20), price (12), submission fee (12), then
// per compute node node (20), fee (12); integers big-endian.
const (
	ownerEntry   = 52
	computeEntry = 32
)

// ErrBadTerms means encoded job terms do not decode or are inconsistent.
var ErrBadTerms = errors.New("chain: job terms do not decode")

// DecodeTerms decodes the packed terms of a JobSubmitted event.
func DecodeTerms(encoded []byte) (*Terms, error) {
	if len(encoded) < 2 {
		return nil, fmt.Errorf("%w: %d bytes", ErrBadTerms, len(encoded))
	}
	n, k := int(encoded[0]), int(encoded[1])
	if n == 0 || k == 0 || len(encoded) != 2+n*ownerEntry+k*computeEntry {
		return nil, fmt.Errorf("%w: %d bytes for %d owners and %d compute nodes", ErrBadTerms, len(encoded), n, k)
	}
	t := &Terms{Encoded: append([]byte(nil), encoded...)}
	for i := range n {
		e := encoded[2+i*ownerEntry:]
		t.Datasets = append(t.Datasets, new(big.Int).SetBytes(e[:8]))
		t.Owners = append(t.Owners, common.BytesToAddress(e[8:28]))
		t.Prices = append(t.Prices, new(big.Int).SetBytes(e[28:40]))
		t.SubmitFees = append(t.SubmitFees, new(big.Int).SetBytes(e[40:52]))
	}
	for i := range k {
		e := encoded[2+n*ownerEntry+i*computeEntry:]
		t.Compute = append(t.Compute, common.BytesToAddress(e[:20]))
		t.Fees = append(t.Fees, new(big.Int).SetBytes(e[20:32]))
	}
	return t, nil
}

// Encode packs the terms as the contract does.
func (t *Terms) Encode() ([]byte, error) {
	n, k := len(t.Datasets), len(t.Compute)
	if n == 0 || n > 255 || k == 0 || k > 255 || len(t.Owners) != n || len(t.Prices) != n || len(t.SubmitFees) != n || len(t.Fees) != k {
		return nil, fmt.Errorf("%w: %d datasets, %d owners, %d prices, %d compute nodes, %d fees", ErrBadTerms,
			n, len(t.Owners), len(t.Prices), k, len(t.Fees))
	}
	out := make([]byte, 2, 2+n*ownerEntry+k*computeEntry)
	out[0], out[1] = byte(n), byte(k)
	for i := range n {
		if t.Datasets[i].BitLen() > 64 || t.Prices[i].BitLen() > 96 || t.SubmitFees[i].BitLen() > 96 {
			return nil, fmt.Errorf("%w: entry %d out of range", ErrBadTerms, i)
		}
		out = append(out, t.Datasets[i].FillBytes(make([]byte, 8))...)
		out = append(out, t.Owners[i][:]...)
		out = append(out, t.Prices[i].FillBytes(make([]byte, 12))...)
		out = append(out, t.SubmitFees[i].FillBytes(make([]byte, 12))...)
	}
	for i := range k {
		if t.Fees[i].BitLen() > 96 {
			return nil, fmt.Errorf("%w: fee %d out of range", ErrBadTerms, i)
		}
		out = append(out, t.Compute[i][:]...)
		out = append(out, t.Fees[i].FillBytes(make([]byte, 12))...)
	}
	return out, nil
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
