// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package chain

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// CatalogPublishParams is an auto generated low-level Go binding around an user-defined struct.
type CatalogPublishParams struct {
	Sha256Digest [32]byte
	Uri          string
	MetaHash     [32]byte
	Price        *big.Int
	SubmitFee    *big.Int
	Engines      uint8
	Budget       uint64
	MaxDelta     uint64
	DeltaBudget  uint64
	MinOwners    uint16
}

// MarketStateDatasetInfo is an auto generated low-level Go binding around an user-defined struct.
type MarketStateDatasetInfo struct {
	Owner         common.Address
	Sha256Digest  [32]byte
	MetaHash      [32]byte
	Uri           string
	Price         *big.Int
	SubmitFee     *big.Int
	Engines       uint8
	MinOwners     uint16
	Paused        bool
	Budget        uint64
	Spent         uint64
	Reserved      uint64
	MaxDelta      uint64
	DeltaBudget   uint64
	DeltaSpent    uint64
	DeltaReserved uint64
}

// MarketStateJob is an auto generated low-level Go binding around an user-defined struct.
type MarketStateJob struct {
	Buyer           common.Address
	State           uint8
	Flags           uint8
	Failure         uint8
	StartQuorum     uint8
	OwnersAccepted  uint8
	OwnersDeclined  uint8
	Confirmations   uint8
	Disputes        uint8
	ComputeAccepted uint8
	ComputeDeclined uint8
	Delivered       uint8
	AcceptBy        uint32
	Deadline        uint32
	EndedAt         uint32
	Rounds          uint32
	Epsilon         uint64
	Delta           uint64
	Escrow          *big.Int
	Bond            *big.Int
	Engine          uint8
	Dropouts        uint8
	Colluders       uint16
	TermsHash       [32]byte
	PayloadHash     [32]byte
	Accepted        *big.Int
	Paid            *big.Int
	Commitments     *big.Int
	Matched         *big.Int
	Disputed        *big.Int
	Forfeited       *big.Int
}

// MarketStateJobParams is an auto generated low-level Go binding around an user-defined struct.
type MarketStateJobParams struct {
	SpecHash  [32]byte
	SpecURI   string
	Engine    uint8
	Datasets  []*big.Int
	Epsilon   uint64
	Delta     uint64
	Rounds    uint32
	Dropouts  uint16
	Colluders uint16
	Compute   []common.Address
	Deadline  uint64
	MaxTotal  *big.Int
}

// MarketStateNode is an auto generated low-level Go binding around an user-defined struct.
type MarketStateNode struct {
	Endpoint string
	TlsKey   [32]byte
	Roles    uint8
	Fee      *big.Int
	UnlockAt uint64
	Stake    *big.Int
	Locked   *big.Int
}

// MarketplaceConfig is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceConfig struct {
	MinStake       *big.Int
	UnstakeDelay   uint64
	AcceptWindow   uint64
	MinJobDuration uint64
	MaxJobDuration uint64
	ConfirmWindow  uint64
	RedeemWindow   uint64
	KappaBps       uint16
	DisputeBond    *big.Int
}

