package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// Receipt is what the aggregator of a job signs for an owner: the owner has
// contributed to `Rounds` rounds of job `JobID`. Receipts are cumulative; the
// owner redeems its latest one, once (EIP-712 typed data, verified on-chain).
type Receipt struct {
	JobID  uint64
	Owner  common.Address
	Rounds uint32
}

var (
	receiptTypeHash = crypto.Keccak256Hash([]byte("Receipt(uint256 jobId,address owner,uint32 rounds)"))
	domainTypeHash  = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	domainName      = crypto.Keccak256Hash([]byte("Veil Marketplace"))
	domainVersion   = crypto.Keccak256Hash([]byte("1"))
)

// Domain identifies the contract receipts are for.
type Domain struct {
	ChainID  *big.Int
	Contract common.Address
}

func (d Domain) separator() common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash[:], domainName[:], domainVersion[:],
		math.U256Bytes(new(big.Int).Set(d.ChainID)), common.LeftPadBytes(d.Contract[:], 32),
	)
}

// Digest is the EIP-712 hash the aggregator signs.
func (r Receipt) Digest(d Domain) common.Hash {
	structHash := crypto.Keccak256Hash(
		receiptTypeHash[:],
		common.LeftPadBytes(new(big.Int).SetUint64(r.JobID).Bytes(), 32),
		common.LeftPadBytes(r.Owner[:], 32),
		common.LeftPadBytes(big.NewInt(int64(r.Rounds)).Bytes(), 32),
	)
	sep := d.separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// Sign signs the receipt with the aggregator's account key; the 65-byte
// signature is what redeemReceipt takes.
func (r Receipt) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	h := r.Digest(d)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, fmt.Errorf("chain: signing receipt: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// ErrBadReceipt means a receipt signature is malformed or not the aggregator's.
var ErrBadReceipt = errors.New("chain: receipt is not signed by the aggregator")

// Verify checks that sig is the aggregator's signature of the receipt, with the
// same rules as the contract (low s, v of 27 or 28).
func (r Receipt) Verify(d Domain, sig []byte, aggregator common.Address) error {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return fmt.Errorf("%w: malformed signature", ErrBadReceipt)
	}
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1HalfN) > 0 {
		return fmt.Errorf("%w: malleable signature", ErrBadReceipt)
	}
	plain := append([]byte(nil), sig...)
	plain[64] -= 27
	h := r.Digest(d)
	pub, err := crypto.SigToPub(h[:], plain)
	if err != nil || crypto.PubkeyToAddress(*pub) != aggregator {
		return ErrBadReceipt
	}
	return nil
}

var secp256k1HalfN, _ = new(big.Int).SetString("7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0", 16)

// Domain returns the EIP-712 domain of this Marketplace.
func (m *Market) Domain(ctx context.Context) (Domain, error) {
	if m.sender != nil {
		return Domain{ChainID: m.sender.ChainID(), Contract: m.addr}, nil
	}
	id, err := m.backend.ChainID(ctx)
	if err != nil {
		return Domain{}, fmt.Errorf("chain: reading chain id: %w", err)
	}
	return Domain{ChainID: id, Contract: m.addr}, nil
}

// ReceiptDigest asks the contract for its digest of a receipt (to check ours).
func (m *Market) ReceiptDigest(ctx context.Context, r Receipt) ([32]byte, error) {
	return call(ctx, m, m.binding.PackReceiptDigest(big64(r.JobID), r.Owner, r.Rounds), m.binding.UnpackReceiptDigest)
}
