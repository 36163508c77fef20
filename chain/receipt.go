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
	receiptTypeHash        = crypto.Keccak256Hash([]byte("Receipt(uint256 jobId,address owner,uint32 rounds)"))
	payloadReceiptTypeHash = crypto.Keccak256Hash([]byte("PayloadReceipt(uint256 jobId,address owner,bytes32 payloadHash)"))
	domainTypeHash         = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	domainName             = crypto.Keccak256Hash([]byte("Veil Marketplace"))
	domainVersion          = crypto.Keccak256Hash([]byte("1"))
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
// signature is what confirmResult takes.
func (r Receipt) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	return signDigest(r.Digest(d), key)
}

func signDigest(h common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, fmt.Errorf("chain: signing typed data: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// ErrBadReceipt means a receipt signature is malformed or not the aggregator's.
var ErrBadReceipt = errors.New("chain: receipt is not signed by the aggregator")

// Verify checks that sig is the aggregator's signature of the receipt, with the
// same rules as the contract (low s, v of 27 or 28).
func (r Receipt) Verify(d Domain, sig []byte, aggregator common.Address) error {
	return verifyDigest(r.Digest(d), sig, aggregator, ErrBadReceipt)
}

// verifyDigest checks sig over h with the contract's rules: 65 bytes, low s,
// v of 27 or 28, recovering signer.
func verifyDigest(h common.Hash, sig []byte, signer common.Address, bad error) error {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return fmt.Errorf("%w: malformed signature", bad)
	}
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1HalfN) > 0 {
		return fmt.Errorf("%w: malleable signature", bad)
	}
	plain := append([]byte(nil), sig...)
	plain[64] -= 27
	pub, err := crypto.SigToPub(h[:], plain)
	if err != nil || crypto.PubkeyToAddress(*pub) != signer {
		return bad
	}
	return nil
}

// PayloadReceipt is what an owner signs to acknowledge that the payload it was
// asked to confirm hashes to PayloadHash. With it, and only with it, the bond of
// the owner's dispute is burned when no majority joins the dispute (forfeitBond).
// An honest owner signs only the hash it recomputed itself.
type PayloadReceipt struct {
	JobID       uint64
	Owner       common.Address
	PayloadHash [32]byte
}

// Digest is the EIP-712 hash the owner signs.
func (r PayloadReceipt) Digest(d Domain) common.Hash {
	structHash := crypto.Keccak256Hash(
		payloadReceiptTypeHash[:],
		common.LeftPadBytes(new(big.Int).SetUint64(r.JobID).Bytes(), 32),
		common.LeftPadBytes(r.Owner[:], 32),
		r.PayloadHash[:],
	)
	sep := d.separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// Sign signs the payload receipt with the owner's account key.
func (r PayloadReceipt) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	return signDigest(r.Digest(d), key)
}

// ErrBadPayloadReceipt means a payload receipt is not the owner's signature.
var ErrBadPayloadReceipt = errors.New("chain: payload receipt is not signed by the owner")

// Verify checks that sig is the owner's signature of the payload receipt.
func (r PayloadReceipt) Verify(d Domain, sig []byte) error {
	return verifyDigest(r.Digest(d), sig, r.Owner, ErrBadPayloadReceipt)
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

// PayloadReceiptDigest asks the contract for its digest of a payload receipt.
func (m *Market) PayloadReceiptDigest(ctx context.Context, r PayloadReceipt) ([32]byte, error) {
	return call(ctx, m, m.binding.PackPayloadReceiptDigest(big64(r.JobID), r.Owner, r.PayloadHash), m.binding.UnpackPayloadReceiptDigest)
}

// ReceiptDigest asks the contract for its digest of a receipt (to check ours).
func (m *Market) ReceiptDigest(ctx context.Context, r Receipt) ([32]byte, error) {
	return call(ctx, m, m.binding.PackReceiptDigest(big64(r.JobID), r.Owner, r.Rounds), m.binding.UnpackReceiptDigest)
}