// MarketplaceMetaData contains all meta data concerning the Marketplace contract.
var MarketplaceMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unstakeDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"acceptWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minJobDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxJobDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"confirmWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"redeemWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"kappaBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"disputeBond\",\"type\":\"uint256\"}],\"internalType\":\"structMarketplace.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"acceptBy\",\"type\":\"uint64\"}],\"name\":\"AcceptanceClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"acceptBy\",\"type\":\"uint64\"}],\"name\":\"AcceptanceOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"AlreadyAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AlreadyConfirmed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"AlreadyDeclined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AlreadyDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"BadCommitments\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPayloadReceipt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReceipt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"BadTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"BondUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"committed\",\"type\":\"uint64\"}],\"name\":\"BudgetBelowCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requested\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"remaining\",\"type\":\"uint64\"}],\"name\":\"BudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"CannotLoosen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DatasetPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requested\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"remaining\",\"type\":\"uint64\"}],\"name\":\"DeltaBudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"}],\"name\":\"DeltaTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"DuplicateCompute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"DuplicateOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"engine\",\"type\":\"uint8\"}],\"name\":\"EngineNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"HasAcceptances\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientPayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidBudget\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCompute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDatasets\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"earliest\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"}],\"name\":\"InvalidDeadline\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"}],\"name\":\"InvalidDelta\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDigest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"dropouts\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"owners\",\"type\":\"uint256\"}],\"name\":\"InvalidDropouts\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEndpoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"engine\",\"type\":\"uint8\"}],\"name\":\"InvalidEngine\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"}],\"name\":\"InvalidEngines\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEpsilon\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"InvalidFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"minOwners\",\"type\":\"uint16\"}],\"name\":\"InvalidMinOwners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidReason\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"}],\"name\":\"InvalidRoles\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"InvalidRounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSpec\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidStep\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidURI\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MetadataHashMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"NodeBusy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotAggregator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotComputeNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotDatasetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotDecided\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDelegated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NotHelper\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotOwnerRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NotParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"ParticipantConflict\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxTotal\",\"type\":\"uint256\"}],\"name\":\"PriceAboveMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"RedeemWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RedeemWindowOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpecHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"StillRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owners\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"minOwners\",\"type\":\"uint16\"}],\"name\":\"TooFewOwners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDataset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondForfeited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"sha256Digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"submitFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deltaBudget\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"minOwners\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"metadata\",\"type\":\"bytes\"}],\"name\":\"DatasetPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deltaBudget\",\"type\":\"uint64\"}],\"name\":\"DatasetRestricted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"submitFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"DatasetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"JobAborted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"JobAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"JobDeclined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fees\",\"type\":\"uint256\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"specURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"spec\",\"type\":\"bytes\"}],\"name\":\"JobSpec\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"ownersAccepted\",\"type\":\"uint16\"}],\"name\":\"JobStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"engine\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"dropouts\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"colluders\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"acceptBy\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"payment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"}],\"name\":\"JobSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tlsKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"NodeUnregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tlsKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blobHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"delivered\",\"type\":\"uint8\"}],\"name\":\"ResultCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ResultConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"disputes\",\"type\":\"uint8\"}],\"name\":\"ResultDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stepHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"StepAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"abortJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"}],\"name\":\"acceptJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"stepHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"attestStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"catalog\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"}],\"name\":\"closeAcceptance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"}],\"name\":\"closeJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blobHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"vouched\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"posted\",\"type\":\"bytes\"}],\"name\":\"commitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"confirmResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"confirmWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"declineJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"}],\"name\":\"disputeResult\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"}],\"name\":\"failJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"forfeitBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"failure\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"startQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"ownersAccepted\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"ownersDeclined\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"confirmations\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"disputes\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"computeAccepted\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"computeDeclined\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"delivered\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"acceptBy\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endedAt\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"escrow\",\"type\":\"uint128\"},{\"internalType\":\"uint96\",\"name\":\"bond\",\"type\":\"uint96\"},{\"internalType\":\"uint8\",\"name\":\"engine\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"dropouts\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"colluders\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"accepted\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"paid\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"commitments\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"matched\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputed\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"forfeited\",\"type\":\"uint128\"}],\"internalType\":\"structMarketState.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"kappaBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxJobDuration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minJobDuration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"done\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"total\",\"type\":\"uint32\"}],\"name\":\"ownerPay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"}],\"name\":\"payloadReceiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"redeemWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"}],\"name\":\"resultCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"terms\",\"type\":\"bytes\"}],\"name\":\"settleJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"specURI\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"engine\",\"type\":\"uint8\"},{\"internalType\":\"uint256[]\",\"name\":\"datasets\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"dropouts\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"colluders\",\"type\":\"uint16\"},{\"internalType\":\"address[]\",\"name\":\"compute\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxTotal\",\"type\":\"uint256\"}],\"internalType\":\"structMarketState.JobParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"spec\",\"type\":\"bytes\"}],\"name\":\"submitJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalStaked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getDataset\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"sha256Digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"submitFee\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"minOwners\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"spent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reserved\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaSpent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaReserved\",\"type\":\"uint64\"}],\"internalType\":\"structMarketState.DatasetInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"getNode\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"tlsKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"stake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"internalType\":\"structMarketState.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"sha256Digest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"submitFee\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"minOwners\",\"type\":\"uint16\"}],\"internalType\":\"structCatalog.PublishParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"metadata\",\"type\":\"bytes\"}],\"name\":\"publishDataset\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"tlsKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"registerNode\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaBudget\",\"type\":\"uint64\"}],\"name\":\"restrictDataset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unregisterNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"submitFee\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"updateDataset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"tlsKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"updateNode\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "Marketplace",
	Bin: "0x61020080604052346106795761012081617cc58038038091610021828561067e565b833981010312610679576040516000919061012081016001600160401b03811182821017610665576040528151815261005c602083016106b7565b9160208201928352610070604082016106b7565b60408301908152610083606083016106b7565b60608401908152610096608084016106b7565b608085019081526100a960a085016106b7565b60a086019081526100bc60c086016106b7565b9160c0870192835260e08601519361ffff851696878603610661576101006127109160e08b019788520151976101008a01988952116106305787516001600160801b03106105ff5786516001600160601b03106105cb5788516301e285006001600160401b03909116116105965785516001600160401b03168015908115610589575b506105545782516001600160401b03168015908115610546575b5061051057805186516001600160401b039091169060011b6002600160401b038116906002600160411b031681036104fc5784516001600160401b03908116919091019081116104fc576001600160401b031610156104c557815181516001600160401b0390811691169081109081156104b7575b506104805783516001600160401b03168015908115610472575b5061043d57875160a090815289516001600160401b0390811660c09081529751811660e05291518216610100529151811661012052915182166101405291511661016052905161ffff166101805291516101a052466101c0819052604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f602082019081527f83086fbe6038638167b2efd3a9e926f58f98f6eb27e7e49c274e0b666445260e928201929092527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6606082015260808101929092523082850152928152906102d8908261067e565b5190206101e05251905160405191611c73808401926001600160401b03908116929190841185851017610429579160409391859361605285398252602082015203019082f090811561041d57506001600160a01b031660805260405161598690816106cc823960805181818161027201526134ce015260a051818181610b3a01528181610fb201526151e7015260c051816108e2015260e0518181816114490152818161183a01528181614773015261585b01526101005181818161089e0152614b980152610120518181816125780152614bc00152610140518181816118d201528181612190015261357d0152610160518181816111e601526121d40152610180518181816117f60152612a8c01526101a05181818161081c01528181611bc501528181611e8701526149cc01526101c05181612b4d01526101e05181612b730152f35b604051903d90823e3d90fd5b634e487b7160e01b86526041600452602486fd5b6040516389a6198960e01b815260206004820152600c60248201526b72656465656d57696e646f7760a01b6044820152606490fd5b6301e28500915011386101e8565b6040516389a6198960e01b815260206004820152600e60248201526d36b0bc2537b1223ab930ba34b7b760911b6044820152606490fd5b6301e28500915011386101ce565b6040516389a6198960e01b815260206004820152600e60248201526d36b4b72537b1223ab930ba34b7b760911b6044820152606490fd5b634e487b7160e01b8c52601160045260248cfd5b6040516389a6198960e01b815260206004820152600d60248201526c636f6e6669726d57696e646f7760981b6044820152606490fd5b6301e2850091501138610159565b6040516389a6198960e01b815260206004820152600c60248201526b61636365707457696e646f7760a01b6044820152606490fd5b62093a809150113861013f565b6040516389a6198960e01b815260206004820152600c60248201526b756e7374616b6544656c617960a01b6044820152606490fd5b6040516389a6198960e01b815260206004820152600b60248201526a191a5cdc1d5d19509bdb9960aa1b6044820152606490fd5b6040516389a6198960e01b81526020600482015260086024820152676d696e5374616b6560c01b6044820152606490fd5b6040516389a6198960e01b81526020600482015260086024820152676b6170706142707360c01b6044820152606490fd5b8a80fd5b634e487b7160e01b84526041600452602484fd5b600080fd5b601f909101601f19168101906001600160401b038211908210176106a157604052565b634e487b7160e01b600052604160045260246000fd5b51906001600160401b03821682036106795756fe6080604052600436106134c25760003560e01c8063074c09eb1461025c578063091766ce146102575780631497b7bb1461025257806317baaf201461024d57806318df4da3146102485780631d4be158146102435780633222012f1461023e57806335a88a0a146102395780633644e51514610234578063375b3c0a1461022f5780633c8935b91461022a5780633ccfd60b146102255780634c5d8a0f1461022057806356635e801461021b57806356a0b73c146102165780636053f7611461021157806372b0d90c1461020c578063745dfcf01461020757806377fb6b9f146102025780637d622e78146101fd578063808cfca4146101f8578063817b1cd2146101f35780638a5a0ebe146101ee578063a7581b9e146101e9578063aa06a05f146101e4578063ac7cd9e6146101df578063accfe1ae146101da578063b0d4d77c146101d5578063b79a6459146101d0578063b7cdee5b146101cb578063bf22c457146101c6578063d13e44f1146101c1578063d35aafb9146101bc578063d5f64d03146101b7578063d89135cd146101b2578063fa19a91d146101ad5763fe5ff468036134c2576128df565b6127ca565b6127ac565b61259c565b612558565b612521565b612418565b6121f8565b6121b4565b612170565b611f50565b611d2e565b611b10565b6119ec565b61187c565b61185e565b61181a565b6117db565b6113af565b611170565b61112a565b610c9d565b610c0b565b610be7565b610b95565b610b7b565b610b5d565b610b22565b610b07565b610906565b6108c2565b61087e565b61083f565b610804565b610436565b610306565b346102a15760003660031901126102a1576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b600080fd5b9181601f840112156102a1578235916001600160401b0383116102a157602083818601950101116102a157565b9060406003198301126102a15760043591602435906001600160401b0382116102a157610302916004016102a6565b9091565b346102a157610314366102d3565b61031f818385613503565b9182546103308160ff9060a01c1690565b600160ff82160361040c575060a881901c6001166103f6576103518461356a565b6001600160401b0381164211156103d3575060fe906103b26103ab6103a161039c6103966103906103828a8a6135b8565b356001600160f81b03191690565b60f81c90565b60ff1690565b6135f0565b9260f01c60ff1690565b1960ff1690565b16169283156103c6576103c49461386b565b005b909192506103c493613606565b63569b325360e11b60005260048690526001600160401b031660245260445b6000fd5b6306da013d60e21b600052600485905260246000fd5b63800b061560e01b600052600486905260ff1660245260446000fd5b63ffffffff8116036102a157565b346102a15760a03660031901126102a1576004356024356001600160401b0381116102a1576104699036906004016102a6565b90919060443560643561047b81610428565b6084356001600160401b0381116102a15761049a9036906004016102a6565b6104a8858888979497613503565b948554916104ba8360ff9060a01c1690565b9260ff8416936001851494851590816107f8575b816107ec575b506107d0575060a81c6002166107ba576104f133858b8a8c613eea565b6001811b6001600160801b031694600589019261050f845460801c90565b946001600160801b03888716166107a057828c928e928b63ffffffff811615159586610756575b505050505050610745576103c49a6106389887610633976105746105f6978e9b6105fc9a176001600160801b0382549181199060801b169116179055565b821515908161073d575b5061063e575b508b7fc78cadd607ca146ed1261514397e10299c46726c0fe232ce961007742e98f3826105d06105c960016105ba8989896141b8565b9c015460601c63ffffffff1690565b8c8c612a7f565b6040805194855263ffffffff9c909c1660208501529a83018b90523392606090a36141e2565b846129e1565b61062c600287016106266001600160801b03841661062183546001600160801b031690565b6129ee565b90612948565b863361420c565b612a0e565b916143f7565b61065960016106528b5460ff9060a81c1690565b1660ff1690565b610686575061068060068901610626838761067b84546001600160801b031690565b614172565b38610584565b600489015461069690338f6131bc565b821480610711575b6106a9575b50610680565b6006890180546106d7929060801c5b82546001600160801b0316911760801b6001600160801b031916179055565b61070b6106f16106ec8a5460ff9060d01c1690565b612932565b895460ff60d01b191660d09190911b60ff60d01b16178955565b386106a3565b506107378161072a60078c01546001600160801b031690565b166001600160801b031690565b1561069e565b90503861057e565b6306f996f560e41b60005260046000fd5b6107889596509161077161077c959492610776943390613468565b614007565b936140e1565b6001600160a01b031690565b6001600160a01b0390911614158b8238808b8f610536565b6347b467b960e11b60005260048c90523360245260446000fd5b632f6c6f5160e11b600052600488905260246000fd5b63800b061560e01b60005260048a905260ff1660245260446000fd5b600391501415386104d4565b600281141591506104ce565b346102a15760003660031901126102a15760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102a15760603660031901126102a157602061087660043560243561086481610428565b6044359161087183610428565b612a7f565b604051908152f35b346102a15760003660031901126102a15760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102a15760003660031901126102a15760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102a15760803660031901126102a1576004356024356001600160401b0381116102a1576109399036906004016102a6565b9091604435926064356001600160401b0381116102a15761095e9036906004016102a6565b9061096a858486613503565b80549360ff60a086901c166000198101610aeb5750600182015460201c63ffffffff1663ffffffff81164211610acc57506109ae6103966103906103828a856135b8565b9060015b82811080610aaf575b156109ce576109c990612b00565b6109b2565b919050889750811015610a95576109eb60016109f5921b60ff1690565b9460f01c60ff1690565b9060ff85831616610a7b5786158015610a70575b610a5f57805460ff60f01b19169190941760f01b60ff60f01b16179092557f56356f87480706b03ba5f5239c68caddd49b21b79c48121c07f60280335ad36091610a5a604051928392339784612b30565b0390a3005b6328cda61560e01b60005260046000fd5b506110008411610a09565b63c7b626fd60e01b60005260048690523360245260446000fd5b63fb0b9d4160e01b60005260048690523360245260446000fd5b50610abb818a84614119565b6001600160a01b03163314156109bb565b6337851a4160e11b600052600487905263ffffffff1660245260446000fd5b63800b061560e01b600052600487905260ff1660245260446000fd5b346102a15760003660031901126102a1576020610876612b4a565b346102a15760003660031901126102a15760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102a15760003660031901126102a1576020600454604051908152f35b346102a15760003660031901126102a1576103c433614467565b346102a15760003660031901126102a1576020600554604051908152f35b6001600160a01b038116036102a157565b60609060031901126102a15760043590602435610be081610bb3565b9060443590565b346102a1576020610876610bfa36610bc4565b91612c69565b60ff8116036102a157565b346102a15760e03660031901126102a1576004356024356001600160401b0381116102a157610c3e9036906004016102a6565b916044356064356084356001600160401b0381116102a157610c649036906004016102a6565b9160a43593610c7285610c00565b60c435976001600160401b0389116102a157610c956103c49936906004016102a6565b989097612d31565b346102a157610cab366102d3565b90610cb7828285613503565b805460ff60a082901c168061040c57506001820190610cda825463ffffffff1690565b63ffffffff811642101561110b5750610cf53386868961462d565b33600090815260208190526040902092909115610f6157506001811b6001600160801b031690600585019283546001600160801b0384610d3b836001600160801b031690565b1616610f47578361072a610d4f9260801c90565b610f2d576002015460011615610f1857610e5d93610e23610e10610d8a610d7a610e4b958c8c6146f1565b6000526001602052604060002090565b92610db68154610d9d8163ffffffff1690565b60c082901c9160801c6001600160401b03169087614749565b610e09610dec6002610dd384546001600160401b039060801c1690565b960195610de787546001600160401b031690565b612f79565b855467ffffffffffffffff19166001600160401b03909116178555565b5460c01c90565b825460801c6001600160401b0316612f79565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b81546001600160801b03161790612948565b610e8c610e726106ec835460ff9060c01c1690565b825460ff60c01b191660c09190911b60ff60c01b16178255565b33847f4426e4a90a9570c8f678a263b11785eaaade8b79d76d18c43d4d8e00062e4f83600080a3805460c081901c60ff1660ff610ed261039661039061038289896135cc565b9116149081610eec575b50610ee357005b6103c493614820565b60e01c60ff16905060ff610f0f61039661039c6103966103906103828a8a6135b8565b91161438610edc565b63c65f240f60e01b6000523360045260246000fd5b630482915d60e01b60005260048990523360245260446000fd5b638434df8160e01b60005260048a90523360245260446000fd5b92506001610f70911b60ff1690565b9160e081901c831660ff166110f157610f9090839060e81c60ff16610652565b6110d75760028181015416156110c25760030180546001600160801b038116907f00000000000000000000000000000000000000000000000000000000000000008083106110a15750610ff0610fe9610ffc9260801c90565b80936129ee565b6001600160801b031690565b9061101560028601546001600160601b039060801c1690565b6001600160601b038116928381106110815750509161103b61105b9261107c9594612f59565b81546001600160801b031660809190911b6001600160801b031916179055565b825460e01c60ff16835460ff60e01b1916911760e01b60ff60e01b16178255565b610e8c565b63f2e13c8d60e01b6000526004526001600160601b031660245260446000fd5b6322df051360e11b6000526001600160801b03831660045260245260446000fd5b630e8cf31560e11b6000523360045260246000fd5b630482915d60e01b60005260048690523360245260446000fd5b638434df8160e01b60005260048790523360245260446000fd5b631229aea160e01b600052600487905263ffffffff1660245260446000fd5b346102a15760203660031901126102a15760043561114781610bb3565b6001600160a01b0381161561115f576103c490614467565b634e46966960e11b60005260046000fd5b346102a15761117e366102d3565b61118b8183859495613503565b90815461119c8160ff9060a01c1690565b60ff8116600281141590816113a3575b50611387575060a81c60ff16600281166113715761120b6111e46111db600186015463ffffffff9060401c1690565b63ffffffff1690565b7f000000000000000000000000000000000000000000000000000000000000000090612f79565b6001600160401b03811642111561134f5750825460ff60a81b191660029190911760a81b60ff60a81b1617825561124b61039661039061038284886135cc565b936005830160005b8681106113155750506103c494506002611275610396855460ff9060a01c1690565b146112d2575b5050611294610ff060028301546001600160801b031690565b91807fcdb24df83c7021207b861273a5af108e6c044de970a61ac9d1d897e0ee8ea901604051806112ca87829190602083019252565b0390a26143f7565b61130e9160078401546113056112f86112f1836001600160801b031690565b9260801c90565b196001600160801b031690565b169184866149c6565b388061127b565b60019061133182821b6001600160801b0316845460801c61072a565b1561133d575b01611253565b61134a818686898b614975565b611337565b631412a79360e01b60005260048590526001600160401b031660245260446000fd5b630bc7c02560e31b600052600484905260246000fd5b63800b061560e01b600052600485905260ff1660245260446000fd5b600391501415386111ac565b60403660031901126102a1576004356001600160401b0381116102a157806004019061018060031982360301126102a157602435916001600160401b0383116102a1576114036115029336906004016102a6565b9091611410828483614aa5565b61141b600554612b00565b9361142585600555565b611439856000526002602052604060002090565b6114806111db6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661147b6114768242612a70565b612963565b612a47565b906114d16114cc6114c76114a96114a461149d606489018a612f99565b9050612a1b565b612971565b6114c16114ba61012489018a612f99565b9050612a31565b906129e1565b61297f565b612ff9565b916114de81848785614e45565b6114fd6114ee86899d949d6151bd565b809c601f1988510188526129e1565b6129e1565b6101648501358082116117c157508034106117a9575081546001600160a01b03191633178255969788978892919060018301805463ffffffff191663ffffffff8316178155946101448701916115578361302b565b63ffffffff16875467ffffffff00000000191660209190911b67ffffffff000000001617875560c488019361158b8561303f565b885463ffffffff60601b191660609190911b63ffffffff60601b1617885560848901916115b78361302b565b895467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b1617895560a48a01986115eb8a61302b565b81546001600160c01b031660c09190911b6001600160c01b03191617905560028701916116216001600160801b03341684612948565b82546bffffffffffffffffffffffff60801b191660809190911b6bffffffffffffffffffffffff60801b1617825560448a019461165d86613049565b835460ff60e01b191660e09190911b60ff60e01b1617835560e48b019761168389613053565b60ff16845460ff60e81b191660e89190911b60ff60e81b161784556101048c01936116ad85613053565b81546001600160f01b031660f09190911b6001600160f01b0319161790558551602087012090600301558b35956116e390613049565b936116ed9061302b565b996116f79061302b565b966117019061303f565b9761170b90613053565b9261171590613053565b9061171f9061302b565b92604051988998339c34976117349a8c6130a3565b037fbd99ae6267537f34d0ce8192b22c52b67cc75c1023b4ce473ef0b05a779449a891a360240161176491613132565b916040519384936117759385613164565b037f93726699a4458bae26a129f90021d578131a592e847df4dda0b8ca72bd276e9691a260405190815280602081015b0390f35b63b99e2ab760e01b6000523460045260245260446000fd5b638b8675a560e01b60005260049190915260245260446000fd5b346102a15760003660031901126102a157602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102a15760003660031901126102a15760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102a15760003660031901126102a1576020600654604051908152f35b346102a15761188a366102d3565b90611896828285613503565b805460ff60a082901c168061040c5750600182015463ffffffff811642811161197c5750611904906118f89060201c63ffffffff1663ffffffff7f0000000000000000000000000000000000000000000000000000000000000000911661318b565b6001600160401b031690565b42109081611957575b8161192b575b5015611922576103c493614820565b6103c4936153f4565b60e01c60ff16905060ff61194e61039661039c6103966103906103828a8a6135b8565b91161438611913565b905060c081901c60ff1660ff61197260b884901c8216610396565b911610159061190d565b63dc19fa0f60e01b600052600487905263ffffffff1660245260446000fd5b9060606003198301126102a157600435916024356001600160401b0381116102a157816119ca916004016102a6565b92909291604435906001600160401b0382116102a157610302916004016102a6565b346102a1576119fa3661199b565b9093611a0a838583969596613503565b91611a1861077c86866140e1565b3303611afa57825460ff60a082901c166000198101611ade575060a81c600116611ac8576102008111611ab7577f622c19f3894bb04e96aa01e54afd196f9b72ad3c753d9bb60e8edc502e5243f482916103c497611aa060fe611a8761039c6103966103906103828e8e6135b8565b885460ff60f01b1916911660f01b60ff60f01b16178755565b611aaf604051928392836131ab565b0390a2613aa5565b6337b89b9360e21b60005260046000fd5b6306da013d60e21b600052600482905260246000fd5b63800b061560e01b600052600484905260ff1660245260446000fd5b6304215e7960e51b600052600482905260246000fd5b611b19366102d3565b90611b25828285613503565b805460ff60a082901c16600019810161040c575060a81c60011615611d1957600181015460201c63ffffffff1663ffffffff81164211611cfa5750611b80611b703385858589613eea565b60016001600160801b03911b1690565b6001600160801b0381611b97600685015460801c90565b1616611ce0576007820190611bb382546001600160801b031690565b6001600160801b0381831616611cc6577f0000000000000000000000000000000000000000000000000000000000000000803403611cae5750611bf892911790612948565b611c27611c0d6106ec835460ff9060d81c1690565b825460ff60d81b191660d89190911b60ff60d81b16178255565b611c51600282016106266001600160801b033416611c4c83546001600160801b031690565b612f59565b805460d81c60ff1660405160ff82168152339086907fabc2eab1f80e02bd1470a597007b9780aa8e2c94b30b245b403210a94f1e313a9080602081010390a360ff611c9b83615596565b91161015611ca557005b6103c493613c9c565b63062f01ed60e11b6000523460045260245260446000fd5b6343cf5ae360e01b60005260048790523360245260446000fd5b6347b467b960e11b60005260048590523360245260446000fd5b6337851a4160e11b600052600485905263ffffffff1660245260446000fd5b627f6d1f60e51b600052600484905260246000fd5b346102a15760803660031901126102a1576004356024356001600160401b0381116102a157611d619036906004016102a6565b919060443592611d7084610bb3565b6064356001600160401b0381116102a157611d8f9036906004016102a6565b929091611d9d818387613503565b918254611dae8160ff9060a01c1690565b600260ff821603611f34575060a81c600216611f1e5786611dd492611b70928589613eea565b9160078201938454916001600160801b0385611e00611df9866001600160801b031690565b9560801c90565b946001600160801b0386191616161615611efb5790611e289161077160048601548a8a612c69565b6001600160a01b039687169616869003611eea577f16dd876919f5a1d3a62d34d0c40f4f6bd9f269ef564d21d1939452cd57f50b8493610a5a93611e8092176001600160801b0382549181199060801b169116179055565b611ec660027f000000000000000000000000000000000000000000000000000000000000000092016106266001600160801b03841661062183546001600160801b031690565b611eda611ed5826007546129e1565b600755565b6040519081529081906020820190565b63aee1e05d60e01b60005260046000fd5b63492d262b60e01b60005260048790526001600160a01b03881660245260446000fd5b630bc7c02560e31b600052600486905260246000fd5b63800b061560e01b600052600488905260ff1660245260446000fd5b346102a157611f5e3661199b565b91611f6d818587969497613503565b8054929060ff60a085901c1680610aeb5750611f8b3384848961462d565b94906102008711611ab757156120c957506001841b6001600160801b0316600582019081546001600160801b0382611fc9836001600160801b031690565b16166120af578161072a611fdd9260801c90565b61209557928592612052869361208796612048612023610d7a610a5a9c7fe25254d9feca12944e8dc515934668bf38a6247d829ae1866681649dfdfd05ff9e9c896146f1565b600186015463ffffffff81165b6001600160401b03608083901c169160c01c92614749565b815460801c6106b8565b6120816120676106ec835460ff9060c81c1690565b825460ff60c81b191660c89190911b60ff60c81b16178255565b88614975565b6040519182913396836131ab565b630482915d60e01b60005260048890523360245260446000fd5b638434df8160e01b60005260048990523360245260446000fd5b9250926120db91506001901b60ff1690565b9060e081901c821660ff166121565760e81c60ff1660ff8183161661213c57825460ff60e81b1916911760e81b60ff60e81b161790557fe25254d9feca12944e8dc515934668bf38a6247d829ae1866681649dfdfd05ff90610a5a90612087565b630482915d60e01b60005260048590523360245260446000fd5b638434df8160e01b60005260048590523360245260446000fd5b346102a15760003660031901126102a15760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102a15760003660031901126102a15760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102a157602061087661220b36610bc4565b916131bc565b81516001600160a01b031681526103e08101929161241691906103c090819060208181015160ff169085015260408181015160ff169085015260608181015160ff169085015260808181015160ff169085015260a08181015160ff169085015260c08181015160ff169085015260e08181015160ff16908501526101008181015160ff16908501526101208181015160ff16908501526101408181015160ff16908501526101608181015160ff16908501526101808181015163ffffffff16908501526101a08181015163ffffffff16908501526101c08181015163ffffffff16908501526101e08181015163ffffffff1690850152610200818101516001600160401b031690850152610220818101516001600160401b031690850152610240818101516001600160801b031690850152610260818101516001600160601b0316908501526102808181015160ff16908501526102a08181015160ff16908501526102c08181015161ffff16908501526102e08101516102e08501526103008101516103008501526123b66103208201516103208601906001600160801b03169052565b610340818101516001600160801b031690850152610360818101516001600160801b031690850152610380818101516001600160801b0316908501526103a0818101516001600160801b03169085015201516001600160801b0316910152565b565b346102a15760203660031901126102a1576117a561251561251060043560006103c0612442612fce565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152826102c0820152826102e08201528261030082015282610320820152826103408201528261036082015282610380820152826103a082015201526155ac565b6131e9565b60405191829182612211565b346102a15760603660031901126102a157602061087660043560243561254681610bb3565b6044359161255383610428565b613468565b346102a15760003660031901126102a15760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102a1576125aa366102d3565b90916125b7828483613503565b9081546125c88160ff9060a01c1690565b600160ff821603612790575060a881901c6001161561277b5761260b6103966126016125f860d085901c60ff1683565b6114c187615596565b9260c01c60ff1690565b106001830190612623825463ffffffff9060201c1690565b9063ffffffff82164211159081612772575b506127535750825460ff60a01b1916600160a11b17835561266e90805463ffffffff60401b19164260401b63ffffffff60401b16179055565b6126798385846155e5565b60009360009361269261039661039061038284866135b8565b9160005b8381106126ef5750505050807fde72b52864215b2cf97beb41289b6869563bb0fc8ac754fc308eae9863c512036112ca6103c496611eda600287016106266001600160801b03841661062183546001600160801b031690565b6126fa818484615681565b9760ff61270c885460ff9060f01c1690565b6001841b16161561273f57906127396127278a6001946129e1565b9987612734848888614119565b614262565b01612696565b9761274d90600192986129e1565b96612739565b630da90b4960e21b600052600483905263ffffffff1660245260446000fd5b90501538612635565b627f6d1f60e51b600052600482905260246000fd5b63800b061560e01b600052600483905260ff1660245260446000fd5b346102a15760003660031901126102a1576020600754604051908152f35b346102a1576127d8366102d3565b906127e4828285613503565b80546127f86001600160a01b03821661077c565b33036128c95760ff60a082901c168061040c575060e881901c60ff1615801590612886575b61282d60c083901c60ff16610396565b159182159261286b575b5081612862575b5061284c576103c4936153f4565b6369ea3fc760e11b600052600484905260246000fd5b9050153861283e565b90915061287d9060e01c60ff16610396565b15159038612837565b506128b361289d61039661039061038288886135cc565b6128ad60c884901c60ff16610396565b90612a0e565b6128c360b883901c60ff16610396565b1161281d565b6309b4c33d60e01b600052600485905260246000fd5b346102a15760203660031901126102a1576004356128fc81610bb3565b60018060a01b031660005260036020526020604060002054604051908152f35b634e487b7160e01b600052601160045260246000fd5b60ff1660ff81146129435760010190565b61291c565b906001600160801b03166001600160801b0319825416179055565b906002820180921161294357565b600201908160021161294357565b906020820180921161294357565b906021820180921161294357565b906001820180921161294357565b906008820180921161294357565b90601c820180921161294357565b906028820180921161294357565b906014820180921161294357565b9190820180921161294357565b906001600160801b03809116911603906001600160801b03821161294357565b9190820391821161294357565b9060348202918083046034149015171561294357565b908160051b918083046020149015171561294357565b8181029291811591840414171561294357565b634e487b7160e01b600052601260045260246000fd5b8115612a7a570490565b612a5a565b9190612710612ab261ffff7f00000000000000000000000000000000000000000000000000000000000000001685612a47565b049263ffffffff8316928363ffffffff841611612af8575b508381039081116129435763ffffffff612ae5921690612a47565b8115612a7a570481018091116129435790565b915038612aca565b60001981146129435760010190565b908060209392818452848401376000828201840152601f01601f1916010190565b604090612b47949281528160208201520191612b0f565b90565b467f000000000000000000000000000000000000000000000000000000000000000003612b95577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f83086fbe6038638167b2efd3a9e926f58f98f6eb27e7e49c274e0b666445260e60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a08152612c2760c082612c43565b51902090565b634e487b7160e01b600052604160045260246000fd5b90601f801991011681019081106001600160401b03821117612c6457604052565b612c2d565b916040519160208301937fe9590a90ffb2502347a8804b4840893c6b095ff3f6843832fe5086826d3746408552604084015260018060a01b03166060830152608082015260808152612cbc60a082612c43565b519020612cf5612c27612ccd612b4a565b92604051928391602083019586909160429261190160f01b8352600283015260228201520190565b03601f198101835282612c43565b939260609360ff93612d2a9398979887526020870152608060408701526080860191612b0f565b9416910152565b98979491939690959295612d4685828c613503565b612d5361077c87846140e1565b3303612f4357805460ff60a082901c166000198101612f275750612d768261356a565b6001600160401b0381164211612f05575060a81c600116612eef5787158015612ee7575b8015612edc575b8015612eb0575b612ea057612e72612e578c7f5e4f4712bfe8369a9d17f3c6b2e8e1bba0b526610cc2b71555cb6c09b848d1649c612e9b9a8c6001612e8f998260048a0155612e1282612df98b5460ff9060a81c1690565b8b5460ff60a81b1916911760a81b60ff60a81b16178a55565b885460f01c60ff16895460ff60f01b191691179190911760f081901b60ff60f01b169190911788559b6006880198612e518a546001600160801b031690565b9561450f565b93906001600160801b0382549181199060801b169116179055565b805460ff60d01b191660d09290921b60ff60d01b16919091179055565b60405195869586612d03565b0390a2565b62f8b33f60e71b60005260046000fd5b50612ed5612ecd6103ab61039c6103966103906103828c896135b8565b841660ff1690565b1515612da8565b506102008511612da1565b508815612d9a565b6306da013d60e21b60005260048b905260246000fd5b6337851a4160e11b60005260048d90526001600160401b031660245260446000fd5b63800b061560e01b60005260048d905260ff1660245260446000fd5b6304215e7960e51b60005260048b905260246000fd5b906001600160801b03809116911601906001600160801b03821161294357565b906001600160401b03809116911601906001600160401b03821161294357565b903590601e19813603018212156102a157018035906001600160401b0382116102a157602001918160051b360383136102a157565b604051906124166103e083612c43565b6001600160401b038111612c6457601f01601f191660200190565b9061300382612fde565b6130106040519182612c43565b8281528092613021601f1991612fde565b0190602036910137565b356001600160401b03811681036102a15790565b35612b4781610428565b35612b4781610c00565b3561ffff811681036102a15790565b919082519283825260005b84811061308e575050826000602080949584010152601f8019910116010190565b8060208092840101518282860101520161306d565b979261311e9663ffffffff6101609b976001600160401b03612b479f9e9b95988d60408361ffff9860ff6131009c61310d9f8652166020850152169101521660608d01521660808b01521660a089015260c088019061ffff169052565b63ffffffff1660e0860152565b6001600160401b0316610100840152565b610120820152816101408201520190613062565b903590601e19813603018212156102a157018035906001600160401b0382116102a1576020019181360383136102a157565b929061317d90612b479593604086526040860191612b0f565b926020818503910152612b0f565b906001600160401b03809116911603906001600160401b03821161294357565b916020612b47938181520191612b0f565b91604051916020830193845260018060a01b03166040830152606082015260608152612c27608082612c43565b9061241661345760076131fa612fce565b85546001600160a01b03811682529095906132ac906132a19060ff60a082901c1660208a015260ff60a882901c1660408a015260ff60b082901c1660608a015260ff60b882901c1660808a015260ff60c082901c1660a08a015260ff60c882901c1660c08a015260ff60d082901c1660e08a015260ff60d882901c166101008a015260ff60e082901c166101208a015260ff60e882901c166101408a015260f01c60ff1690565b60ff16610160880152565b61333361332260018301546132d56132c78263ffffffff1690565b63ffffffff166101808b0152565b63ffffffff602082901c166101a08a015263ffffffff604082901c166101c08a015263ffffffff606082901c166101e08a01526001600160401b03608082901c166102008a015260c01c90565b6001600160401b0316610220880152565b6133a46133986002830154613362613351826001600160801b031690565b6001600160801b03166102408b0152565b6001600160601b03608082901c166102608a015260ff60e082901c166102808a015260ff60e882901c166102a08a015260f01c90565b61ffff166102c0880152565b60038101546102e087015260048101546103008701526134006133ef60058301546133e96133d8826001600160801b031690565b6001600160801b03166103208b0152565b60801c90565b6001600160801b0316610340880152565b61344061342f60068301546133e961341e826001600160801b031690565b6001600160801b03166103608b0152565b6001600160801b0316610380880152565b01546001600160801b0381166103a08601526133e9565b6001600160801b03166103c0840152565b9163ffffffff906040519260208401947ffa58dd248889da1b885d5f30a6ef0159354d8c77a0d399f75ec5c86616f9f5158652604085015260018060a01b0316606084015216608082015260808152612cbc60a082612c43565b366000803760008036817f00000000000000000000000000000000000000000000000000000000000000005af43d6000803e156134fe573d6000f35b3d6000fd5b90929192613510826155ac565b9361351a81612fde565b906135286040519283612c43565b808252602082019236828201116102a157816000926020928637830101525190206003840154036135565750565b635c81dca560e11b60005260045260246000fd5b63ffffffff6001612b4792015460201c167f00000000000000000000000000000000000000000000000000000000000000009061318b565b634e487b7160e01b600052603260045260246000fd5b90600110156135c75760010190565b6135a2565b90156135c75790565b90604010156135c75760400190565b908210156135c7570190565b6001901b60001981019081116129435760ff1690565b815462ff00ff60a01b19166201000360a01b17825560018201805463ffffffff60401b19164260401b63ffffffff60401b161790556002820180546001600160601b0360809190911c16959461366561039661039061038284896135b8565b6000976001600160601b0316885b8281106137c957505061369061368b89600654612a0e565b600655565b87926000966000935b8385106136f257505050505060008051602061595a8339815191528683926136ca611ed5612416999a6007546129e1565b60408051600181526020810189905290810191909152606081019190915280608081016112ca565b9091929397613702898385615681565b9060018a1b600181161590816137ac575b5080806137a4575b6137645761373c575b600191613730916129e1565b985b0193929190613699565b9a8161374791612a0e565b9a87826137558c8688614119565b9161375f926142b3565b613724565b509861379f8261379361378d6001600160801b03600196166106218a546001600160801b031690565b88612948565b89612734848789614119565b613732565b50600061371b565b90506137c06103968b5460ff9060f01c1690565b16151538613713565b60036137f76137dd83878c9997989c614119565b6001600160a01b0316600090815260208190526040902090565b0161382a61380a84610621845460801c90565b82546001600160801b031660809190911b6001600160801b031916178255565b600180831b16613843575b506001019692919396613673565b826001929b6114fd836106268461062161386497546001600160801b031690565b9990613835565b815462ff00ff60a01b19166202000360a01b17825560018201805463ffffffff60401b19164260401b63ffffffff60401b161790556002820180549096959394929391929060801c6001600160601b0316966138d0610396610390610382858a6135b8565b906000986001600160601b0360009116905b838110613a385750506138fa61368b8a600654612a0e565b88936000976000945b84861061395d5750505050505060008051602061595a833981519152868392613935611ed5612416999a6007546129e1565b60408051600281526020810189905290810191909152606081019190915280608081016112ca565b90919293949861396e8a8385615681565b9060018b1b60ff81871616159081613a1b575b508080613a13575b6139d3576139ab575b60019161399e916129e1565b995b019493929190613903565b9b816139b691612a0e565b9b88826139c48d8688614119565b916139ce926142b3565b613992565b5099613a0e82613a026139fc6001600160801b03600196166106218b546001600160801b031690565b89612948565b8a612734848789614119565b6139a0565b506000613989565b9050613a2f6103968c5460ff9060f01c1690565b16151538613981565b6003613a4d6137dd83888d9a9798999d614119565b01613a6061380a84610621845460801c90565b60ff6001831b851616613a7d575b506001019793929194976138e2565b826001929c6114fd8361062684610621613a9e97546001600160801b031690565b9a90613a6e565b815462ff00ff60a01b19166204000360a01b17825560018201805463ffffffff60401b19164260401b63ffffffff60401b1617905560028201805494959490939060801c6001600160601b031690613b066103966103906103828a856135b8565b6000926001600160601b0316835b89838210613c6957505050613b2f61368b6000600654612a0e565b6000956000925b828410613b95575050505061241694955060008051602061595a8339815191526112ca82613b6a611ed586956007546129e1565b6040519182916000896004859094939260609260ff6080840197168352602083015260408201520152565b90919296613ba4888b84615681565b908a60018a1b613bbc6103968b5460ff9060f01c1690565b1615158080613c61575b613c1f578a8991613bec575b505050600191613be1916129e1565b975b01929190613b36565b84613be19492613c0e613c1393613c078460019a989e612a0e565b9c8a614119565b6142b3565b915091508a878a613bd2565b5082886127348c613c5c94613c56969e96613c506001600160801b0360019a166106218d546001600160801b031690565b8b612948565b88614119565b613be3565b506001613bc6565b90613c926003613c826137dd846001968a9e999a614119565b0161103b85610621835460801c90565b0196929196613b14565b815462ff00ff60a01b19166203000360a01b17825560018201805463ffffffff60401b19164260401b63ffffffff60401b16179055600282018054909594919391929060801c6001600160601b0316613cfe61039661039061038287876135b8565b906000906001600160601b0316815b838110613e85575050613d2561368b82600654612a0e565b80976000926000915b818310613d9e57505050908560008051602061595a83398151915283612416999a613d61611ed5613d8a976007546129e1565b604080516003815260208101879052908101919091526060810191909152608090a282866143f7565b60078101546001600160801b0316936149c6565b909193613dac858989615681565b90878a8a6001891b60018116159081613e68575b508080613e60575b613e1d57908991613dee575b50505050600191613de4916129e1565b945b019190613d2e565b94613de49492613c0e613e1093600198613e0a8580999e612a0e565b9c614119565b91509150878a878b613dd4565b5050505094613e5b82613e4f613e496001600160801b036001961661062188546001600160801b031690565b86612948565b8b612734848d8d614119565b613de6565b506000613dc8565b9050613e7c6103968c5460ff9060f01c1690565b16151538613dc0565b6003613e986137dd838a8a9e989e614119565b01613eab61380a84610621845460801c90565b600180831b16613ec2575b50600101989298613d0d565b82600192946114fd8361062684610621613ee397546001600160801b031690565b9290613eb6565b9280156135c75791613f096103966001600160f81b0319833516610390565b926001600160a01b0386169160005b858110613f43575b636092fb7f60e01b60005260048790526001600160a01b03881660245260446000fd5b83613f5261077c8386866156c9565b14613f5f57600101613f18565b96959450505050613f8260056001600160801b039201546001600160801b031690565b6001851b6001600160801b0316161615613f9b57505090565b90918080808080613f20565b906020116102a15790602090565b906040116102a15760200190602090565b909392938483116102a15784116102a1578101920390565b359060208110613fec575090565b6000199060200360031b1b1690565b6040513d6000823e3d90fd5b604183036140d95761403f61039061038261402b6140258787613fa7565b90613fde565b956140396140258288613fb5565b956135d5565b907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a083116140c45760ff8216601b81141590816140cd575b506140c4576140ab600093602095604051948594859094939260ff6060936080840197845216602083015260408201520152565b838052039060015afa156140bf5760005190565b613ffb565b50505050600090565b601c9150141538614077565b505050600090565b90156135c757803560f81c6034810290808204603414901517156129435780600201918260021161294357016002013560601c919050565b919080156135c757823560f81c603481029080820460341490151715612943576002019182600211612943578060051b90808204602014901517156129435782018092116129435750612b479161077c91013560601c81565b906001600160801b039260405191602083019385199060801b16845260ff60f81b9060f81b1660308301526031820152603181526141b1605182612c43565b5190201690565b916034808202925081159183041417156129435780601e01601e116129435701601e013560a01c90565b916034808202925081159183041417156129435780602a01602a116129435701602a013560a01c90565b919091811561425d576001600160a01b03166000818152600360205260409020805491928281019283106129435760008051602061593a8339815191529260409255815190815260016020820152a3565b505050565b919091811561425d576001600160a01b03166000818152600360205260409020805491928281019283106129435760008051602061593a8339815191529260409255815190815260026020820152a3565b919091811561425d576001600160a01b03166000818152600360205260409020805491928281019283106129435760008051602061593a8339815191529260409255815190815260056020820152a3565b919091811561425d576001600160a01b03166000818152600360205260409020805491928281019283106129435760008051602061593a8339815191529260409255815190815260006020820152a3565b919091811561425d576001600160a01b03166000818152600360205260409020805491928281019283106129435760008051602061593a8339815191529260409255815190815260046020820152a3565b919091811561425d576001600160a01b03166000818152600360205260409020805491928281019283106129435760008051602061593a8339815191529260409255815190815260066020820152a3565b919091811561425d5782614428600261241695016106266001600160801b0386166001600160801b038354166129ee565b546001600160a01b0316614304565b3d15614462573d9061444882612fde565b916144566040519384612c43565b82523d6000602084013e565b606090565b3360005260036020526040600020549081156144fe576000808093819333835260036020528260408120556040517fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb604082019160018060a01b03841681528460208201528033930390a26001600160a01b03165af16144e5614437565b50156144ed57565b6312171d8360e31b60005260046000fd5b630686827b60e51b60005260046000fd5b93909694929591600097600097614527866021900690565b6146175760009560005b8b82821061456957505050505050506001600160801b038091169116036145555750565b63e32639ed60e01b60005260045260246000fd5b6145ac9861458161039661039061038286888d6135e4565b998a916145a46140258b6145948861299b565b8961459e8a61298d565b92613fc6565b9b8c91614172565b99856001600160801b036001841b8116809516161592836145f7575b5050506145df575b506145da9061298d565b614531565b6145f0906145da929c9d179c612932565b9a906145d0565b61460e929350614608908a8a6156c9565b8d6131bc565b143885816145c8565b63e32639ed60e01b600052600487905260246000fd5b9193909361464461039661039061038284896135cc565b6001600160a01b038516919060005b8181106146c757505061466f610396610390610382848a6135b8565b9560005b87811061469d57633e50052d60e21b60005260048690526001600160a01b03871660245260446000fd5b836146ac61077c838686614119565b146146b957600101614673565b965050505091505060009190565b836146d661077c83868c6156c9565b146146e357600101614653565b965050505091505060019190565b91603480820292508115918304141715612943578060020160021161294357016002013560c01c90565b906001600160401b0316908115612a7a576001600160401b03160490565b60028210156135c7570190600090565b9063ffffffff16928342101561481a576147df6147b56147a06147f294600360016147986124169a7f00000000000000000000000000000000000000000000000000000000000000009061471b565b169101614739565b50946001600160401b03865460201c1661318b565b84546bffffffffffffffff00000000191660209190911b6bffffffffffffffff0000000016178455565b6001600160401b03835460601c1661318b565b815467ffffffffffffffff60601b191660609190911b67ffffffffffffffff60601b16179055565b50505050565b815460ff60a01b1916600160a01b17825591939291614878610ff06002840154614872614866614856836001600160801b031690565b9260801c6001600160601b031690565b6001600160601b031690565b906129ee565b9261488c610396610390610382848a6135cc565b9060058401549661489d8860801c90565b976001600160801b031660005b848110614904575050505050612416939450807f2a01812e9127752e37316d576128531245db934279e5825b992d9a2f2de5cacf6112ca6148f0855460ff9060c01c1690565b60405160ff90911681529081906020820190565b6001811b6001600160801b03166001600160801b0381841616614955575b8a166001600160801b03161561493b575b6001016148aa565b9661494d6001916128ad8a87876141e2565b979050614933565b9761496d6001600160801b03916128ad8488886141b8565b989050614922565b91936149828185876141e2565b9384156149be57612416956149b460026149b995016106266001600160801b0389166001600160801b038354166129ee565b6156c9565b614355565b505050505050565b906000937f00000000000000000000000000000000000000000000000000000000000000009360026001600160801b0386169301965b6001600160801b038116614a14575050505050505050565b6001871b6001600160801b038183161615614a7957614a73916001600160801b0380921619161696614a59614a53866001600160801b038c54166129ee565b8a612948565b614a6e8787614a698488886156c9565b6143a6565b612b00565b956149fc565b5095614a7390612b00565b60ff6000199116019060ff821161294357565b908092918237016000815290565b90916040820160ff614ab682613049565b16158015614e21575b8015614dfc575b614dda5750614ad86060830183612f99565b809150158015614dd0575b614dbf576101208301614af68185612f99565b905015908115614da8575b50614d98576001600160401b03614b1a6080850161302b565b1615614d875760a08301670de0b6b3a76400006001600160401b03614b3e8361302b565b161015614d5f575060c0830163ffffffff614b588261303f565b16158015614d45575b614d20575060e0830181614b7e614b7783613053565b61ffff1690565b1015614cf95750506001600160401b034216614be5614bbd7f000000000000000000000000000000000000000000000000000000000000000083612f79565b917f000000000000000000000000000000000000000000000000000000000000000090612f79565b906101408401614bf48161302b565b6001600160401b038084169116108015614cdc575b614ca65750505081359283158015614c8d575b614c3f5781614c50575050614c3691506020810190613132565b905015614c3f57565b639f85411f60e01b60005260046000fd5b6020925090600091614c6760405180938193614a97565b039060025afa156140bf5760005103614c7c57565b6344fe364360e11b60005260046000fd5b50610200614c9e6020850185613132565b905011614c1c565b6103f29350614cb49061302b565b635d26bc3760e01b6000526001600160401b0390811660045290811660245216604452606490565b50614ce68161302b565b6001600160401b03808516911611614c09565b90614d066103f292613053565b63f11f5fe960e01b60005261ffff16600452602452604490565b614d2c6103f29161303f565b630390bd3160e01b60005263ffffffff16600452602490565b50620186a063ffffffff614d588361303f565b1611614b61565b614d6b6103f29161302b565b63a2733b6360e01b6000526001600160401b0316600452602490565b630cab1d0f60e01b60005260046000fd5b62a36ef160e51b60005260046000fd5b60089150614db69085612f99565b90501138614b01565b632a362bef60e11b60005260046000fd5b5060808111614ae3565b614de66103f291613049565b63fbad63cb60e01b60005260ff16600452602490565b50614e1a614e0982613049565b610652614e1584613049565b614a84565b1515614ac6565b5060f0614e2d82613049565b161515614abf565b91908110156135c75760051b0190565b90939192600094600094614e5c6060830183612f99565b929050614e77614e71614b7760e08401613053565b84612a0e565b60f884901b602084015293614e9e614e93610120840184612f99565b60f81b602186015250565b60005b848110614ecf575050845460ff60b81b191660b89490941b60ff60b81b169390931790935550612416915050565b614ee981614ee36060869d9c9d0186612f99565b90614e35565b3598614eff8a6000526001602052604060002090565b8054909a906001600160a01b03811690811561519d5760a881901c60ff1661518757614f3860a082901c60ff1661065260408a01613049565b1561515b57614f4960a0880161302b565b614f538260c01c90565b906001600160401b03808316911611615122575060b01c61ffff1661ffff811690818a106151005761ffff8b918f614fa5908b614f9e60a0614f976080840161302b565b920161302b565b91896156f3565b16116150f8575b50918b91879360005b86811061509f575061509993615079936114fd6150626148666150528b9a9761501b61507398614ffc60019f6114a4614fed91612a1b565b60c09490941b8c850160200152565b8e8060a01b031661500c836129a9565b8b919060209160601b92010152565b61504d8d615028836129b7565b9801549961503e6001600160601b038c16614866565b98899060209160a01b92010152565b6129c5565b9660601c6001600160601b031690565b80958d919060209160a01b92010152565b9d6129e1565b9a6150866080870161302b565b8561509360a0890161302b565b92615843565b01614ea1565b603481028a01602a0151939550919350916001600160a01b038316906150c79060601c61077c565b146150da57600101918793918d93614fb5565b632029bc6560e01b6000526001600160a01b03821660045260246000fd5b985038614fac565b6306cc7e5360e11b600052600484905260248a905261ffff1660445260646000fd5b6103f2908461513360a08b0161302b565b6307c16a0b60e11b6000526004919091526001600160401b0390811660245216604452606490565b6103f28361516b60408a01613049565b6319dc7e3960e21b60005260049190915260ff16602452604490565b6319b6a42760e01b600052600483905260246000fd5b63f5ed385760e01b600052600483905260246000fd5b35612b4781610bb3565b600092916151ce6060830183612f99565b9290506151dd6114a484612a1b565b60009361012083017f0000000000000000000000000000000000000000000000000000000000000000975b6152128286612f99565b90508710156153ea5761523161522c88614ee38589612f99565b6151b3565b9061524e8260018060a01b03166000526000602052604060002090565b9160028301549261526460026106528660ff1690565b156153cc57600301546001600160801b03168b81106153aa575087906001600160a01b0381169087908b9060005b888c84831061535b5750505060005b89811061530d5750506148666152e4600197956152df61530598966152cf6114fd976114c16152f498612a31565b8093919060209160601b92010152565b6129d3565b9460081c6001600160601b031690565b80938b919060209160a01b92010152565b960195615208565b9250929384915061077c8361532b926034602a920201015160601c90565b1461533e576001018a8a939289926152a1565b625144ff60e81b6000526001600160a01b03821660045260246000fd5b8697508295506153799396945091614ee361522c9261077c94612f99565b1461538c576001018a8a93928992615292565b63b494b62d60e01b6000526001600160a01b03821660045260246000fd5b6322df051360e11b6000526001600160801b031660045260248b905260446000fd5b630e8cf31560e11b6000526001600160a01b03821660045260246000fd5b9750505050505050565b815460ff60a01b1916600160a21b178255919392615435600261541c845460ff9060a81c1690565b845460ff60a81b1916911760a81b60ff60a81b16178355565b61544861039661039061038284896135cc565b60058301805460801c60005b8381106154bb575050505061546e906124169495836155e5565b615485610ff060028301546001600160801b031690565b91807f7e3805011acb8d49832d7ef085841e251e66267c06e54e0ac20cb09f3c696d3b604051806112ca87829190602083019252565b6001906001600160801b0382821b81166154d9610d7a848a8f6146f1565b6154ee8261072a89546001600160801b031690565b1561556a5761554990610e23615536878d01610e09610dec600261551d84546001600160401b039060801c1690565b96019561553187546001600160401b031690565b61318b565b825460801c6001600160401b031661318b565b84161615615558575b01615454565b61556581878c8a8c614975565b615552565b82828716161561557b575b50615549565b61559090858b01546120308163ffffffff1690565b38615575565b607f905460c11c16600181018091116129435790565b60008181526002602052604090208054909291906001600160a01b0316156155d15750565b630510aa5f60e41b60005260045260246000fd5b91906001600160601b0361560760028501546001600160601b039060801c1690565b1690811561481a5761562261039661039061038286856135b8565b9360005b85811061563557505050505050565b60019060ff615649845460ff9060e01c1690565b83831b1616615659575b01615626565b61567c600361566c6137dd848a89614119565b0161103b87610621835460801c90565b615653565b90156135c757803560f81c9160348302928084046034149015171561294357826016019283601611612943576156b8601692612a31565b010180921161294357013560a01c90565b916034808202925081159183041417156129435780600a01600a116129435701600a013560601c90565b9291600091908260038301815b600281106157ee575050615736906155316002615721600187015460c01c90565b950154946001600160401b0386165b9061318b565b906001600160401b0382166001600160401b038216116157c65750509061553182615730615771615781956001600160401b039060401c1690565b9160801c6001600160401b031690565b916001600160401b0383166001600160401b038316116157a057505050565b631b5aeaf560e01b6000526004526001600160401b039081166024521660445260646000fd5b63a73681ef60e01b60005260048690526001600160401b039081166024521660445260646000fd5b6157f88183614739565b50544263ffffffff821611615811575b50600101615700565b92600191966001600160401b0361583161583c93828860201c1690612f79565b9560601c1690612f79565b9590615808565b9092919261588063ffffffff821692600360016147987f00000000000000000000000000000000000000000000000000000000000000008761471b565b508054909263ffffffff8216146159035750815463ffffffff191663ffffffff909116178155612416926158d89082546bffffffffffffffff00000000191660209190911b6bffffffffffffffff0000000016178255565b805467ffffffffffffffff60601b191660609290921b67ffffffffffffffff60601b16919091179055565b6147f2929391506147b5612416956001600160401b036159269360201c16612f79565b6001600160401b03835460601c16612f7956feb34f70d75ac7516e591c1b4b53b55802ccd231bc0c8af2449550fef2f506ae36c43ee702492ec0fb56f32086439b3031594618b3beb5eaa7e116a7f3ab8658f7a164736f6c6343000825000a60e0346100bb57601f611c7338819003918201601f19168301916001600160401b038311848410176100c05780849260409485528339810103126100bb578051602090910151906001600160401b03821682036100bb5760805260a0523060c052604051611b9c90816100d782396080518181816119050152611930015260a05181611095015260c05181818161039801528181610544015281816106720152818161077a01528181610f5a0152818161102801526111900152f35b600080fd5b634e487b7160e01b600052604160045260246000fdfe6080604052600436101561001257600080fd5b60003560e01c806315aed5d8146111385780633c8935b91461111a5780633d385cf5146110145780634c5d8a0f14610ff65780634e730e0d14610f4c578063817b1cd214610f2e5780639d20904814610df6578063b407c2fa14610724578063bcbfa84a14610664578063d3446cdc1461050b578063d89135cd146104ed578063eb32117314610384578063ee004221146100f95763fe5ff468146100b657600080fd5b346100f45760203660031901126100f4576004356001600160a01b038116908190036100f45760005260036020526020604060002054604051908152f35b600080fd5b346100f45760203660031901126100f45760043560006101e060405161011e816114ad565b8281528260208201528260408201526060808201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c082015201528060005260016020526040600020805460018060a01b03811692831561037057836001600160401b03808086866101b482611680565b94906005840154936101f3600760068301549260018101549360028201549860206040519e8f906101e4826114ad565b8152015260408d015201611524565b60608a01526001600160601b03811660808a01526001600160601b038160601c1660a08a015260ff8460a01c1660c08a015261ffff8460b01c1660e08a015260ff8460a81c1615156101008a015260c01c6101208901528184166101408901521661016087015260c01c610180860152818160401c166101a086015260801c166101c0840152166101e082015260405180916020825260018060a01b03815116602083015260208101516040830152604081015160608301526001600160401b036101e06102d2606084015161020060808701526102208601906113d4565b92608081015160a086015260a081015160c086015260ff60c08201511660e086015261ffff60e082015116610100860152610100810151151561012086015282610120820151166101408601528261014082015116610160860152826101608201511661018086015282610180820151166101a0860152826101a0820151166101c0860152826101c082015116828601520151166102008301520390f35b63f5ed385760e01b60005260045260246000fd5b346100f45760003660031901126100f457307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146104dc5733600052600060205260406000206002810180549160ff83166104c7576003016001600160401b036001600160801b038254169360681c16801580156104bf575b6104ae5780421061049a575080546fffffffffffffffffffffffffffffffff19169055805467ffffffffffffffff60681b191690556006548181039190821161048457610482916006556040518181527fb1c90ce88682afb6fb54564abd065e17c4728f8cb472ff17ef458143f3f7797160203392a233611aa3565b005b634e487b7160e01b600052601160045260246000fd5b631a28814f60e21b60005260045260246000fd5b636567cc4d60e11b60005260046000fd5b508315610406565b631b1bf59960e31b6000523360045260246000fd5b634e66b6bb60e11b60005260046000fd5b346100f45760003660031901126100f4576020600754604051908152f35b346100f45760a03660031901126100f45760043560243560643560ff81166044358183036100f457608435928315158094036100f457307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146104dc5761057a8661162b565b906105858387611a57565b83158015610658575b610643576001820180546001600160c01b0319166001600160601b03881617606085901b6bffffffffffffffffffffffff60601b161790557f9575b7db8b3b43531daeb9272009182397ea65c797a737585afba141bcd93cdb956080959094909390929091610612905b825460ff60a01b191660a09190911b60ff60a01b16178255565b805460ff60a81b191660a885901b60ff60a81b161790556040805194855260208501919091528301526060820152a2005b83634aa5724b60e11b60005260045260246000fd5b5060f08116151561058e565b61066d36611390565b9290307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146104dc5733600052600060205260406000209060ff60028301541661070f57846001600160801b036003846106f87f397055a0e1ba6f030d85c3abdd604203d2a93daf222e046d454ef634718750a399868a8a8e61070a9b6116f4565b01541691604051958695339987611456565b0390a2005b6345ed80e960e01b6000523360045260246000fd5b346100f45760403660031901126100f4576004356001600160401b0381116100f45761014060031982360301126100f4576024356001600160401b0381116100f457610774903690600401611363565b909190307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146104dc578160040135158015610dea575b610dd9576107c860248301836004016115c8565b6001600160401b038111610ca057604051906107ee601f8201601f1916602001836114c9565b80825236818401116100f4576020816000926108119583860137830101526119b9565b15610dc85780151580610d8f575b610d7e5761083560848301356064840135611a57565b60ff61084360a484016115fa565b16158015610d67575b610d44576001600160401b0361086460c48401611608565b1615610d3357670de0b6b3a76400006001600160401b0361088760e48501611608565b161015610d1f57670de0b6b3a76400006001600160401b036108ac6101048501611608565b161015610cf55761ffff6108c3610124840161161c565b16158015610cdb575b610cb65760045492600019841461048457600184016004556001840160005260016020526040600020336001600160601b0360a01b8254161781556109166105f860a486016115fa565b610923610124850161161c565b815461ffff60b01b191660b09190911b61ffff60b01b1617815561096c61094c60e48601611608565b82546001600160c01b031660c09190911b6001600160c01b031916178255565b6001810180546001600160c01b03191660648601356001600160601b031617608486013560601b6bffffffffffffffffffffffff60601b161781556109d7906109b760c48701611608565b81546001600160c01b031660c09190911b6001600160c01b031916179055565b610a136109e76101048601611608565b600283019067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b60038101600163ffffffff1982541617905560048101600163ffffffff198254161790558360040135600582015560448401356006820155610a5b60248501856004016115c8565b906001600160401b038211610ca057610a7760078401546114ea565b601f8111610c47575b50600090601f8311600114610bda576007929160009183610bcf575b50508160011b916000199060031b1c1916179101555b610ac260248401600485016115c8565b9091610ad060a486016115fa565b610adc60c48701611608565b610ae860e48801611608565b610af56101048901611608565b91610b036101248a0161161c565b936040519788978b600401358952602089016101609052610160890190610b2992611435565b99604481013560408901526064810135606089015260840135608088015260ff1660a08701526001600160401b031660c08601526001600160401b031660e08501526001600160401b031661010084015261ffff1661012083015281850361014083015233946001870194610b9d92611435565b037fa3d4875b3f5dd7198cab8fa75852f9d209ca4dea13d3195c4a3eb54118b367e691a3604051906001018152602090f35b013590508880610a9c565b6007840182526020822091805b601f1985168110610c2f5750918391600193600795601f19811610610c15575b505050811b01910155610ab2565b0135600019600384901b60f8161c19169055888080610c07565b90926020600181928686013581550194019101610be7565b82811115610a8057600784016000526020600020601f840160051c9060208510610c97575b81601f9101920160051c039060005b828110610c89575050610a80565b600082820155600101610c7b565b60009150610c6c565b634e487b7160e01b600052604160045260246000fd5b61ffff610cc6610124840161161c565b63ec8634c560e01b6000521660045260246000fd5b50608061ffff610cee610124850161161c565b16116108cc565b6001600160401b03610d0a6101048401611608565b63a2733b6360e01b6000521660045260246000fd5b6001600160401b03610d0a60e48401611608565b630757bfc960e21b60005260046000fd5b60ff610d5260a484016115fa565b634aa5724b60e11b6000521660045260246000fd5b5060f0610d7660a484016115fa565b16151561084c565b630665256760e11b60005260046000fd5b50602060006040518386823780848101838152039060025afa15610dbc576000516044830135141561081f565b6040513d6000823e3d90fd5b633ba0191160e01b60005260046000fd5b633e78eb9360e01b60005260046000fd5b506044820135156107b4565b346100f45760203660031901126100f4576004356001600160a01b038116908190036100f457600060c0604051610e2c81611492565b606081528260208201528260408201528260608201528260808201528260a082015201526000526000602052610100604060002060405190610e6d82611492565b610e7681611524565b82526001600160801b03600182015491602084019283528160028201546001600160401b03604087019160ff811683526001600160601b03600360608a0196828460081c1688528460808c019460681c16845201549560ff60a08b0195878916875260c08c019860801c8952610f00604051809e819e60208352519160e0602082015201906113d4565b9a5160408d0152511660608b015251166080890152511660a0870152511660c0850152511660e08301520390f35b346100f45760003660031901126100f4576020600654604051908152f35b610f5536611390565b9290307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146104dc5733600052600060205260406000209060ff60028301541615610fe157846001600160801b036003846106f87fcaa3bc3c5220d1b1d479317d29bc185d0dac8a8fe6153def92196d6c5229cdd499868a8a8e61070a9b6116f4565b63bfc6c33760e01b6000523360045260246000fd5b346100f45760003660031901126100f4576020600554604051908152f35b346100f45760003660031901126100f457307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146104dc573360005260006020526040600020600281019060ff82541615610fe1576003015460801c908161110557805460ff191681556001600160401b03906110bc7f0000000000000000000000000000000000000000000000000000000000000000428416611415565b8154908360681b9060681b16908360681b19161781555460681c166040519081527f3600ea5702745e3102d47f14fd3a267969af50e3166930e5a1f03910b330aa3660203392a2005b5063349b65d160e01b60005260045260246000fd5b346100f45760003660031901126100f4576020600454604051908152f35b346100f45760803660031901126100f4576004356024356001600160401b038116908181036100f457604435906001600160401b038216908183036100f457606435906001600160401b038216938483036100f457307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146104dc576111c68761162b565b6001810192835460c01c88118015611356575b801561133d575b611328576111ed82611680565b60028496929601956001600160401b0361120b885492828416611415565b16808c108015611320575b61130857506001600160401b0391826112329260801c16611415565b168089106112f057506112dd9360609896936112927fb1e57ab0db303890fa6949a7d1cd67eafd41ea59bdcc4cca322f7f13345524119b9997946112b594908154906001600160401b0360c01b9060c01b169060018060c01b0316179055565b80546001600160c01b031660c09290921b6001600160c01b031916919091179055565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b60405192835260208301526040820152a2005b8a63709aafeb60e11b60005260045260245260446000fd5b8c63709aafeb60e11b60005260045260245260446000fd5b508b15611216565b88630241c76b60e31b60005260045260246000fd5b506001600160401b03600283015460401c1687116111e0565b50815460c01c86116111d9565b9181601f840112156100f4578235916001600160401b0383116100f457602083818601950101116100f457565b60806003198201126100f457600435906001600160401b0382116100f4576113ba91600401611363565b90916024359060443560ff811681036100f4579060643590565b919082519283825260005b848110611400575050826000602080949584010152601f8019910116010190565b806020809284010151828286010152016113df565b906001600160401b03809116911601906001600160401b03821161048457565b908060209392818452848401376000828201840152601f01601f1916010190565b949060809461147b60ff926001600160801b03969a999560a08a5260a08a0191611435565b986020880152166040860152606085015216910152565b60e081019081106001600160401b03821117610ca057604052565b61020081019081106001600160401b03821117610ca057604052565b90601f801991011681019081106001600160401b03821117610ca057604052565b90600182811c9216801561151a575b602083101461150457565b634e487b7160e01b600052602260045260246000fd5b91607f16916114f9565b9060405191826000825492611538846114ea565b80845293600181169081156115a6575060011461155f575b5061155d925003836114c9565b565b90506000929192526020600020906000915b81831061158a57505090602061155d9282010138611550565b6020919350806001915483858901015201910190918492611571565b90506020925061155d94915060ff191682840152151560051b82010138611550565b903590601e19813603018212156100f457018035906001600160401b0382116100f4576020019181360383136100f457565b3560ff811681036100f45790565b356001600160401b03811681036100f45790565b3561ffff811681036100f45790565b60008181526001602052604090208054909291906001600160a01b0316801561166b5733036116575750565b6303ebdcd960e11b60005260045260246000fd5b5063f5ed385760e01b60005260045260246000fd5b9060008060005b60028110156116e057600381860101544263ffffffff8216116116ae575b50600101611687565b92600191926001600160401b036116ce6116d993828860201c1690611415565b9560601c1690611415565b91906116a5565b5091909250565b9190820180921161048457565b90939294919460ff841695861580156119ad575b611998578015801561198d575b61197c57811561196b576001600160601b03841161195657600383019560026117496001600160801b0389541634906116e7565b961615158061192d575b6118f4576001600160401b038211610ca05761176f84546114ea565b601f811161189e575b50600090601f831160011461182c579180600294926001600160801b0398979694600092611821575b50508160011b916000199060031b1c19161782555b6001820155019460ff198654161785556cffffffffffffffffffffffff0085549160081b16906cffffffffffffffffffffffff001916178455166001600160801b03198254161790556001600160401b0360681b19815416905561181c346006546116e7565b600655565b0135905038806117a1565b8482526020822091601f198416815b81811061188657509260019285926001600160801b039a999896600298961061186c575b505050811b0182556117b6565b0135600019600384901b60f8161c1916905538808061185f565b9193602060018192878701358155019501920161183b565b8281111561177857846000526020600020601f840160051c90602085106118eb575b81601f9101920160051c039060005b8281106118dd575050611778565b6000828201556001016118cf565b600091506118c0565b856322df051360e11b6000526004527f000000000000000000000000000000000000000000000000000000000000000060245260446000fd5b507f00000000000000000000000000000000000000000000000000000000000000008610611753565b8363179c637760e11b60005260045260246000fd5b630eda9c3d60e31b60005260046000fd5b63f1cbb56760e01b60005260046000fd5b506102008111611715565b86635669b8eb60e11b60005260045260246000fd5b5060fc85161515611708565b610200815111611a51576040906119f382516119d584826114c9565b600b81526a7665696c2d6469723a2f2f60a81b602082015282611b2b565b9182611a44575b8215611a0557505090565b611a31919250611a17815191826114c9565b6007815266697066733a2f2f60c81b602082015282611b2b565b9081611a3b575090565b60079150511190565b9150600b815111916119fa565b50600090565b908115918215611a92575b508115611a81575b50611a7157565b62bfc92160e01b60005260046000fd5b6001600160601b0391501138611a6a565b6001600160601b0310915038611a62565b908015611b00577fb34f70d75ac7516e591c1b4b53b55802ccd231bc0c8af2449550fef2f506ae36604060009360018060a01b0316928385526003602052818520611aef8282546116e7565b9055815190815260036020820152a3565b5050565b908151811015611b15570160200190565b634e487b7160e01b600052603260045260246000fd5b908151815111611b885760005b8151811015611b80576001600160f81b0319611b548285611b04565b51166001600160f81b0319611b698385611b04565b511603611b7857600101611b38565b505050600090565b505050600190565b505060009056fea164736f6c6343000825000a",
}

// Marketplace is an auto generated Go binding around an Ethereum contract.
type Marketplace struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Marketplace) GetABI() abi.ABI {
	return c.abi
}

// NewMarketplace creates a new instance of Marketplace.
func NewMarketplace() *Marketplace {
	parsed, err := MarketplaceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Marketplace{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Marketplace) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((uint256,uint64,uint64,uint64,uint64,uint64,uint64,uint16,uint256) c) returns()
func (marketplace *Marketplace) PackConstructor(c MarketplaceConfig) []byte {
	enc, err := marketplace.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (marketplace *Marketplace) PackDOMAINSEPARATOR() []byte {
	enc, err := marketplace.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (marketplace *Marketplace) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return marketplace.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (marketplace *Marketplace) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAbortJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7581b9e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function abortJob(uint256 id, bytes terms, string reason) returns()
func (marketplace *Marketplace) PackAbortJob(id *big.Int, terms []byte, reason string) []byte {
	enc, err := marketplace.abi.Pack("abortJob", id, terms, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAbortJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7581b9e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function abortJob(uint256 id, bytes terms, string reason) returns()
func (marketplace *Marketplace) TryPackAbortJob(id *big.Int, terms []byte, reason string) ([]byte, error) {
	return marketplace.abi.Pack("abortJob", id, terms, reason)
}

// PackAcceptJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6053f761.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptJob(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) PackAcceptJob(id *big.Int, terms []byte) []byte {
	enc, err := marketplace.abi.Pack("acceptJob", id, terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6053f761.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptJob(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) TryPackAcceptJob(id *big.Int, terms []byte) ([]byte, error) {
	return marketplace.abi.Pack("acceptJob", id, terms)
}

// PackAcceptWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x808cfca4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptWindow() view returns(uint64)
func (marketplace *Marketplace) PackAcceptWindow() []byte {
	enc, err := marketplace.abi.Pack("acceptWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x808cfca4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptWindow() view returns(uint64)
func (marketplace *Marketplace) TryPackAcceptWindow() ([]byte, error) {
	return marketplace.abi.Pack("acceptWindow")
}

// UnpackAcceptWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x808cfca4.
//
// Solidity: function acceptWindow() view returns(uint64)
func (marketplace *Marketplace) UnpackAcceptWindow(data []byte) (uint64, error) {
	out, err := marketplace.abi.Unpack("acceptWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAttestStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35a88a0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestStep(uint256 id, bytes terms, bytes32 stepHash, bytes data) returns()
func (marketplace *Marketplace) PackAttestStep(id *big.Int, terms []byte, stepHash [32]byte, data []byte) []byte {
	enc, err := marketplace.abi.Pack("attestStep", id, terms, stepHash, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35a88a0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestStep(uint256 id, bytes terms, bytes32 stepHash, bytes data) returns()
func (marketplace *Marketplace) TryPackAttestStep(id *big.Int, terms []byte, stepHash [32]byte, data []byte) ([]byte, error) {
	return marketplace.abi.Pack("attestStep", id, terms, stepHash, data)
}

// PackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa19a91d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelJob(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) PackCancelJob(id *big.Int, terms []byte) []byte {
	enc, err := marketplace.abi.Pack("cancelJob", id, terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa19a91d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelJob(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) TryPackCancelJob(id *big.Int, terms []byte) ([]byte, error) {
	return marketplace.abi.Pack("cancelJob", id, terms)
}

// PackCatalog is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x074c09eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function catalog() view returns(address)
func (marketplace *Marketplace) PackCatalog() []byte {
	enc, err := marketplace.abi.Pack("catalog")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCatalog is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x074c09eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function catalog() view returns(address)
func (marketplace *Marketplace) TryPackCatalog() ([]byte, error) {
	return marketplace.abi.Pack("catalog")
}

// UnpackCatalog is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x074c09eb.
//
// Solidity: function catalog() view returns(address)
func (marketplace *Marketplace) UnpackCatalog(data []byte) (common.Address, error) {
	out, err := marketplace.abi.Unpack("catalog", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClaimStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb321173.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimStake() returns()
func (marketplace *Marketplace) PackClaimStake() []byte {
	enc, err := marketplace.abi.Pack("claimStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb321173.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimStake() returns()
func (marketplace *Marketplace) TryPackClaimStake() ([]byte, error) {
	return marketplace.abi.Pack("claimStake")
}

// PackCloseAcceptance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a5a0ebe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeAcceptance(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) PackCloseAcceptance(id *big.Int, terms []byte) []byte {
	enc, err := marketplace.abi.Pack("closeAcceptance", id, terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseAcceptance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a5a0ebe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeAcceptance(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) TryPackCloseAcceptance(id *big.Int, terms []byte) ([]byte, error) {
	return marketplace.abi.Pack("closeAcceptance", id, terms)
}

// PackCloseJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745dfcf0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeJob(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) PackCloseJob(id *big.Int, terms []byte) []byte {
	enc, err := marketplace.abi.Pack("closeJob", id, terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745dfcf0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeJob(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) TryPackCloseJob(id *big.Int, terms []byte) ([]byte, error) {
	return marketplace.abi.Pack("closeJob", id, terms)
}

// PackCommitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56a0b73c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitResult(uint256 id, bytes terms, bytes32 payloadHash, bytes32 blobHash, string uri, uint8 vouched, bytes posted) returns()
func (marketplace *Marketplace) PackCommitResult(id *big.Int, terms []byte, payloadHash [32]byte, blobHash [32]byte, uri string, vouched uint8, posted []byte) []byte {
	enc, err := marketplace.abi.Pack("commitResult", id, terms, payloadHash, blobHash, uri, vouched, posted)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56a0b73c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitResult(uint256 id, bytes terms, bytes32 payloadHash, bytes32 blobHash, string uri, uint8 vouched, bytes posted) returns()
func (marketplace *Marketplace) TryPackCommitResult(id *big.Int, terms []byte, payloadHash [32]byte, blobHash [32]byte, uri string, vouched uint8, posted []byte) ([]byte, error) {
	return marketplace.abi.Pack("commitResult", id, terms, payloadHash, blobHash, uri, vouched, posted)
}

// PackConfirmResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1497b7bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmResult(uint256 id, bytes terms, bytes32 commitment, uint32 rounds, bytes sig) returns()
func (marketplace *Marketplace) PackConfirmResult(id *big.Int, terms []byte, commitment [32]byte, rounds uint32, sig []byte) []byte {
	enc, err := marketplace.abi.Pack("confirmResult", id, terms, commitment, rounds, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1497b7bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmResult(uint256 id, bytes terms, bytes32 commitment, uint32 rounds, bytes sig) returns()
func (marketplace *Marketplace) TryPackConfirmResult(id *big.Int, terms []byte, commitment [32]byte, rounds uint32, sig []byte) ([]byte, error) {
	return marketplace.abi.Pack("confirmResult", id, terms, commitment, rounds, sig)
}

// PackConfirmWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0d4d77c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmWindow() view returns(uint64)
func (marketplace *Marketplace) PackConfirmWindow() []byte {
	enc, err := marketplace.abi.Pack("confirmWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0d4d77c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmWindow() view returns(uint64)
func (marketplace *Marketplace) TryPackConfirmWindow() ([]byte, error) {
	return marketplace.abi.Pack("confirmWindow")
}

// UnpackConfirmWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0d4d77c.
//
// Solidity: function confirmWindow() view returns(uint64)
func (marketplace *Marketplace) UnpackConfirmWindow(data []byte) (uint64, error) {
	out, err := marketplace.abi.Unpack("confirmWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(address ) view returns(uint256)
func (marketplace *Marketplace) PackCredits(arg0 common.Address) []byte {
	enc, err := marketplace.abi.Pack("credits", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(address ) view returns(uint256)
func (marketplace *Marketplace) TryPackCredits(arg0 common.Address) ([]byte, error) {
	return marketplace.abi.Pack("credits", arg0)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe5ff468.
//
// Solidity: function credits(address ) view returns(uint256)
func (marketplace *Marketplace) UnpackCredits(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("credits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDatasetCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c8935b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetCount() view returns(uint256)
func (marketplace *Marketplace) PackDatasetCount() []byte {
	enc, err := marketplace.abi.Pack("datasetCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c8935b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetCount() view returns(uint256)
func (marketplace *Marketplace) TryPackDatasetCount() ([]byte, error) {
	return marketplace.abi.Pack("datasetCount")
}

// UnpackDatasetCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c8935b9.
//
// Solidity: function datasetCount() view returns(uint256)
func (marketplace *Marketplace) UnpackDatasetCount(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("datasetCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeclineJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaccfe1ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function declineJob(uint256 id, bytes terms, string reason) returns()
func (marketplace *Marketplace) PackDeclineJob(id *big.Int, terms []byte, reason string) []byte {
	enc, err := marketplace.abi.Pack("declineJob", id, terms, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeclineJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaccfe1ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function declineJob(uint256 id, bytes terms, string reason) returns()
func (marketplace *Marketplace) TryPackDeclineJob(id *big.Int, terms []byte, reason string) ([]byte, error) {
	return marketplace.abi.Pack("declineJob", id, terms, reason)
}

// PackDisputeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17baaf20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeBond() view returns(uint256)
func (marketplace *Marketplace) PackDisputeBond() []byte {
	enc, err := marketplace.abi.Pack("disputeBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17baaf20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeBond() view returns(uint256)
func (marketplace *Marketplace) TryPackDisputeBond() ([]byte, error) {
	return marketplace.abi.Pack("disputeBond")
}

// UnpackDisputeBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17baaf20.
//
// Solidity: function disputeBond() view returns(uint256)
func (marketplace *Marketplace) UnpackDisputeBond(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("disputeBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputeResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa06a05f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeResult(uint256 id, bytes terms) payable returns()
func (marketplace *Marketplace) PackDisputeResult(id *big.Int, terms []byte) []byte {
	enc, err := marketplace.abi.Pack("disputeResult", id, terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa06a05f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeResult(uint256 id, bytes terms) payable returns()
func (marketplace *Marketplace) TryPackDisputeResult(id *big.Int, terms []byte) ([]byte, error) {
	return marketplace.abi.Pack("disputeResult", id, terms)
}

// PackFailJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x091766ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failJob(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) PackFailJob(id *big.Int, terms []byte) []byte {
	enc, err := marketplace.abi.Pack("failJob", id, terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x091766ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failJob(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) TryPackFailJob(id *big.Int, terms []byte) ([]byte, error) {
	return marketplace.abi.Pack("failJob", id, terms)
}

// PackForfeitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac7cd9e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forfeitBond(uint256 id, bytes terms, address owner, bytes sig) returns()
func (marketplace *Marketplace) PackForfeitBond(id *big.Int, terms []byte, owner common.Address, sig []byte) []byte {
	enc, err := marketplace.abi.Pack("forfeitBond", id, terms, owner, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForfeitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac7cd9e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forfeitBond(uint256 id, bytes terms, address owner, bytes sig) returns()
func (marketplace *Marketplace) TryPackForfeitBond(id *big.Int, terms []byte, owner common.Address, sig []byte) ([]byte, error) {
	return marketplace.abi.Pack("forfeitBond", id, terms, owner, sig)
}

// PackGetDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee004221.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDataset(uint256 id) view returns((address,bytes32,bytes32,string,uint256,uint256,uint8,uint16,bool,uint64,uint64,uint64,uint64,uint64,uint64,uint64) info)
func (marketplace *Marketplace) PackGetDataset(id *big.Int) []byte {
	enc, err := marketplace.abi.Pack("getDataset", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee004221.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDataset(uint256 id) view returns((address,bytes32,bytes32,string,uint256,uint256,uint8,uint16,bool,uint64,uint64,uint64,uint64,uint64,uint64,uint64) info)
func (marketplace *Marketplace) TryPackGetDataset(id *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("getDataset", id)
}

// UnpackGetDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee004221.
//
// Solidity: function getDataset(uint256 id) view returns((address,bytes32,bytes32,string,uint256,uint256,uint8,uint16,bool,uint64,uint64,uint64,uint64,uint64,uint64,uint64) info)
func (marketplace *Marketplace) UnpackGetDataset(data []byte) (MarketStateDatasetInfo, error) {
	out, err := marketplace.abi.Unpack("getDataset", data)
	if err != nil {
		return *new(MarketStateDatasetInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketStateDatasetInfo)).(*MarketStateDatasetInfo)
	return out0, nil
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 id) view returns((address,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint32,uint32,uint64,uint64,uint128,uint96,uint8,uint8,uint16,bytes32,bytes32,uint128,uint128,uint128,uint128,uint128,uint128))
func (marketplace *Marketplace) PackGetJob(id *big.Int) []byte {
	enc, err := marketplace.abi.Pack("getJob", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJob(uint256 id) view returns((address,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint32,uint32,uint64,uint64,uint128,uint96,uint8,uint8,uint16,bytes32,bytes32,uint128,uint128,uint128,uint128,uint128,uint128))
func (marketplace *Marketplace) TryPackGetJob(id *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("getJob", id)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 id) view returns((address,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint32,uint32,uint64,uint64,uint128,uint96,uint8,uint8,uint16,bytes32,bytes32,uint128,uint128,uint128,uint128,uint128,uint128))
func (marketplace *Marketplace) UnpackGetJob(data []byte) (MarketStateJob, error) {
	out, err := marketplace.abi.Unpack("getJob", data)
	if err != nil {
		return *new(MarketStateJob), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketStateJob)).(*MarketStateJob)
	return out0, nil
}

// PackGetNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d209048.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNode(address node) view returns((string,bytes32,uint8,uint96,uint64,uint128,uint128))
func (marketplace *Marketplace) PackGetNode(node common.Address) []byte {
	enc, err := marketplace.abi.Pack("getNode", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d209048.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNode(address node) view returns((string,bytes32,uint8,uint96,uint64,uint128,uint128))
func (marketplace *Marketplace) TryPackGetNode(node common.Address) ([]byte, error) {
	return marketplace.abi.Pack("getNode", node)
}

// UnpackGetNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d209048.
//
// Solidity: function getNode(address node) view returns((string,bytes32,uint8,uint96,uint64,uint128,uint128))
func (marketplace *Marketplace) UnpackGetNode(data []byte) (MarketStateNode, error) {
	out, err := marketplace.abi.Unpack("getNode", data)
	if err != nil {
		return *new(MarketStateNode), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketStateNode)).(*MarketStateNode)
	return out0, nil
}

// PackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobCount() view returns(uint256)
func (marketplace *Marketplace) PackJobCount() []byte {
	enc, err := marketplace.abi.Pack("jobCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobCount() view returns(uint256)
func (marketplace *Marketplace) TryPackJobCount() ([]byte, error) {
	return marketplace.abi.Pack("jobCount")
}

// UnpackJobCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5d8a0f.
//
// Solidity: function jobCount() view returns(uint256)
func (marketplace *Marketplace) UnpackJobCount(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("jobCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKappaBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d622e78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function kappaBps() view returns(uint16)
func (marketplace *Marketplace) PackKappaBps() []byte {
	enc, err := marketplace.abi.Pack("kappaBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKappaBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d622e78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function kappaBps() view returns(uint16)
func (marketplace *Marketplace) TryPackKappaBps() ([]byte, error) {
	return marketplace.abi.Pack("kappaBps")
}

// UnpackKappaBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d622e78.
//
// Solidity: function kappaBps() view returns(uint16)
func (marketplace *Marketplace) UnpackKappaBps(data []byte) (uint16, error) {
	out, err := marketplace.abi.Unpack("kappaBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMaxJobDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd35aafb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxJobDuration() view returns(uint64)
func (marketplace *Marketplace) PackMaxJobDuration() []byte {
	enc, err := marketplace.abi.Pack("maxJobDuration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxJobDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd35aafb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxJobDuration() view returns(uint64)
func (marketplace *Marketplace) TryPackMaxJobDuration() ([]byte, error) {
	return marketplace.abi.Pack("maxJobDuration")
}

// UnpackMaxJobDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd35aafb9.
//
// Solidity: function maxJobDuration() view returns(uint64)
func (marketplace *Marketplace) UnpackMaxJobDuration(data []byte) (uint64, error) {
	out, err := marketplace.abi.Unpack("maxJobDuration", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinJobDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d4be158.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minJobDuration() view returns(uint64)
func (marketplace *Marketplace) PackMinJobDuration() []byte {
	enc, err := marketplace.abi.Pack("minJobDuration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinJobDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d4be158.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minJobDuration() view returns(uint64)
func (marketplace *Marketplace) TryPackMinJobDuration() ([]byte, error) {
	return marketplace.abi.Pack("minJobDuration")
}

// UnpackMinJobDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d4be158.
//
// Solidity: function minJobDuration() view returns(uint64)
func (marketplace *Marketplace) UnpackMinJobDuration(data []byte) (uint64, error) {
	out, err := marketplace.abi.Unpack("minJobDuration", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (marketplace *Marketplace) PackMinStake() []byte {
	enc, err := marketplace.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (marketplace *Marketplace) TryPackMinStake() ([]byte, error) {
	return marketplace.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (marketplace *Marketplace) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwnerPay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18df4da3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerPay(uint256 price, uint32 done, uint32 total) view returns(uint256)
func (marketplace *Marketplace) PackOwnerPay(price *big.Int, done uint32, total uint32) []byte {
	enc, err := marketplace.abi.Pack("ownerPay", price, done, total)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerPay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18df4da3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerPay(uint256 price, uint32 done, uint32 total) view returns(uint256)
func (marketplace *Marketplace) TryPackOwnerPay(price *big.Int, done uint32, total uint32) ([]byte, error) {
	return marketplace.abi.Pack("ownerPay", price, done, total)
}

// UnpackOwnerPay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18df4da3.
//
// Solidity: function ownerPay(uint256 price, uint32 done, uint32 total) view returns(uint256)
func (marketplace *Marketplace) UnpackOwnerPay(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("ownerPay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPayloadReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56635e80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payloadReceiptDigest(uint256 id, address owner, bytes32 payloadHash) view returns(bytes32)
func (marketplace *Marketplace) PackPayloadReceiptDigest(id *big.Int, owner common.Address, payloadHash [32]byte) []byte {
	enc, err := marketplace.abi.Pack("payloadReceiptDigest", id, owner, payloadHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayloadReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56635e80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payloadReceiptDigest(uint256 id, address owner, bytes32 payloadHash) view returns(bytes32)
func (marketplace *Marketplace) TryPackPayloadReceiptDigest(id *big.Int, owner common.Address, payloadHash [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("payloadReceiptDigest", id, owner, payloadHash)
}

// UnpackPayloadReceiptDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56635e80.
//
// Solidity: function payloadReceiptDigest(uint256 id, address owner, bytes32 payloadHash) view returns(bytes32)
func (marketplace *Marketplace) UnpackPayloadReceiptDigest(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("payloadReceiptDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublishDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb407c2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishDataset((bytes32,string,bytes32,uint256,uint256,uint8,uint64,uint64,uint64,uint16) p, bytes metadata) returns(uint256 id)
func (marketplace *Marketplace) PackPublishDataset(p CatalogPublishParams, metadata []byte) []byte {
	enc, err := marketplace.abi.Pack("publishDataset", p, metadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb407c2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishDataset((bytes32,string,bytes32,uint256,uint256,uint8,uint64,uint64,uint64,uint16) p, bytes metadata) returns(uint256 id)
func (marketplace *Marketplace) TryPackPublishDataset(p CatalogPublishParams, metadata []byte) ([]byte, error) {
	return marketplace.abi.Pack("publishDataset", p, metadata)
}

// UnpackPublishDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb407c2fa.
//
// Solidity: function publishDataset((bytes32,string,bytes32,uint256,uint256,uint8,uint64,uint64,uint64,uint16) p, bytes metadata) returns(uint256 id)
func (marketplace *Marketplace) UnpackPublishDataset(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("publishDataset", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd13e44f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptDigest(uint256 id, address owner, uint32 rounds) view returns(bytes32)
func (marketplace *Marketplace) PackReceiptDigest(id *big.Int, owner common.Address, rounds uint32) []byte {
	enc, err := marketplace.abi.Pack("receiptDigest", id, owner, rounds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd13e44f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptDigest(uint256 id, address owner, uint32 rounds) view returns(bytes32)
func (marketplace *Marketplace) TryPackReceiptDigest(id *big.Int, owner common.Address, rounds uint32) ([]byte, error) {
	return marketplace.abi.Pack("receiptDigest", id, owner, rounds)
}

// UnpackReceiptDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd13e44f1.
//
// Solidity: function receiptDigest(uint256 id, address owner, uint32 rounds) view returns(bytes32)
func (marketplace *Marketplace) UnpackReceiptDigest(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("receiptDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRedeemWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb79a6459.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemWindow() view returns(uint64)
func (marketplace *Marketplace) PackRedeemWindow() []byte {
	enc, err := marketplace.abi.Pack("redeemWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb79a6459.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemWindow() view returns(uint64)
func (marketplace *Marketplace) TryPackRedeemWindow() ([]byte, error) {
	return marketplace.abi.Pack("redeemWindow")
}

// UnpackRedeemWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb79a6459.
//
// Solidity: function redeemWindow() view returns(uint64)
func (marketplace *Marketplace) UnpackRedeemWindow(data []byte) (uint64, error) {
	out, err := marketplace.abi.Unpack("redeemWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRegisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcbfa84a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerNode(string endpoint, bytes32 tlsKey, uint8 roles, uint256 fee) payable returns()
func (marketplace *Marketplace) PackRegisterNode(endpoint string, tlsKey [32]byte, roles uint8, fee *big.Int) []byte {
	enc, err := marketplace.abi.Pack("registerNode", endpoint, tlsKey, roles, fee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcbfa84a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerNode(string endpoint, bytes32 tlsKey, uint8 roles, uint256 fee) payable returns()
func (marketplace *Marketplace) TryPackRegisterNode(endpoint string, tlsKey [32]byte, roles uint8, fee *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("registerNode", endpoint, tlsKey, roles, fee)
}

// PackRestrictDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15aed5d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function restrictDataset(uint256 id, uint64 budget, uint64 maxDelta, uint64 deltaBudget) returns()
func (marketplace *Marketplace) PackRestrictDataset(id *big.Int, budget uint64, maxDelta uint64, deltaBudget uint64) []byte {
	enc, err := marketplace.abi.Pack("restrictDataset", id, budget, maxDelta, deltaBudget)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRestrictDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15aed5d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function restrictDataset(uint256 id, uint64 budget, uint64 maxDelta, uint64 deltaBudget) returns()
func (marketplace *Marketplace) TryPackRestrictDataset(id *big.Int, budget uint64, maxDelta uint64, deltaBudget uint64) ([]byte, error) {
	return marketplace.abi.Pack("restrictDataset", id, budget, maxDelta, deltaBudget)
}

// PackResultCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7cdee5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultCommitment(uint256 id, address owner, bytes32 payloadHash) pure returns(bytes32)
func (marketplace *Marketplace) PackResultCommitment(id *big.Int, owner common.Address, payloadHash [32]byte) []byte {
	enc, err := marketplace.abi.Pack("resultCommitment", id, owner, payloadHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7cdee5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultCommitment(uint256 id, address owner, bytes32 payloadHash) pure returns(bytes32)
func (marketplace *Marketplace) TryPackResultCommitment(id *big.Int, owner common.Address, payloadHash [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("resultCommitment", id, owner, payloadHash)
}

// UnpackResultCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7cdee5b.
//
// Solidity: function resultCommitment(uint256 id, address owner, bytes32 payloadHash) pure returns(bytes32)
func (marketplace *Marketplace) UnpackResultCommitment(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("resultCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSettleJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f64d03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleJob(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) PackSettleJob(id *big.Int, terms []byte) []byte {
	enc, err := marketplace.abi.Pack("settleJob", id, terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f64d03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleJob(uint256 id, bytes terms) returns()
func (marketplace *Marketplace) TryPackSettleJob(id *big.Int, terms []byte) ([]byte, error) {
	return marketplace.abi.Pack("settleJob", id, terms)
}

// PackSubmitJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77fb6b9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitJob((bytes32,string,uint8,uint256[],uint64,uint64,uint32,uint16,uint16,address[],uint64,uint256) p, bytes spec) payable returns(uint256 id)
func (marketplace *Marketplace) PackSubmitJob(p MarketStateJobParams, spec []byte) []byte {
	enc, err := marketplace.abi.Pack("submitJob", p, spec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77fb6b9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitJob((bytes32,string,uint8,uint256[],uint64,uint64,uint32,uint16,uint16,address[],uint64,uint256) p, bytes spec) payable returns(uint256 id)
func (marketplace *Marketplace) TryPackSubmitJob(p MarketStateJobParams, spec []byte) ([]byte, error) {
	return marketplace.abi.Pack("submitJob", p, spec)
}

// UnpackSubmitJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77fb6b9f.
//
// Solidity: function submitJob((bytes32,string,uint8,uint256[],uint64,uint64,uint32,uint16,uint16,address[],uint64,uint256) p, bytes spec) payable returns(uint256 id)
func (marketplace *Marketplace) UnpackSubmitJob(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("submitJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBurned() view returns(uint256)
func (marketplace *Marketplace) PackTotalBurned() []byte {
	enc, err := marketplace.abi.Pack("totalBurned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBurned() view returns(uint256)
func (marketplace *Marketplace) TryPackTotalBurned() ([]byte, error) {
	return marketplace.abi.Pack("totalBurned")
}

// UnpackTotalBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd89135cd.
//
// Solidity: function totalBurned() view returns(uint256)
func (marketplace *Marketplace) UnpackTotalBurned(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("totalBurned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalStaked() view returns(uint256)
func (marketplace *Marketplace) PackTotalStaked() []byte {
	enc, err := marketplace.abi.Pack("totalStaked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalStaked() view returns(uint256)
func (marketplace *Marketplace) TryPackTotalStaked() ([]byte, error) {
	return marketplace.abi.Pack("totalStaked")
}

// UnpackTotalStaked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x817b1cd2.
//
// Solidity: function totalStaked() view returns(uint256)
func (marketplace *Marketplace) UnpackTotalStaked(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("totalStaked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnregisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d385cf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unregisterNode() returns()
func (marketplace *Marketplace) PackUnregisterNode() []byte {
	enc, err := marketplace.abi.Pack("unregisterNode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnregisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d385cf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unregisterNode() returns()
func (marketplace *Marketplace) TryPackUnregisterNode() ([]byte, error) {
	return marketplace.abi.Pack("unregisterNode")
}

// PackUnstakeDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3222012f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstakeDelay() view returns(uint64)
func (marketplace *Marketplace) PackUnstakeDelay() []byte {
	enc, err := marketplace.abi.Pack("unstakeDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnstakeDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3222012f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unstakeDelay() view returns(uint64)
func (marketplace *Marketplace) TryPackUnstakeDelay() ([]byte, error) {
	return marketplace.abi.Pack("unstakeDelay")
}

// UnpackUnstakeDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3222012f.
//
// Solidity: function unstakeDelay() view returns(uint64)
func (marketplace *Marketplace) UnpackUnstakeDelay(data []byte) (uint64, error) {
	out, err := marketplace.abi.Unpack("unstakeDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUpdateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3446cdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDataset(uint256 id, uint256 price, uint256 submitFee, uint8 engines, bool paused) returns()
func (marketplace *Marketplace) PackUpdateDataset(id *big.Int, price *big.Int, submitFee *big.Int, engines uint8, paused bool) []byte {
	enc, err := marketplace.abi.Pack("updateDataset", id, price, submitFee, engines, paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3446cdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDataset(uint256 id, uint256 price, uint256 submitFee, uint8 engines, bool paused) returns()
func (marketplace *Marketplace) TryPackUpdateDataset(id *big.Int, price *big.Int, submitFee *big.Int, engines uint8, paused bool) ([]byte, error) {
	return marketplace.abi.Pack("updateDataset", id, price, submitFee, engines, paused)
}

// PackUpdateNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e730e0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateNode(string endpoint, bytes32 tlsKey, uint8 roles, uint256 fee) payable returns()
func (marketplace *Marketplace) PackUpdateNode(endpoint string, tlsKey [32]byte, roles uint8, fee *big.Int) []byte {
	enc, err := marketplace.abi.Pack("updateNode", endpoint, tlsKey, roles, fee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e730e0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateNode(string endpoint, bytes32 tlsKey, uint8 roles, uint256 fee) payable returns()
func (marketplace *Marketplace) TryPackUpdateNode(endpoint string, tlsKey [32]byte, roles uint8, fee *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("updateNode", endpoint, tlsKey, roles, fee)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (marketplace *Marketplace) PackWithdraw() []byte {
	enc, err := marketplace.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (marketplace *Marketplace) TryPackWithdraw() ([]byte, error) {
	return marketplace.abi.Pack("withdraw")
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72b0d90c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(address to) returns()
func (marketplace *Marketplace) PackWithdrawTo(to common.Address) []byte {
	enc, err := marketplace.abi.Pack("withdrawTo", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72b0d90c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(address to) returns()
func (marketplace *Marketplace) TryPackWithdrawTo(to common.Address) ([]byte, error) {
	return marketplace.abi.Pack("withdrawTo", to)
}

// MarketplaceBondForfeited represents a BondForfeited event raised by the Marketplace contract.
type MarketplaceBondForfeited struct {
	Id     *big.Int
	Owner  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceBondForfeitedEventName = "BondForfeited"

// ContractEventName returns the user-defined event name.
func (MarketplaceBondForfeited) ContractEventName() string {
	return MarketplaceBondForfeitedEventName
}

// UnpackBondForfeitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondForfeited(uint256 indexed id, address indexed owner, uint256 amount)
func (marketplace *Marketplace) UnpackBondForfeitedEvent(log *types.Log) (*MarketplaceBondForfeited, error) {
	event := "BondForfeited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceBondForfeited)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceCredited represents a Credited event raised by the Marketplace contract.
type MarketplaceCredited struct {
	Account common.Address
	JobId   *big.Int
	Amount  *big.Int
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (MarketplaceCredited) ContractEventName() string {
	return MarketplaceCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, uint256 indexed jobId, uint256 amount, uint8 reason)
func (marketplace *Marketplace) UnpackCreditedEvent(log *types.Log) (*MarketplaceCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceCredited)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDatasetPublished represents a DatasetPublished event raised by the Marketplace contract.
type MarketplaceDatasetPublished struct {
	Id           *big.Int
	Owner        common.Address
	Sha256Digest [32]byte
	Uri          string
	MetaHash     [32]byte
	Price        *big.Int
	SubmitFee    *big.Int
	Engines      uint8
	Budget       uint64
	MaxDelta     uint64
	DeltaBudget  uint64
	MinOwners    uint16
	Metadata     []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const MarketplaceDatasetPublishedEventName = "DatasetPublished"

// ContractEventName returns the user-defined event name.
func (MarketplaceDatasetPublished) ContractEventName() string {
	return MarketplaceDatasetPublishedEventName
}

// UnpackDatasetPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetPublished(uint256 indexed id, address indexed owner, bytes32 sha256Digest, string uri, bytes32 metaHash, uint256 price, uint256 submitFee, uint8 engines, uint64 budget, uint64 maxDelta, uint64 deltaBudget, uint16 minOwners, bytes metadata)
func (marketplace *Marketplace) UnpackDatasetPublishedEvent(log *types.Log) (*MarketplaceDatasetPublished, error) {
	event := "DatasetPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDatasetPublished)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDatasetRestricted represents a DatasetRestricted event raised by the Marketplace contract.
type MarketplaceDatasetRestricted struct {
	Id          *big.Int
	Budget      uint64
	MaxDelta    uint64
	DeltaBudget uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketplaceDatasetRestrictedEventName = "DatasetRestricted"

// ContractEventName returns the user-defined event name.
func (MarketplaceDatasetRestricted) ContractEventName() string {
	return MarketplaceDatasetRestrictedEventName
}

// UnpackDatasetRestrictedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetRestricted(uint256 indexed id, uint64 budget, uint64 maxDelta, uint64 deltaBudget)
func (marketplace *Marketplace) UnpackDatasetRestrictedEvent(log *types.Log) (*MarketplaceDatasetRestricted, error) {
	event := "DatasetRestricted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDatasetRestricted)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDatasetUpdated represents a DatasetUpdated event raised by the Marketplace contract.
type MarketplaceDatasetUpdated struct {
	Id        *big.Int
	Price     *big.Int
	SubmitFee *big.Int
	Engines   uint8
	Paused    bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceDatasetUpdatedEventName = "DatasetUpdated"

// ContractEventName returns the user-defined event name.
func (MarketplaceDatasetUpdated) ContractEventName() string {
	return MarketplaceDatasetUpdatedEventName
}

// UnpackDatasetUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetUpdated(uint256 indexed id, uint256 price, uint256 submitFee, uint8 engines, bool paused)
func (marketplace *Marketplace) UnpackDatasetUpdatedEvent(log *types.Log) (*MarketplaceDatasetUpdated, error) {
	event := "DatasetUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDatasetUpdated)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceJobAborted represents a JobAborted event raised by the Marketplace contract.
type MarketplaceJobAborted struct {
	Id     *big.Int
	Reason string
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobAbortedEventName = "JobAborted"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobAborted) ContractEventName() string {
	return MarketplaceJobAbortedEventName
}

// UnpackJobAbortedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobAborted(uint256 indexed id, string reason)
func (marketplace *Marketplace) UnpackJobAbortedEvent(log *types.Log) (*MarketplaceJobAborted, error) {
	event := "JobAborted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceJobAborted)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceJobAccepted represents a JobAccepted event raised by the Marketplace contract.
type MarketplaceJobAccepted struct {
	Id          *big.Int
	Participant common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobAcceptedEventName = "JobAccepted"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobAccepted) ContractEventName() string {
	return MarketplaceJobAcceptedEventName
}

// UnpackJobAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobAccepted(uint256 indexed id, address indexed participant)
func (marketplace *Marketplace) UnpackJobAcceptedEvent(log *types.Log) (*MarketplaceJobAccepted, error) {
	event := "JobAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceJobAccepted)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceJobCancelled represents a JobCancelled event raised by the Marketplace contract.
type MarketplaceJobCancelled struct {
	Id     *big.Int
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobCancelledEventName = "JobCancelled"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobCancelled) ContractEventName() string {
	return MarketplaceJobCancelledEventName
}

// UnpackJobCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCancelled(uint256 indexed id, uint256 refund)
func (marketplace *Marketplace) UnpackJobCancelledEvent(log *types.Log) (*MarketplaceJobCancelled, error) {
	event := "JobCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceJobCancelled)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceJobClosed represents a JobClosed event raised by the Marketplace contract.
type MarketplaceJobClosed struct {
	Id     *big.Int
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobClosedEventName = "JobClosed"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobClosed) ContractEventName() string {
	return MarketplaceJobClosedEventName
}

// UnpackJobClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobClosed(uint256 indexed id, uint256 refund)
func (marketplace *Marketplace) UnpackJobClosedEvent(log *types.Log) (*MarketplaceJobClosed, error) {
	event := "JobClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceJobClosed)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceJobDeclined represents a JobDeclined event raised by the Marketplace contract.
type MarketplaceJobDeclined struct {
	Id          *big.Int
	Participant common.Address
	Reason      string
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobDeclinedEventName = "JobDeclined"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobDeclined) ContractEventName() string {
	return MarketplaceJobDeclinedEventName
}

// UnpackJobDeclinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobDeclined(uint256 indexed id, address indexed participant, string reason)
func (marketplace *Marketplace) UnpackJobDeclinedEvent(log *types.Log) (*MarketplaceJobDeclined, error) {
	event := "JobDeclined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceJobDeclined)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceJobFailed represents a JobFailed event raised by the Marketplace contract.
type MarketplaceJobFailed struct {
	Id      *big.Int
	Reason  uint8
	Refund  *big.Int
	Slashed *big.Int
	Burned  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobFailedEventName = "JobFailed"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobFailed) ContractEventName() string {
	return MarketplaceJobFailedEventName
}

// UnpackJobFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobFailed(uint256 indexed id, uint8 reason, uint256 refund, uint256 slashed, uint256 burned)
func (marketplace *Marketplace) UnpackJobFailedEvent(log *types.Log) (*MarketplaceJobFailed, error) {
	event := "JobFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceJobFailed)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceJobSettled represents a JobSettled event raised by the Marketplace contract.
type MarketplaceJobSettled struct {
	Id   *big.Int
	Fees *big.Int
	Raw  *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobSettledEventName = "JobSettled"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobSettled) ContractEventName() string {
	return MarketplaceJobSettledEventName
}

// UnpackJobSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSettled(uint256 indexed id, uint256 fees)
func (marketplace *Marketplace) UnpackJobSettledEvent(log *types.Log) (*MarketplaceJobSettled, error) {
	event := "JobSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceJobSettled)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceJobSpec represents a JobSpec event raised by the Marketplace contract.
type MarketplaceJobSpec struct {
	Id      *big.Int
	SpecURI string
	Spec    []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobSpecEventName = "JobSpec"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobSpec) ContractEventName() string {
	return MarketplaceJobSpecEventName
}

// UnpackJobSpecEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSpec(uint256 indexed id, string specURI, bytes spec)
func (marketplace *Marketplace) UnpackJobSpecEvent(log *types.Log) (*MarketplaceJobSpec, error) {
	event := "JobSpec"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceJobSpec)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceJobStarted represents a JobStarted event raised by the Marketplace contract.
type MarketplaceJobStarted struct {
	Id             *big.Int
	OwnersAccepted uint16
	Raw            *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobStartedEventName = "JobStarted"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobStarted) ContractEventName() string {
	return MarketplaceJobStartedEventName
}

// UnpackJobStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobStarted(uint256 indexed id, uint16 ownersAccepted)
func (marketplace *Marketplace) UnpackJobStartedEvent(log *types.Log) (*MarketplaceJobStarted, error) {
	event := "JobStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceJobStarted)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceJobSubmitted represents a JobSubmitted event raised by the Marketplace contract.
type MarketplaceJobSubmitted struct {
	Id        *big.Int
	Buyer     common.Address
	SpecHash  [32]byte
	Engine    uint8
	Epsilon   uint64
	Delta     uint64
	Rounds    uint32
	Dropouts  uint16
	Colluders uint16
	AcceptBy  uint64
	Deadline  uint64
	Payment   *big.Int
	Terms     []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobSubmittedEventName = "JobSubmitted"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobSubmitted) ContractEventName() string {
	return MarketplaceJobSubmittedEventName
}

// UnpackJobSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSubmitted(uint256 indexed id, address indexed buyer, bytes32 specHash, uint8 engine, uint64 epsilon, uint64 delta, uint32 rounds, uint16 dropouts, uint16 colluders, uint64 acceptBy, uint64 deadline, uint256 payment, bytes terms)
func (marketplace *Marketplace) UnpackJobSubmittedEvent(log *types.Log) (*MarketplaceJobSubmitted, error) {
	event := "JobSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceJobSubmitted)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceNodeRegistered represents a NodeRegistered event raised by the Marketplace contract.
type MarketplaceNodeRegistered struct {
	Node     common.Address
	Endpoint string
	TlsKey   [32]byte
	Roles    uint8
	Fee      *big.Int
	Stake    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceNodeRegisteredEventName = "NodeRegistered"

// ContractEventName returns the user-defined event name.
func (MarketplaceNodeRegistered) ContractEventName() string {
	return MarketplaceNodeRegisteredEventName
}

// UnpackNodeRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRegistered(address indexed node, string endpoint, bytes32 tlsKey, uint8 roles, uint256 fee, uint256 stake)
func (marketplace *Marketplace) UnpackNodeRegisteredEvent(log *types.Log) (*MarketplaceNodeRegistered, error) {
	event := "NodeRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceNodeRegistered)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceNodeUnregistered represents a NodeUnregistered event raised by the Marketplace contract.
type MarketplaceNodeUnregistered struct {
	Node     common.Address
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceNodeUnregisteredEventName = "NodeUnregistered"

// ContractEventName returns the user-defined event name.
func (MarketplaceNodeUnregistered) ContractEventName() string {
	return MarketplaceNodeUnregisteredEventName
}

// UnpackNodeUnregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeUnregistered(address indexed node, uint64 unlockAt)
func (marketplace *Marketplace) UnpackNodeUnregisteredEvent(log *types.Log) (*MarketplaceNodeUnregistered, error) {
	event := "NodeUnregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceNodeUnregistered)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceNodeUpdated represents a NodeUpdated event raised by the Marketplace contract.
type MarketplaceNodeUpdated struct {
	Node     common.Address
	Endpoint string
	TlsKey   [32]byte
	Roles    uint8
	Fee      *big.Int
	Stake    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceNodeUpdatedEventName = "NodeUpdated"

// ContractEventName returns the user-defined event name.
func (MarketplaceNodeUpdated) ContractEventName() string {
	return MarketplaceNodeUpdatedEventName
}

// UnpackNodeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeUpdated(address indexed node, string endpoint, bytes32 tlsKey, uint8 roles, uint256 fee, uint256 stake)
func (marketplace *Marketplace) UnpackNodeUpdatedEvent(log *types.Log) (*MarketplaceNodeUpdated, error) {
	event := "NodeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceNodeUpdated)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceResultCommitted represents a ResultCommitted event raised by the Marketplace contract.
type MarketplaceResultCommitted struct {
	Id          *big.Int
	PayloadHash [32]byte
	BlobHash    [32]byte
	Uri         string
	Delivered   uint8
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketplaceResultCommittedEventName = "ResultCommitted"

// ContractEventName returns the user-defined event name.
func (MarketplaceResultCommitted) ContractEventName() string {
	return MarketplaceResultCommittedEventName
}

// UnpackResultCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultCommitted(uint256 indexed id, bytes32 payloadHash, bytes32 blobHash, string uri, uint8 delivered)
func (marketplace *Marketplace) UnpackResultCommittedEvent(log *types.Log) (*MarketplaceResultCommitted, error) {
	event := "ResultCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceResultCommitted)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceResultConfirmed represents a ResultConfirmed event raised by the Marketplace contract.
type MarketplaceResultConfirmed struct {
	Id         *big.Int
	Owner      common.Address
	Commitment [32]byte
	Rounds     uint32
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const MarketplaceResultConfirmedEventName = "ResultConfirmed"

// ContractEventName returns the user-defined event name.
func (MarketplaceResultConfirmed) ContractEventName() string {
	return MarketplaceResultConfirmedEventName
}

// UnpackResultConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultConfirmed(uint256 indexed id, address indexed owner, bytes32 commitment, uint32 rounds, uint256 amount)
func (marketplace *Marketplace) UnpackResultConfirmedEvent(log *types.Log) (*MarketplaceResultConfirmed, error) {
	event := "ResultConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceResultConfirmed)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceResultDisputed represents a ResultDisputed event raised by the Marketplace contract.
type MarketplaceResultDisputed struct {
	Id       *big.Int
	Owner    common.Address
	Disputes uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceResultDisputedEventName = "ResultDisputed"

// ContractEventName returns the user-defined event name.
func (MarketplaceResultDisputed) ContractEventName() string {
	return MarketplaceResultDisputedEventName
}

// UnpackResultDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultDisputed(uint256 indexed id, address indexed owner, uint8 disputes)
func (marketplace *Marketplace) UnpackResultDisputedEvent(log *types.Log) (*MarketplaceResultDisputed, error) {
	event := "ResultDisputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceResultDisputed)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceStakeReleased represents a StakeReleased event raised by the Marketplace contract.
type MarketplaceStakeReleased struct {
	Node   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceStakeReleasedEventName = "StakeReleased"

// ContractEventName returns the user-defined event name.
func (MarketplaceStakeReleased) ContractEventName() string {
	return MarketplaceStakeReleasedEventName
}

// UnpackStakeReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeReleased(address indexed node, uint256 amount)
func (marketplace *Marketplace) UnpackStakeReleasedEvent(log *types.Log) (*MarketplaceStakeReleased, error) {
	event := "StakeReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceStakeReleased)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceStepAttested represents a StepAttested event raised by the Marketplace contract.
type MarketplaceStepAttested struct {
	Id       *big.Int
	Node     common.Address
	StepHash [32]byte
	Data     []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceStepAttestedEventName = "StepAttested"

// ContractEventName returns the user-defined event name.
func (MarketplaceStepAttested) ContractEventName() string {
	return MarketplaceStepAttestedEventName
}

// UnpackStepAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepAttested(uint256 indexed id, address indexed node, bytes32 stepHash, bytes data)
func (marketplace *Marketplace) UnpackStepAttestedEvent(log *types.Log) (*MarketplaceStepAttested, error) {
	event := "StepAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceStepAttested)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceWithdrawn represents a Withdrawn event raised by the Marketplace contract.
type MarketplaceWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (MarketplaceWithdrawn) ContractEventName() string {
	return MarketplaceWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address to, uint256 amount)
func (marketplace *Marketplace) UnpackWithdrawnEvent(log *types.Log) (*MarketplaceWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceWithdrawn)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (marketplace *Marketplace) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AcceptanceClosed"].ID.Bytes()[:4]) {
		return marketplace.UnpackAcceptanceClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AcceptanceOpen"].ID.Bytes()[:4]) {
		return marketplace.UnpackAcceptanceOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyAccepted"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyAttested"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyClosed"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyConfirmed"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyConfirmedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyDeclined"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyDeclinedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyDisputed"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadCommitments"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadCommitmentsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadPayloadReceipt"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadPayloadReceiptError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadReceipt"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadReceiptError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadTerms"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BondUnavailable"].ID.Bytes()[:4]) {
		return marketplace.UnpackBondUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BudgetBelowCommitted"].ID.Bytes()[:4]) {
		return marketplace.UnpackBudgetBelowCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BudgetExceeded"].ID.Bytes()[:4]) {
		return marketplace.UnpackBudgetExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["CannotLoosen"].ID.Bytes()[:4]) {
		return marketplace.UnpackCannotLoosenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["DatasetPaused"].ID.Bytes()[:4]) {
		return marketplace.UnpackDatasetPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return marketplace.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return marketplace.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["DeltaBudgetExceeded"].ID.Bytes()[:4]) {
		return marketplace.UnpackDeltaBudgetExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["DeltaTooLarge"].ID.Bytes()[:4]) {
		return marketplace.UnpackDeltaTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["DuplicateCompute"].ID.Bytes()[:4]) {
		return marketplace.UnpackDuplicateComputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["DuplicateOwner"].ID.Bytes()[:4]) {
		return marketplace.UnpackDuplicateOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["EngineNotAllowed"].ID.Bytes()[:4]) {
		return marketplace.UnpackEngineNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["HasAcceptances"].ID.Bytes()[:4]) {
		return marketplace.UnpackHasAcceptancesError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InsufficientPayment"].ID.Bytes()[:4]) {
		return marketplace.UnpackInsufficientPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return marketplace.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidBudget"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidBudgetError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidCompute"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidComputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidDatasets"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidDatasetsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidDeadline"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidDeadlineError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidDelta"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidDeltaError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidDigest"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidDigestError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidDropouts"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidDropoutsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidEndpoint"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidEndpointError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidEngine"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidEngineError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidEngines"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidEnginesError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidEpsilon"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidEpsilonError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidFee"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidMinOwners"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidMinOwnersError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidPrice"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidReason"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidReasonError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidRecipient"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidResult"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidRoles"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidRolesError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidRounds"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidRoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidSpec"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidSpecError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidStep"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidURI"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidURIError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["MetadataHashMismatch"].ID.Bytes()[:4]) {
		return marketplace.UnpackMetadataHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NoStake"].ID.Bytes()[:4]) {
		return marketplace.UnpackNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NodeBusy"].ID.Bytes()[:4]) {
		return marketplace.UnpackNodeBusyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotAccepted"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotAggregator"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotAggregatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotBuyer"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotBuyerError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotComputeNode"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotComputeNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotDatasetOwner"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotDatasetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotDecided"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotDecidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotDelegated"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotDelegatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotDisputed"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotHelper"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotHelperError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotOwnerRole"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotOwnerRoleError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotParticipant"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotParticipantError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return marketplace.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["ParticipantConflict"].ID.Bytes()[:4]) {
		return marketplace.UnpackParticipantConflictError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["PriceAboveMax"].ID.Bytes()[:4]) {
		return marketplace.UnpackPriceAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["RedeemWindowClosed"].ID.Bytes()[:4]) {
		return marketplace.UnpackRedeemWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["RedeemWindowOpen"].ID.Bytes()[:4]) {
		return marketplace.UnpackRedeemWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["SpecHashMismatch"].ID.Bytes()[:4]) {
		return marketplace.UnpackSpecHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return marketplace.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["StillRegistered"].ID.Bytes()[:4]) {
		return marketplace.UnpackStillRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["TooFewOwners"].ID.Bytes()[:4]) {
		return marketplace.UnpackTooFewOwnersError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return marketplace.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["UnknownDataset"].ID.Bytes()[:4]) {
		return marketplace.UnpackUnknownDatasetError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["UnknownJob"].ID.Bytes()[:4]) {
		return marketplace.UnpackUnknownJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return marketplace.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return marketplace.UnpackWrongStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketplaceAcceptanceClosed represents a AcceptanceClosed error raised by the Marketplace contract.
type MarketplaceAcceptanceClosed struct {
	Id       *big.Int
	AcceptBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AcceptanceClosed(uint256 id, uint64 acceptBy)
func MarketplaceAcceptanceClosedErrorID() common.Hash {
	return common.HexToHash("0x1229aea15d783c78ab1e3c4553d1fc1f5e4d948c04498a99c073588fff2786b2")
}

// UnpackAcceptanceClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AcceptanceClosed(uint256 id, uint64 acceptBy)
func (marketplace *Marketplace) UnpackAcceptanceClosedError(raw []byte) (*MarketplaceAcceptanceClosed, error) {
	out := new(MarketplaceAcceptanceClosed)
	if err := marketplace.abi.UnpackIntoInterface(out, "AcceptanceClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAcceptanceOpen represents a AcceptanceOpen error raised by the Marketplace contract.
type MarketplaceAcceptanceOpen struct {
	Id       *big.Int
	AcceptBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AcceptanceOpen(uint256 id, uint64 acceptBy)
func MarketplaceAcceptanceOpenErrorID() common.Hash {
	return common.HexToHash("0xdc19fa0fde24676c613451d8a5802db855e8720e7c615716dc2c745f19131341")
}

// UnpackAcceptanceOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AcceptanceOpen(uint256 id, uint64 acceptBy)
func (marketplace *Marketplace) UnpackAcceptanceOpenError(raw []byte) (*MarketplaceAcceptanceOpen, error) {
	out := new(MarketplaceAcceptanceOpen)
	if err := marketplace.abi.UnpackIntoInterface(out, "AcceptanceOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAlreadyAccepted represents a AlreadyAccepted error raised by the Marketplace contract.
type MarketplaceAlreadyAccepted struct {
	Id  *big.Int
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAccepted(uint256 id, address who)
func MarketplaceAlreadyAcceptedErrorID() common.Hash {
	return common.HexToHash("0x8434df81983d10930cea47e732d98d2dc8636a83a00228baea3265e324bf4edc")
}

// UnpackAlreadyAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAccepted(uint256 id, address who)
func (marketplace *Marketplace) UnpackAlreadyAcceptedError(raw []byte) (*MarketplaceAlreadyAccepted, error) {
	out := new(MarketplaceAlreadyAccepted)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAlreadyAttested represents a AlreadyAttested error raised by the Marketplace contract.
type MarketplaceAlreadyAttested struct {
	Id   *big.Int
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAttested(uint256 id, address node)
func MarketplaceAlreadyAttestedErrorID() common.Hash {
	return common.HexToHash("0xc7b626fd2838dd2afab0725e992ae19247260e6ec43aebc299f943ce94f61ffb")
}

// UnpackAlreadyAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAttested(uint256 id, address node)
func (marketplace *Marketplace) UnpackAlreadyAttestedError(raw []byte) (*MarketplaceAlreadyAttested, error) {
	out := new(MarketplaceAlreadyAttested)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAlreadyClosed represents a AlreadyClosed error raised by the Marketplace contract.
type MarketplaceAlreadyClosed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClosed(uint256 id)
func MarketplaceAlreadyClosedErrorID() common.Hash {
	return common.HexToHash("0x5e3e0128a6563dcc338ffa5e5c23b2d8bc00a3a231cace34d59dff00e205df0a")
}

// UnpackAlreadyClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClosed(uint256 id)
func (marketplace *Marketplace) UnpackAlreadyClosedError(raw []byte) (*MarketplaceAlreadyClosed, error) {
	out := new(MarketplaceAlreadyClosed)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAlreadyCommitted represents a AlreadyCommitted error raised by the Marketplace contract.
type MarketplaceAlreadyCommitted struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 id)
func MarketplaceAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0x1b6804f4af7eb0e0bbf76cf899950fcc27f4482e6fdf77a48c8fe6a72cc9329a")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 id)
func (marketplace *Marketplace) UnpackAlreadyCommittedError(raw []byte) (*MarketplaceAlreadyCommitted, error) {
	out := new(MarketplaceAlreadyCommitted)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAlreadyConfirmed represents a AlreadyConfirmed error raised by the Marketplace contract.
type MarketplaceAlreadyConfirmed struct {
	Id    *big.Int
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyConfirmed(uint256 id, address owner)
func MarketplaceAlreadyConfirmedErrorID() common.Hash {
	return common.HexToHash("0x8f68cf729218712be897d073ba505ce423c0ea2d288be6b94c512639c735d86d")
}

// UnpackAlreadyConfirmedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyConfirmed(uint256 id, address owner)
func (marketplace *Marketplace) UnpackAlreadyConfirmedError(raw []byte) (*MarketplaceAlreadyConfirmed, error) {
	out := new(MarketplaceAlreadyConfirmed)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyConfirmed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAlreadyDeclined represents a AlreadyDeclined error raised by the Marketplace contract.
type MarketplaceAlreadyDeclined struct {
	Id  *big.Int
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDeclined(uint256 id, address who)
func MarketplaceAlreadyDeclinedErrorID() common.Hash {
	return common.HexToHash("0x0482915d98d379caa5e3c9dde9bec03afe671dc9ba82c1d348009bc6c178e1c4")
}

// UnpackAlreadyDeclinedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDeclined(uint256 id, address who)
func (marketplace *Marketplace) UnpackAlreadyDeclinedError(raw []byte) (*MarketplaceAlreadyDeclined, error) {
	out := new(MarketplaceAlreadyDeclined)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyDeclined", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAlreadyDisputed represents a AlreadyDisputed error raised by the Marketplace contract.
type MarketplaceAlreadyDisputed struct {
	Id    *big.Int
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDisputed(uint256 id, address owner)
func MarketplaceAlreadyDisputedErrorID() common.Hash {
	return common.HexToHash("0x43cf5ae35824088a412c99d11380a6d4014788d4e3ec3d760450afb0ef369724")
}

// UnpackAlreadyDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDisputed(uint256 id, address owner)
func (marketplace *Marketplace) UnpackAlreadyDisputedError(raw []byte) (*MarketplaceAlreadyDisputed, error) {
	out := new(MarketplaceAlreadyDisputed)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAlreadyRegistered represents a AlreadyRegistered error raised by the Marketplace contract.
type MarketplaceAlreadyRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address node)
func MarketplaceAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address node)
func (marketplace *Marketplace) UnpackAlreadyRegisteredError(raw []byte) (*MarketplaceAlreadyRegistered, error) {
	out := new(MarketplaceAlreadyRegistered)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadCommitments represents a BadCommitments error raised by the Marketplace contract.
type MarketplaceBadCommitments struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadCommitments(uint256 id)
func MarketplaceBadCommitmentsErrorID() common.Hash {
	return common.HexToHash("0xe32639edcf630ceefe77d12aaa6a4188a2dc9146c3a98b9dd027b613b902332d")
}

// UnpackBadCommitmentsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadCommitments(uint256 id)
func (marketplace *Marketplace) UnpackBadCommitmentsError(raw []byte) (*MarketplaceBadCommitments, error) {
	out := new(MarketplaceBadCommitments)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadCommitments", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadPayloadReceipt represents a BadPayloadReceipt error raised by the Marketplace contract.
type MarketplaceBadPayloadReceipt struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPayloadReceipt()
func MarketplaceBadPayloadReceiptErrorID() common.Hash {
	return common.HexToHash("0xaee1e05d5e97348c5654336e3de0138556dc9dad236c5f90b3a5afaf09b761cc")
}

// UnpackBadPayloadReceiptError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPayloadReceipt()
func (marketplace *Marketplace) UnpackBadPayloadReceiptError(raw []byte) (*MarketplaceBadPayloadReceipt, error) {
	out := new(MarketplaceBadPayloadReceipt)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadPayloadReceipt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadReceipt represents a BadReceipt error raised by the Marketplace contract.
type MarketplaceBadReceipt struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReceipt()
func MarketplaceBadReceiptErrorID() common.Hash {
	return common.HexToHash("0x6f996f503e0636c877463d7d0dc8600f5873f12ab37c54f67b0cc1104d1af71f")
}

// UnpackBadReceiptError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReceipt()
func (marketplace *Marketplace) UnpackBadReceiptError(raw []byte) (*MarketplaceBadReceipt, error) {
	out := new(MarketplaceBadReceipt)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadReceipt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadTerms represents a BadTerms error raised by the Marketplace contract.
type MarketplaceBadTerms struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTerms(uint256 id)
func MarketplaceBadTermsErrorID() common.Hash {
	return common.HexToHash("0xb903b94a9e532797ec737f6dcfe42c0020e29080212868267cf76572775e4dd0")
}

// UnpackBadTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTerms(uint256 id)
func (marketplace *Marketplace) UnpackBadTermsError(raw []byte) (*MarketplaceBadTerms, error) {
	out := new(MarketplaceBadTerms)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBondUnavailable represents a BondUnavailable error raised by the Marketplace contract.
type MarketplaceBondUnavailable struct {
	Available *big.Int
	Bond      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondUnavailable(uint256 available, uint256 bond)
func MarketplaceBondUnavailableErrorID() common.Hash {
	return common.HexToHash("0xf2e13c8d6c5e925738ae9a18efecdf4aa738b99e1fec14a6228312696540b268")
}

// UnpackBondUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondUnavailable(uint256 available, uint256 bond)
func (marketplace *Marketplace) UnpackBondUnavailableError(raw []byte) (*MarketplaceBondUnavailable, error) {
	out := new(MarketplaceBondUnavailable)
	if err := marketplace.abi.UnpackIntoInterface(out, "BondUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBudgetBelowCommitted represents a BudgetBelowCommitted error raised by the Marketplace contract.
type MarketplaceBudgetBelowCommitted struct {
	Id        *big.Int
	Committed uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BudgetBelowCommitted(uint256 id, uint64 committed)
func MarketplaceBudgetBelowCommittedErrorID() common.Hash {
	return common.HexToHash("0xe1355fd699e806fb636341d4027999464a4706ed10d9ca319844e14dbd322915")
}

// UnpackBudgetBelowCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BudgetBelowCommitted(uint256 id, uint64 committed)
func (marketplace *Marketplace) UnpackBudgetBelowCommittedError(raw []byte) (*MarketplaceBudgetBelowCommitted, error) {
	out := new(MarketplaceBudgetBelowCommitted)
	if err := marketplace.abi.UnpackIntoInterface(out, "BudgetBelowCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBudgetExceeded represents a BudgetExceeded error raised by the Marketplace contract.
type MarketplaceBudgetExceeded struct {
	Id        *big.Int
	Requested uint64
	Remaining uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BudgetExceeded(uint256 id, uint64 requested, uint64 remaining)
func MarketplaceBudgetExceededErrorID() common.Hash {
	return common.HexToHash("0xa73681efe302ddb0ddc08e522f92255908bd850340732aa5b4e5fd7e5b86a6bc")
}

// UnpackBudgetExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BudgetExceeded(uint256 id, uint64 requested, uint64 remaining)
func (marketplace *Marketplace) UnpackBudgetExceededError(raw []byte) (*MarketplaceBudgetExceeded, error) {
	out := new(MarketplaceBudgetExceeded)
	if err := marketplace.abi.UnpackIntoInterface(out, "BudgetExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceCannotLoosen represents a CannotLoosen error raised by the Marketplace contract.
type MarketplaceCannotLoosen struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotLoosen(uint256 id)
func MarketplaceCannotLoosenErrorID() common.Hash {
	return common.HexToHash("0x120e3b58f773bbbef1c668ae1ba98926b0f30e2dbff3d74c91923925ff8689bf")
}

// UnpackCannotLoosenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotLoosen(uint256 id)
func (marketplace *Marketplace) UnpackCannotLoosenError(raw []byte) (*MarketplaceCannotLoosen, error) {
	out := new(MarketplaceCannotLoosen)
	if err := marketplace.abi.UnpackIntoInterface(out, "CannotLoosen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDatasetPaused represents a DatasetPaused error raised by the Marketplace contract.
type MarketplaceDatasetPaused struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatasetPaused(uint256 id)
func MarketplaceDatasetPausedErrorID() common.Hash {
	return common.HexToHash("0x19b6a4274e4198b85197492bfd0f652164b8dce333e66575c96d7ecb90914284")
}

// UnpackDatasetPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatasetPaused(uint256 id)
func (marketplace *Marketplace) UnpackDatasetPausedError(raw []byte) (*MarketplaceDatasetPaused, error) {
	out := new(MarketplaceDatasetPaused)
	if err := marketplace.abi.UnpackIntoInterface(out, "DatasetPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDeadlineNotReached represents a DeadlineNotReached error raised by the Marketplace contract.
type MarketplaceDeadlineNotReached struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(uint256 id, uint64 deadline)
func MarketplaceDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xad3664a61c7d8080380694d62a51b793f883bf8ff6c001a73d0bf47b714e8175")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(uint256 id, uint64 deadline)
func (marketplace *Marketplace) UnpackDeadlineNotReachedError(raw []byte) (*MarketplaceDeadlineNotReached, error) {
	out := new(MarketplaceDeadlineNotReached)
	if err := marketplace.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDeadlinePassed represents a DeadlinePassed error raised by the Marketplace contract.
type MarketplaceDeadlinePassed struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func MarketplaceDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6f0a34828df90908cf3774b174f2452672331db746c88a2ea16ec99853e591b9")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func (marketplace *Marketplace) UnpackDeadlinePassedError(raw []byte) (*MarketplaceDeadlinePassed, error) {
	out := new(MarketplaceDeadlinePassed)
	if err := marketplace.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDeltaBudgetExceeded represents a DeltaBudgetExceeded error raised by the Marketplace contract.
type MarketplaceDeltaBudgetExceeded struct {
	Id        *big.Int
	Requested uint64
	Remaining uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeltaBudgetExceeded(uint256 id, uint64 requested, uint64 remaining)
func MarketplaceDeltaBudgetExceededErrorID() common.Hash {
	return common.HexToHash("0x1b5aeaf576f71fb84a997f1a052f20bcb09b003841587efd3b28218f598820d0")
}

// UnpackDeltaBudgetExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeltaBudgetExceeded(uint256 id, uint64 requested, uint64 remaining)
func (marketplace *Marketplace) UnpackDeltaBudgetExceededError(raw []byte) (*MarketplaceDeltaBudgetExceeded, error) {
	out := new(MarketplaceDeltaBudgetExceeded)
	if err := marketplace.abi.UnpackIntoInterface(out, "DeltaBudgetExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDeltaTooLarge represents a DeltaTooLarge error raised by the Marketplace contract.
type MarketplaceDeltaTooLarge struct {
	Id       *big.Int
	Delta    uint64
	MaxDelta uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeltaTooLarge(uint256 id, uint64 delta, uint64 maxDelta)
func MarketplaceDeltaTooLargeErrorID() common.Hash {
	return common.HexToHash("0x0f82d41647dca48a260f0d50b09ea5d87b1669d7759b49faa76aa8b4aca10bf2")
}

// UnpackDeltaTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeltaTooLarge(uint256 id, uint64 delta, uint64 maxDelta)
func (marketplace *Marketplace) UnpackDeltaTooLargeError(raw []byte) (*MarketplaceDeltaTooLarge, error) {
	out := new(MarketplaceDeltaTooLarge)
	if err := marketplace.abi.UnpackIntoInterface(out, "DeltaTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDuplicateCompute represents a DuplicateCompute error raised by the Marketplace contract.
type MarketplaceDuplicateCompute struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateCompute(address node)
func MarketplaceDuplicateComputeErrorID() common.Hash {
	return common.HexToHash("0xb494b62d8cfcc4c52ac2197e8b318c9bd930439ca1312032df6704ed8cbdd66a")
}

// UnpackDuplicateComputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateCompute(address node)
func (marketplace *Marketplace) UnpackDuplicateComputeError(raw []byte) (*MarketplaceDuplicateCompute, error) {
	out := new(MarketplaceDuplicateCompute)
	if err := marketplace.abi.UnpackIntoInterface(out, "DuplicateCompute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDuplicateOwner represents a DuplicateOwner error raised by the Marketplace contract.
type MarketplaceDuplicateOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateOwner(address owner)
func MarketplaceDuplicateOwnerErrorID() common.Hash {
	return common.HexToHash("0x2029bc65fecc955e77bcf6b2a3b4e40cdad6d3f4880ec083bf58a3af54ba0aba")
}

// UnpackDuplicateOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateOwner(address owner)
func (marketplace *Marketplace) UnpackDuplicateOwnerError(raw []byte) (*MarketplaceDuplicateOwner, error) {
	out := new(MarketplaceDuplicateOwner)
	if err := marketplace.abi.UnpackIntoInterface(out, "DuplicateOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceEngineNotAllowed represents a EngineNotAllowed error raised by the Marketplace contract.
type MarketplaceEngineNotAllowed struct {
	Id     *big.Int
	Engine uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EngineNotAllowed(uint256 id, uint8 engine)
func MarketplaceEngineNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x6771f8e4d0a2faf21033b97292ab9835b8e52a62566a74fcad0966338b44f3ec")
}

// UnpackEngineNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EngineNotAllowed(uint256 id, uint8 engine)
func (marketplace *Marketplace) UnpackEngineNotAllowedError(raw []byte) (*MarketplaceEngineNotAllowed, error) {
	out := new(MarketplaceEngineNotAllowed)
	if err := marketplace.abi.UnpackIntoInterface(out, "EngineNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceHasAcceptances represents a HasAcceptances error raised by the Marketplace contract.
type MarketplaceHasAcceptances struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasAcceptances(uint256 id)
func MarketplaceHasAcceptancesErrorID() common.Hash {
	return common.HexToHash("0xd3d47f8ea2f4aae1d6cc78b8f9f5d242f18b6b2fa46735dd41046e64d13a50e1")
}

// UnpackHasAcceptancesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasAcceptances(uint256 id)
func (marketplace *Marketplace) UnpackHasAcceptancesError(raw []byte) (*MarketplaceHasAcceptances, error) {
	out := new(MarketplaceHasAcceptances)
	if err := marketplace.abi.UnpackIntoInterface(out, "HasAcceptances", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInsufficientPayment represents a InsufficientPayment error raised by the Marketplace contract.
type MarketplaceInsufficientPayment struct {
	Paid     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientPayment(uint256 paid, uint256 required)
func MarketplaceInsufficientPaymentErrorID() common.Hash {
	return common.HexToHash("0xb99e2ab74a9c2e995ae1a652f5e2850be9926ff7f7c383e9a2f87106a5985716")
}

// UnpackInsufficientPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientPayment(uint256 paid, uint256 required)
func (marketplace *Marketplace) UnpackInsufficientPaymentError(raw []byte) (*MarketplaceInsufficientPayment, error) {
	out := new(MarketplaceInsufficientPayment)
	if err := marketplace.abi.UnpackIntoInterface(out, "InsufficientPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInsufficientStake represents a InsufficientStake error raised by the Marketplace contract.
type MarketplaceInsufficientStake struct {
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 have, uint256 need)
func MarketplaceInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 have, uint256 need)
func (marketplace *Marketplace) UnpackInsufficientStakeError(raw []byte) (*MarketplaceInsufficientStake, error) {
	out := new(MarketplaceInsufficientStake)
	if err := marketplace.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidBudget represents a InvalidBudget error raised by the Marketplace contract.
type MarketplaceInvalidBudget struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBudget()
func MarketplaceInvalidBudgetErrorID() common.Hash {
	return common.HexToHash("0x1d5eff24f8cdfafeecea914e585fe29401c0b6b055e43488b5f41f1863e5f919")
}

// UnpackInvalidBudgetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBudget()
func (marketplace *Marketplace) UnpackInvalidBudgetError(raw []byte) (*MarketplaceInvalidBudget, error) {
	out := new(MarketplaceInvalidBudget)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidBudget", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidCompute represents a InvalidCompute error raised by the Marketplace contract.
type MarketplaceInvalidCompute struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCompute()
func MarketplaceInvalidComputeErrorID() common.Hash {
	return common.HexToHash("0x146dde20c8dc21ab9bc52aab22a819384f02542dc3a6c082649733cacb6060f5")
}

// UnpackInvalidComputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCompute()
func (marketplace *Marketplace) UnpackInvalidComputeError(raw []byte) (*MarketplaceInvalidCompute, error) {
	out := new(MarketplaceInvalidCompute)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidCompute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidConfig represents a InvalidConfig error raised by the Marketplace contract.
type MarketplaceInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func MarketplaceInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (marketplace *Marketplace) UnpackInvalidConfigError(raw []byte) (*MarketplaceInvalidConfig, error) {
	out := new(MarketplaceInvalidConfig)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidDatasets represents a InvalidDatasets error raised by the Marketplace contract.
type MarketplaceInvalidDatasets struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDatasets()
func MarketplaceInvalidDatasetsErrorID() common.Hash {
	return common.HexToHash("0x546c57de0acf66834b362bec2daf0a84cf4d2ed7d9d06ebab067fbf2d8c04f7c")
}

// UnpackInvalidDatasetsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDatasets()
func (marketplace *Marketplace) UnpackInvalidDatasetsError(raw []byte) (*MarketplaceInvalidDatasets, error) {
	out := new(MarketplaceInvalidDatasets)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidDatasets", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidDeadline represents a InvalidDeadline error raised by the Marketplace contract.
type MarketplaceInvalidDeadline struct {
	Deadline uint64
	Earliest uint64
	Latest   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDeadline(uint64 deadline, uint64 earliest, uint64 latest)
func MarketplaceInvalidDeadlineErrorID() common.Hash {
	return common.HexToHash("0x5d26bc378b7c8bfc3a0ac8b6ce89487526145211105ee3523ad4da13afbc16c4")
}

// UnpackInvalidDeadlineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDeadline(uint64 deadline, uint64 earliest, uint64 latest)
func (marketplace *Marketplace) UnpackInvalidDeadlineError(raw []byte) (*MarketplaceInvalidDeadline, error) {
	out := new(MarketplaceInvalidDeadline)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidDeadline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidDelta represents a InvalidDelta error raised by the Marketplace contract.
type MarketplaceInvalidDelta struct {
	Delta uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDelta(uint64 delta)
func MarketplaceInvalidDeltaErrorID() common.Hash {
	return common.HexToHash("0xa2733b6357c9c3c42a242747a5b849a71c58c3dd8da1176f46b1caffd7a26fb3")
}

// UnpackInvalidDeltaError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDelta(uint64 delta)
func (marketplace *Marketplace) UnpackInvalidDeltaError(raw []byte) (*MarketplaceInvalidDelta, error) {
	out := new(MarketplaceInvalidDelta)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidDelta", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidDigest represents a InvalidDigest error raised by the Marketplace contract.
type MarketplaceInvalidDigest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDigest()
func MarketplaceInvalidDigestErrorID() common.Hash {
	return common.HexToHash("0x3e78eb93f221816fd28b990b3c07dba8921aaf75d1cc5bb1c444c8f598e01128")
}

// UnpackInvalidDigestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDigest()
func (marketplace *Marketplace) UnpackInvalidDigestError(raw []byte) (*MarketplaceInvalidDigest, error) {
	out := new(MarketplaceInvalidDigest)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidDigest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidDropouts represents a InvalidDropouts error raised by the Marketplace contract.
type MarketplaceInvalidDropouts struct {
	Dropouts uint16
	Owners   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDropouts(uint16 dropouts, uint256 owners)
func MarketplaceInvalidDropoutsErrorID() common.Hash {
	return common.HexToHash("0xf11f5fe9a3f77196b6574f2cb9c03dd8a5a24b4e65ef6e1b76fb9cd43a945dd6")
}

// UnpackInvalidDropoutsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDropouts(uint16 dropouts, uint256 owners)
func (marketplace *Marketplace) UnpackInvalidDropoutsError(raw []byte) (*MarketplaceInvalidDropouts, error) {
	out := new(MarketplaceInvalidDropouts)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidDropouts", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidEndpoint represents a InvalidEndpoint error raised by the Marketplace contract.
type MarketplaceInvalidEndpoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEndpoint()
func MarketplaceInvalidEndpointErrorID() common.Hash {
	return common.HexToHash("0xf1cbb567704015383ee98669ab32a18748b06087e30f09387a43e6494de0fe61")
}

// UnpackInvalidEndpointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEndpoint()
func (marketplace *Marketplace) UnpackInvalidEndpointError(raw []byte) (*MarketplaceInvalidEndpoint, error) {
	out := new(MarketplaceInvalidEndpoint)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidEndpoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidEngine represents a InvalidEngine error raised by the Marketplace contract.
type MarketplaceInvalidEngine struct {
	Engine uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEngine(uint8 engine)
func MarketplaceInvalidEngineErrorID() common.Hash {
	return common.HexToHash("0xfbad63cbd4662a91540516bdbb5b924c5281a28933e0d2e12c2b4cab934c899d")
}

// UnpackInvalidEngineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEngine(uint8 engine)
func (marketplace *Marketplace) UnpackInvalidEngineError(raw []byte) (*MarketplaceInvalidEngine, error) {
	out := new(MarketplaceInvalidEngine)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidEngine", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidEngines represents a InvalidEngines error raised by the Marketplace contract.
type MarketplaceInvalidEngines struct {
	Engines uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEngines(uint8 engines)
func MarketplaceInvalidEnginesErrorID() common.Hash {
	return common.HexToHash("0x954ae496c66c6fb600c13a6e81cb3b9a95433bc1da96c119dbc2bbd3d4397ef0")
}

// UnpackInvalidEnginesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEngines(uint8 engines)
func (marketplace *Marketplace) UnpackInvalidEnginesError(raw []byte) (*MarketplaceInvalidEngines, error) {
	out := new(MarketplaceInvalidEngines)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidEngines", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidEpsilon represents a InvalidEpsilon error raised by the Marketplace contract.
type MarketplaceInvalidEpsilon struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEpsilon()
func MarketplaceInvalidEpsilonErrorID() common.Hash {
	return common.HexToHash("0x0cab1d0f5de8f0fe0ce383e25a4bf980cd5d3a07c86bff3d6d97c3ae91b6617e")
}

// UnpackInvalidEpsilonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEpsilon()
func (marketplace *Marketplace) UnpackInvalidEpsilonError(raw []byte) (*MarketplaceInvalidEpsilon, error) {
	out := new(MarketplaceInvalidEpsilon)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidEpsilon", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidFee represents a InvalidFee error raised by the Marketplace contract.
type MarketplaceInvalidFee struct {
	Fee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFee(uint256 fee)
func MarketplaceInvalidFeeErrorID() common.Hash {
	return common.HexToHash("0x2f38c6ee5a600ab7ea0a697bfdd1089c369999037e5f04c88b318508a67cc36e")
}

// UnpackInvalidFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFee(uint256 fee)
func (marketplace *Marketplace) UnpackInvalidFeeError(raw []byte) (*MarketplaceInvalidFee, error) {
	out := new(MarketplaceInvalidFee)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidKey represents a InvalidKey error raised by the Marketplace contract.
type MarketplaceInvalidKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey()
func MarketplaceInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0x76d4e1e8439f6d9c3d1cf835f307989788cf73aa0b95b7a7c935c1e0e543d094")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey()
func (marketplace *Marketplace) UnpackInvalidKeyError(raw []byte) (*MarketplaceInvalidKey, error) {
	out := new(MarketplaceInvalidKey)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidMinOwners represents a InvalidMinOwners error raised by the Marketplace contract.
type MarketplaceInvalidMinOwners struct {
	MinOwners uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMinOwners(uint16 minOwners)
func MarketplaceInvalidMinOwnersErrorID() common.Hash {
	return common.HexToHash("0xec8634c5263e32709835cc9e244e72435f4bc97f09de276b27b635372b141b03")
}

// UnpackInvalidMinOwnersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMinOwners(uint16 minOwners)
func (marketplace *Marketplace) UnpackInvalidMinOwnersError(raw []byte) (*MarketplaceInvalidMinOwners, error) {
	out := new(MarketplaceInvalidMinOwners)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidMinOwners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidPrice represents a InvalidPrice error raised by the Marketplace contract.
type MarketplaceInvalidPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPrice()
func MarketplaceInvalidPriceErrorID() common.Hash {
	return common.HexToHash("0x00bfc9219afe7e8e3b9f14a4708e4cd3d8acb04e325ce992b2a60a58a519683a")
}

// UnpackInvalidPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPrice()
func (marketplace *Marketplace) UnpackInvalidPriceError(raw []byte) (*MarketplaceInvalidPrice, error) {
	out := new(MarketplaceInvalidPrice)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidReason represents a InvalidReason error raised by the Marketplace contract.
type MarketplaceInvalidReason struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReason()
func MarketplaceInvalidReasonErrorID() common.Hash {
	return common.HexToHash("0xdee26e4cfeb12c7edc10c09d017dac9298687905f39eb87ccd245e7042e8f198")
}

// UnpackInvalidReasonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReason()
func (marketplace *Marketplace) UnpackInvalidReasonError(raw []byte) (*MarketplaceInvalidReason, error) {
	out := new(MarketplaceInvalidReason)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidReason", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidRecipient represents a InvalidRecipient error raised by the Marketplace contract.
type MarketplaceInvalidRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRecipient()
func MarketplaceInvalidRecipientErrorID() common.Hash {
	return common.HexToHash("0x9c8d2cd23712ccfbf44b8107cfe79ea09343bf5b458f10860098ac1dbdf69f86")
}

// UnpackInvalidRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRecipient()
func (marketplace *Marketplace) UnpackInvalidRecipientError(raw []byte) (*MarketplaceInvalidRecipient, error) {
	out := new(MarketplaceInvalidRecipient)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidResult represents a InvalidResult error raised by the Marketplace contract.
type MarketplaceInvalidResult struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidResult()
func MarketplaceInvalidResultErrorID() common.Hash {
	return common.HexToHash("0x7c599f8024ab00b0c3144800335d8be029e9400e71b93ffc6c37521eabfdc918")
}

// UnpackInvalidResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidResult()
func (marketplace *Marketplace) UnpackInvalidResultError(raw []byte) (*MarketplaceInvalidResult, error) {
	out := new(MarketplaceInvalidResult)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidRoles represents a InvalidRoles error raised by the Marketplace contract.
type MarketplaceInvalidRoles struct {
	Roles uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRoles(uint8 roles)
func MarketplaceInvalidRolesErrorID() common.Hash {
	return common.HexToHash("0xacd371d67d5baad469a134ea131894f5543b1fceba0b5906e6e0cfca5472ada2")
}

// UnpackInvalidRolesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRoles(uint8 roles)
func (marketplace *Marketplace) UnpackInvalidRolesError(raw []byte) (*MarketplaceInvalidRoles, error) {
	out := new(MarketplaceInvalidRoles)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidRoles", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidRounds represents a InvalidRounds error raised by the Marketplace contract.
type MarketplaceInvalidRounds struct {
	Rounds uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRounds(uint32 rounds)
func MarketplaceInvalidRoundsErrorID() common.Hash {
	return common.HexToHash("0x0390bd3136c2a20f5ce2c0dbe3b0323bbeaccc990ef2b461abd7087915433612")
}

// UnpackInvalidRoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRounds(uint32 rounds)
func (marketplace *Marketplace) UnpackInvalidRoundsError(raw []byte) (*MarketplaceInvalidRounds, error) {
	out := new(MarketplaceInvalidRounds)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidRounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidSpec represents a InvalidSpec error raised by the Marketplace contract.
type MarketplaceInvalidSpec struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSpec()
func MarketplaceInvalidSpecErrorID() common.Hash {
	return common.HexToHash("0x9f85411fcb36d1b4219eae358902d323c725e1d98b8487a2423a59a93da4ba30")
}

// UnpackInvalidSpecError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSpec()
func (marketplace *Marketplace) UnpackInvalidSpecError(raw []byte) (*MarketplaceInvalidSpec, error) {
	out := new(MarketplaceInvalidSpec)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidSpec", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidStep represents a InvalidStep error raised by the Marketplace contract.
type MarketplaceInvalidStep struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidStep()
func MarketplaceInvalidStepErrorID() common.Hash {
	return common.HexToHash("0x28cda615d4e611635d2407898651c37017e304178c1fa723e1ffdf48ff41bc16")
}

// UnpackInvalidStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidStep()
func (marketplace *Marketplace) UnpackInvalidStepError(raw []byte) (*MarketplaceInvalidStep, error) {
	out := new(MarketplaceInvalidStep)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidURI represents a InvalidURI error raised by the Marketplace contract.
type MarketplaceInvalidURI struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidURI()
func MarketplaceInvalidURIErrorID() common.Hash {
	return common.HexToHash("0x3ba019114e819971c8498e3301d27a130c6302cf19e892f59679e3adb4216229")
}

// UnpackInvalidURIError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidURI()
func (marketplace *Marketplace) UnpackInvalidURIError(raw []byte) (*MarketplaceInvalidURI, error) {
	out := new(MarketplaceInvalidURI)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidURI", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceMetadataHashMismatch represents a MetadataHashMismatch error raised by the Marketplace contract.
type MarketplaceMetadataHashMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MetadataHashMismatch()
func MarketplaceMetadataHashMismatchErrorID() common.Hash {
	return common.HexToHash("0x0cca4acea59f9cf6c4da855ed45a5b1b4c5af493e17e18cd1e9c00439f630f52")
}

// UnpackMetadataHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MetadataHashMismatch()
func (marketplace *Marketplace) UnpackMetadataHashMismatchError(raw []byte) (*MarketplaceMetadataHashMismatch, error) {
	out := new(MarketplaceMetadataHashMismatch)
	if err := marketplace.abi.UnpackIntoInterface(out, "MetadataHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNoStake represents a NoStake error raised by the Marketplace contract.
type MarketplaceNoStake struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoStake()
func MarketplaceNoStakeErrorID() common.Hash {
	return common.HexToHash("0xcacf989aac3eb92b7fad62bfde1c521bf56012a00ad1d6400c34df5fadc012f2")
}

// UnpackNoStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoStake()
func (marketplace *Marketplace) UnpackNoStakeError(raw []byte) (*MarketplaceNoStake, error) {
	out := new(MarketplaceNoStake)
	if err := marketplace.abi.UnpackIntoInterface(out, "NoStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNodeBusy represents a NodeBusy error raised by the Marketplace contract.
type MarketplaceNodeBusy struct {
	Locked *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeBusy(uint256 locked)
func MarketplaceNodeBusyErrorID() common.Hash {
	return common.HexToHash("0x349b65d1ac7ee188d00f9f11c41dc94e0d575cecb7128ad0cd8be352cc7a2aeb")
}

// UnpackNodeBusyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeBusy(uint256 locked)
func (marketplace *Marketplace) UnpackNodeBusyError(raw []byte) (*MarketplaceNodeBusy, error) {
	out := new(MarketplaceNodeBusy)
	if err := marketplace.abi.UnpackIntoInterface(out, "NodeBusy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotAccepted represents a NotAccepted error raised by the Marketplace contract.
type MarketplaceNotAccepted struct {
	Id  *big.Int
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAccepted(uint256 id, address who)
func MarketplaceNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x6092fb7f5cc2c2e60e1e3d38f8c2c49bea86955f138b31288292d0b5b4d79bfc")
}

// UnpackNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAccepted(uint256 id, address who)
func (marketplace *Marketplace) UnpackNotAcceptedError(raw []byte) (*MarketplaceNotAccepted, error) {
	out := new(MarketplaceNotAccepted)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotAggregator represents a NotAggregator error raised by the Marketplace contract.
type MarketplaceNotAggregator struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAggregator(uint256 id)
func MarketplaceNotAggregatorErrorID() common.Hash {
	return common.HexToHash("0x842bcf2033b1300ab2b3706a239aecf8caa023dfb3fafa4d1672e1375e3eb8cb")
}

// UnpackNotAggregatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAggregator(uint256 id)
func (marketplace *Marketplace) UnpackNotAggregatorError(raw []byte) (*MarketplaceNotAggregator, error) {
	out := new(MarketplaceNotAggregator)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotAggregator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotBuyer represents a NotBuyer error raised by the Marketplace contract.
type MarketplaceNotBuyer struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBuyer(uint256 id)
func MarketplaceNotBuyerErrorID() common.Hash {
	return common.HexToHash("0x09b4c33d64c57e2c72c641bed25f0af73b407e19b68bd6c6c5ecd6be8919cf0f")
}

// UnpackNotBuyerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBuyer(uint256 id)
func (marketplace *Marketplace) UnpackNotBuyerError(raw []byte) (*MarketplaceNotBuyer, error) {
	out := new(MarketplaceNotBuyer)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotBuyer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotCommitted represents a NotCommitted error raised by the Marketplace contract.
type MarketplaceNotCommitted struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitted(uint256 id)
func MarketplaceNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x0feda3e0897d2061185d0b8903d51089815dbc69f531978b962c8643a9f044b5")
}

// UnpackNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitted(uint256 id)
func (marketplace *Marketplace) UnpackNotCommittedError(raw []byte) (*MarketplaceNotCommitted, error) {
	out := new(MarketplaceNotCommitted)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotComputeNode represents a NotComputeNode error raised by the Marketplace contract.
type MarketplaceNotComputeNode struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotComputeNode(address node)
func MarketplaceNotComputeNodeErrorID() common.Hash {
	return common.HexToHash("0x1d19e62af75e3c437ff99300da03faaf910d766abdb64142ee1a05a520f731ce")
}

// UnpackNotComputeNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotComputeNode(address node)
func (marketplace *Marketplace) UnpackNotComputeNodeError(raw []byte) (*MarketplaceNotComputeNode, error) {
	out := new(MarketplaceNotComputeNode)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotComputeNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotDatasetOwner represents a NotDatasetOwner error raised by the Marketplace contract.
type MarketplaceNotDatasetOwner struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDatasetOwner(uint256 id)
func MarketplaceNotDatasetOwnerErrorID() common.Hash {
	return common.HexToHash("0x07d7b9b272701edf7fc92cd526c420bc8f8e687b322ed7e45034811c925c43e3")
}

// UnpackNotDatasetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDatasetOwner(uint256 id)
func (marketplace *Marketplace) UnpackNotDatasetOwnerError(raw []byte) (*MarketplaceNotDatasetOwner, error) {
	out := new(MarketplaceNotDatasetOwner)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotDatasetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotDecided represents a NotDecided error raised by the Marketplace contract.
type MarketplaceNotDecided struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDecided(uint256 id, uint64 deadline)
func MarketplaceNotDecidedErrorID() common.Hash {
	return common.HexToHash("0x36a42d24180130d491f8851060f314d1de4d1ab996ed1f07da8e6233dc7e836f")
}

// UnpackNotDecidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDecided(uint256 id, uint64 deadline)
func (marketplace *Marketplace) UnpackNotDecidedError(raw []byte) (*MarketplaceNotDecided, error) {
	out := new(MarketplaceNotDecided)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotDecided", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotDelegated represents a NotDelegated error raised by the Marketplace contract.
type MarketplaceNotDelegated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDelegated()
func MarketplaceNotDelegatedErrorID() common.Hash {
	return common.HexToHash("0x9ccd6d765a710fd680d347153286cdb7a60331f3ffa08d6d8f39a8f309e618f5")
}

// UnpackNotDelegatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDelegated()
func (marketplace *Marketplace) UnpackNotDelegatedError(raw []byte) (*MarketplaceNotDelegated, error) {
	out := new(MarketplaceNotDelegated)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotDelegated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotDisputed represents a NotDisputed error raised by the Marketplace contract.
type MarketplaceNotDisputed struct {
	Id    *big.Int
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputed(uint256 id, address owner)
func MarketplaceNotDisputedErrorID() common.Hash {
	return common.HexToHash("0x492d262bdb8b657bce8aa45ecda157d35ace3b676dcbd343144959ceedb0c283")
}

// UnpackNotDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputed(uint256 id, address owner)
func (marketplace *Marketplace) UnpackNotDisputedError(raw []byte) (*MarketplaceNotDisputed, error) {
	out := new(MarketplaceNotDisputed)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotHelper represents a NotHelper error raised by the Marketplace contract.
type MarketplaceNotHelper struct {
	Id  *big.Int
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHelper(uint256 id, address who)
func MarketplaceNotHelperErrorID() common.Hash {
	return common.HexToHash("0xfb0b9d413b9c12141848332a425623ec450cf62a19be67d375997f030b4d1cdb")
}

// UnpackNotHelperError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHelper(uint256 id, address who)
func (marketplace *Marketplace) UnpackNotHelperError(raw []byte) (*MarketplaceNotHelper, error) {
	out := new(MarketplaceNotHelper)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotHelper", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotOwnerRole represents a NotOwnerRole error raised by the Marketplace contract.
type MarketplaceNotOwnerRole struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerRole(address owner)
func MarketplaceNotOwnerRoleErrorID() common.Hash {
	return common.HexToHash("0xc65f240f033ee2d5fc26655df77ecf9a0cdfbdaecdb0ca40091d4255d04872c0")
}

// UnpackNotOwnerRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerRole(address owner)
func (marketplace *Marketplace) UnpackNotOwnerRoleError(raw []byte) (*MarketplaceNotOwnerRole, error) {
	out := new(MarketplaceNotOwnerRole)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotOwnerRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotParticipant represents a NotParticipant error raised by the Marketplace contract.
type MarketplaceNotParticipant struct {
	Id  *big.Int
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotParticipant(uint256 id, address who)
func MarketplaceNotParticipantErrorID() common.Hash {
	return common.HexToHash("0xf94014b4b24c41a4643cab24018bc1d11f759a1c4a94ec9737ebf948f9ccb017")
}

// UnpackNotParticipantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotParticipant(uint256 id, address who)
func (marketplace *Marketplace) UnpackNotParticipantError(raw []byte) (*MarketplaceNotParticipant, error) {
	out := new(MarketplaceNotParticipant)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotParticipant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotRegistered represents a NotRegistered error raised by the Marketplace contract.
type MarketplaceNotRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address node)
func MarketplaceNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address node)
func (marketplace *Marketplace) UnpackNotRegisteredError(raw []byte) (*MarketplaceNotRegistered, error) {
	out := new(MarketplaceNotRegistered)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNothingToWithdraw represents a NothingToWithdraw error raised by the Marketplace contract.
type MarketplaceNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func MarketplaceNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (marketplace *Marketplace) UnpackNothingToWithdrawError(raw []byte) (*MarketplaceNothingToWithdraw, error) {
	out := new(MarketplaceNothingToWithdraw)
	if err := marketplace.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceParticipantConflict represents a ParticipantConflict error raised by the Marketplace contract.
type MarketplaceParticipantConflict struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParticipantConflict(address node)
func MarketplaceParticipantConflictErrorID() common.Hash {
	return common.HexToHash("0x5144ff000dcb33fac22df2b0cd55a3270b400e7bba6d833be0b0b376b5c0b186")
}

// UnpackParticipantConflictError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParticipantConflict(address node)
func (marketplace *Marketplace) UnpackParticipantConflictError(raw []byte) (*MarketplaceParticipantConflict, error) {
	out := new(MarketplaceParticipantConflict)
	if err := marketplace.abi.UnpackIntoInterface(out, "ParticipantConflict", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplacePriceAboveMax represents a PriceAboveMax error raised by the Marketplace contract.
type MarketplacePriceAboveMax struct {
	Total    *big.Int
	MaxTotal *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceAboveMax(uint256 total, uint256 maxTotal)
func MarketplacePriceAboveMaxErrorID() common.Hash {
	return common.HexToHash("0x8b8675a5e45d5a040210539346beff93c0b41cdbaa452e75eed3ad7c6d63968e")
}

// UnpackPriceAboveMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceAboveMax(uint256 total, uint256 maxTotal)
func (marketplace *Marketplace) UnpackPriceAboveMaxError(raw []byte) (*MarketplacePriceAboveMax, error) {
	out := new(MarketplacePriceAboveMax)
	if err := marketplace.abi.UnpackIntoInterface(out, "PriceAboveMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceRedeemWindowClosed represents a RedeemWindowClosed error raised by the Marketplace contract.
type MarketplaceRedeemWindowClosed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RedeemWindowClosed(uint256 id)
func MarketplaceRedeemWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x5ed8dea2b0b60d730c2e5fac2cf988776089d87b5e1d31d01df075c73675e4d9")
}

// UnpackRedeemWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RedeemWindowClosed(uint256 id)
func (marketplace *Marketplace) UnpackRedeemWindowClosedError(raw []byte) (*MarketplaceRedeemWindowClosed, error) {
	out := new(MarketplaceRedeemWindowClosed)
	if err := marketplace.abi.UnpackIntoInterface(out, "RedeemWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceRedeemWindowOpen represents a RedeemWindowOpen error raised by the Marketplace contract.
type MarketplaceRedeemWindowOpen struct {
	Id       *big.Int
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RedeemWindowOpen(uint256 id, uint64 closesAt)
func MarketplaceRedeemWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x1412a793add80479d711c39b5d9a8c3f8e0c9091af484c17bde5ee5e832e52e1")
}

// UnpackRedeemWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RedeemWindowOpen(uint256 id, uint64 closesAt)
func (marketplace *Marketplace) UnpackRedeemWindowOpenError(raw []byte) (*MarketplaceRedeemWindowOpen, error) {
	out := new(MarketplaceRedeemWindowOpen)
	if err := marketplace.abi.UnpackIntoInterface(out, "RedeemWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceSpecHashMismatch represents a SpecHashMismatch error raised by the Marketplace contract.
type MarketplaceSpecHashMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SpecHashMismatch()
func MarketplaceSpecHashMismatchErrorID() common.Hash {
	return common.HexToHash("0x89fc6c860d596e3e790f8b4268ce35517c4329b1a7841d0fb96d0ede977cab71")
}

// UnpackSpecHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SpecHashMismatch()
func (marketplace *Marketplace) UnpackSpecHashMismatchError(raw []byte) (*MarketplaceSpecHashMismatch, error) {
	out := new(MarketplaceSpecHashMismatch)
	if err := marketplace.abi.UnpackIntoInterface(out, "SpecHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceStakeLocked represents a StakeLocked error raised by the Marketplace contract.
type MarketplaceStakeLocked struct {
	UnlockAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint64 unlockAt)
func MarketplaceStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x68a2053c541711e2ff09fbad0cfdb8ccb48b3380c7b25396271bb41985b31519")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint64 unlockAt)
func (marketplace *Marketplace) UnpackStakeLockedError(raw []byte) (*MarketplaceStakeLocked, error) {
	out := new(MarketplaceStakeLocked)
	if err := marketplace.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceStillRegistered represents a StillRegistered error raised by the Marketplace contract.
type MarketplaceStillRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillRegistered(address node)
func MarketplaceStillRegisteredErrorID() common.Hash {
	return common.HexToHash("0xd8dfacc8635736fc3e20f902f683cdec8ca3c27df95cbb3b4aa689cbe7032cd8")
}

// UnpackStillRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillRegistered(address node)
func (marketplace *Marketplace) UnpackStillRegisteredError(raw []byte) (*MarketplaceStillRegistered, error) {
	out := new(MarketplaceStillRegistered)
	if err := marketplace.abi.UnpackIntoInterface(out, "StillRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceTooFewOwners represents a TooFewOwners error raised by the Marketplace contract.
type MarketplaceTooFewOwners struct {
	Id        *big.Int
	Owners    *big.Int
	MinOwners uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooFewOwners(uint256 id, uint256 owners, uint16 minOwners)
func MarketplaceTooFewOwnersErrorID() common.Hash {
	return common.HexToHash("0x0d98fca68ef7eb3a32066e37b9ccf1e625c0de1df2938ea22eb2b0339397078a")
}

// UnpackTooFewOwnersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooFewOwners(uint256 id, uint256 owners, uint16 minOwners)
func (marketplace *Marketplace) UnpackTooFewOwnersError(raw []byte) (*MarketplaceTooFewOwners, error) {
	out := new(MarketplaceTooFewOwners)
	if err := marketplace.abi.UnpackIntoInterface(out, "TooFewOwners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceTransferFailed represents a TransferFailed error raised by the Marketplace contract.
type MarketplaceTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func MarketplaceTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (marketplace *Marketplace) UnpackTransferFailedError(raw []byte) (*MarketplaceTransferFailed, error) {
	out := new(MarketplaceTransferFailed)
	if err := marketplace.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceUnknownDataset represents a UnknownDataset error raised by the Marketplace contract.
type MarketplaceUnknownDataset struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDataset(uint256 id)
func MarketplaceUnknownDatasetErrorID() common.Hash {
	return common.HexToHash("0xf5ed3857ea236ecdcf3a9418d390c88366c96a96bee83c935ab3ef11a15ec576")
}

// UnpackUnknownDatasetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDataset(uint256 id)
func (marketplace *Marketplace) UnpackUnknownDatasetError(raw []byte) (*MarketplaceUnknownDataset, error) {
	out := new(MarketplaceUnknownDataset)
	if err := marketplace.abi.UnpackIntoInterface(out, "UnknownDataset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceUnknownJob represents a UnknownJob error raised by the Marketplace contract.
type MarketplaceUnknownJob struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownJob(uint256 id)
func MarketplaceUnknownJobErrorID() common.Hash {
	return common.HexToHash("0x510aa5f06826d740de587fc177250838c7f20674aef37603d5ab5f52cef91ae8")
}

// UnpackUnknownJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownJob(uint256 id)
func (marketplace *Marketplace) UnpackUnknownJobError(raw []byte) (*MarketplaceUnknownJob, error) {
	out := new(MarketplaceUnknownJob)
	if err := marketplace.abi.UnpackIntoInterface(out, "UnknownJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceWrongBond represents a WrongBond error raised by the Marketplace contract.
type MarketplaceWrongBond struct {
	Paid *big.Int
	Bond *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 paid, uint256 bond)
func MarketplaceWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 paid, uint256 bond)
func (marketplace *Marketplace) UnpackWrongBondError(raw []byte) (*MarketplaceWrongBond, error) {
	out := new(MarketplaceWrongBond)
	if err := marketplace.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceWrongState represents a WrongState error raised by the Marketplace contract.
type MarketplaceWrongState struct {
	Id    *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint256 id, uint8 state)
func MarketplaceWrongStateErrorID() common.Hash {
	return common.HexToHash("0x800b061518cbf2095c1b1778c2e3202c0e88a5711a68b4d0ca85bbcbf3523260")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint256 id, uint8 state)
func (marketplace *Marketplace) UnpackWrongStateError(raw []byte) (*MarketplaceWrongState, error) {
	out := new(MarketplaceWrongState)
	if err := marketplace.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}
