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

// MarketplaceConfig is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceConfig struct {
	MinStake       *big.Int
	UnstakeDelay   uint64
	AcceptWindow   uint64
	MinJobDuration uint64
	MaxJobDuration uint64
	RedeemWindow   uint64
	KappaBps       uint16
	SlashBps       uint16
}

// MarketplaceDataset is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceDataset struct {
	Owner        common.Address
	Sha256Digest [32]byte
	MetaHash     [32]byte
	Price        *big.Int
	Budget       uint64
	Spent        uint64
	Reserved     uint64
	MaxDelta     uint64
	Engines      uint8
	MinOwners    uint16
	Paused       bool
	Uri          string
}

// MarketplaceJob is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceJob struct {
	Buyer           common.Address
	Engine          uint8
	State           uint8
	Dropouts        uint16
	Colluders       uint16
	StartQuorum     uint16
	OwnersAccepted  uint16
	ComputeAccepted uint16
	Confirmations   uint16
	OwnersDeclined  uint16
	ComputeDeclined bool
	Rounds          uint32
	Epsilon         uint64
	Delta           uint64
	AcceptBy        uint64
	Deadline        uint64
	EndedAt         uint64
	Closed          bool
	Payment         *big.Int
	Escrow          *big.Int
	SpecHash        [32]byte
	PayloadHash     [32]byte
	BlobHash        [32]byte
	ResultURI       string
	Datasets        []*big.Int
	Compute         []common.Address
}

// MarketplaceJobParams is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceJobParams struct {
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
}

// MarketplaceNode is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceNode struct {
	Endpoint string
	TlsKey   [32]byte
	Roles    uint8
	Fee      *big.Int
	Stake    *big.Int
	UnlockAt uint64
	OpenJobs uint32
}

// MarketplacePublishParams is an auto generated low-level Go binding around an user-defined struct.
type MarketplacePublishParams struct {
	Sha256Digest [32]byte
	Uri          string
	MetaHash     [32]byte
	Price        *big.Int
	Engines      uint8
	Budget       uint64
	MaxDelta     uint64
	MinOwners    uint16
}

// MarketplaceMetaData contains all meta data concerning the Marketplace contract.
var MarketplaceMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unstakeDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"acceptWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minJobDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxJobDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"redeemWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"kappaBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"}],\"internalType\":\"structMarketplace.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"acceptBy\",\"type\":\"uint64\"}],\"name\":\"AcceptanceClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"acceptBy\",\"type\":\"uint64\"}],\"name\":\"AcceptanceOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"AlreadyAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AlreadyConfirmed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"AlreadyDeclined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AlreadyRedeemed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReceipt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"committed\",\"type\":\"uint64\"}],\"name\":\"BudgetBelowCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requested\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"remaining\",\"type\":\"uint64\"}],\"name\":\"BudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"CannotLoosen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DatasetPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"}],\"name\":\"DeltaTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"DuplicateCompute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"DuplicateOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"engine\",\"type\":\"uint8\"}],\"name\":\"EngineNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"HasAcceptances\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientPayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidBudget\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCompute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDatasets\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"earliest\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"}],\"name\":\"InvalidDeadline\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"}],\"name\":\"InvalidDelta\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDigest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"dropouts\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"owners\",\"type\":\"uint256\"}],\"name\":\"InvalidDropouts\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEndpoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"engine\",\"type\":\"uint8\"}],\"name\":\"InvalidEngine\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"}],\"name\":\"InvalidEngines\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEpsilon\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"InvalidFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"minOwners\",\"type\":\"uint16\"}],\"name\":\"InvalidMinOwners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidReason\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"}],\"name\":\"InvalidRoles\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"InvalidRounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSpec\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidURI\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"JobNotEnded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MetadataHashMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"openJobs\",\"type\":\"uint32\"}],\"name\":\"NodeBusy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotAggregator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotComputeNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotDatasetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotOwnerRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NotParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"ParticipantConflict\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"RedeemWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RedeemWindowOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpecHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"StillRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owners\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"minOwners\",\"type\":\"uint16\"}],\"name\":\"TooFewOwners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDataset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"sha256Digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"minOwners\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"metadata\",\"type\":\"bytes\"}],\"name\":\"DatasetPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"}],\"name\":\"DatasetRestricted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"DatasetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"JobAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"JobDeclined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fees\",\"type\":\"uint256\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"specURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"spec\",\"type\":\"bytes\"}],\"name\":\"JobSpec\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"ownersAccepted\",\"type\":\"uint16\"}],\"name\":\"JobStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"engine\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"datasets\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"dropouts\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"colluders\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"compute\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"acceptBy\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"payment\",\"type\":\"uint256\"}],\"name\":\"JobSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tlsKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"NodeUnregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tlsKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReceiptRedeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blobHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ResultCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"matches\",\"type\":\"bool\"}],\"name\":\"ResultConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CREDIT_FEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CREDIT_OWNER_PAY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CREDIT_REFUND\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CREDIT_STAKE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELTA_ONE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ENGINE_FL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ENGINE_HE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ENGINE_MPC\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ENGINE_TEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"JOB_CANCELLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"JOB_FAILED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"JOB_OPEN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"JOB_SETTLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"JOB_STARTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMPUTE_PER_JOB\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DATASETS_PER_JOB\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ROUNDS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_COMPUTE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_OWNER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"acceptJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"closeAcceptance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"closeJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blobHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"commitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"}],\"name\":\"confirmResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"declineJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"failJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getDataset\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"sha256Digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"spent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reserved\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"minOwners\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"internalType\":\"structMarketplace.Dataset\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"engine\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"dropouts\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"colluders\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"startQuorum\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownersAccepted\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"computeAccepted\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"confirmations\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownersDeclined\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"computeDeclined\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"acceptBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endedAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"payment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blobHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"resultURI\",\"type\":\"string\"},{\"internalType\":\"uint256[]\",\"name\":\"datasets\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"compute\",\"type\":\"address[]\"}],\"internalType\":\"structMarketplace.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"getNode\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"tlsKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openJobs\",\"type\":\"uint32\"}],\"internalType\":\"structMarketplace.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"kappaBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxJobDuration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minJobDuration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"done\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"total\",\"type\":\"uint32\"}],\"name\":\"ownerPay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"participant\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"isOwner\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"isCompute\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"redeemed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"confirmed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"declined\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"sha256Digest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"minOwners\",\"type\":\"uint16\"}],\"internalType\":\"structMarketplace.PublishParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"metadata\",\"type\":\"bytes\"}],\"name\":\"publishDataset\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"redeemReceipt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"redeemWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"tlsKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"registerNode\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"remainingBudget\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxDelta\",\"type\":\"uint64\"}],\"name\":\"restrictDataset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"specURI\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"engine\",\"type\":\"uint8\"},{\"internalType\":\"uint256[]\",\"name\":\"datasets\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"dropouts\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"colluders\",\"type\":\"uint16\"},{\"internalType\":\"address[]\",\"name\":\"compute\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structMarketplace.JobParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"spec\",\"type\":\"bytes\"}],\"name\":\"submitJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCredits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalStaked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unregisterNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"engines\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"updateDataset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"tlsKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"updateNode\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Marketplace",
	Bin: "0x6101a080604052346103fb5761010081614f3780380380916100218285610400565b8339810103126103fb576040519061010082016001600160401b038111838210176103e5576040528051825261005960208201610423565b916020810192835261006d60408301610423565b916040820192835261008160608201610423565b6060830190815261009460808301610423565b608084019081526100a760a08401610423565b9160a085019283526100bb60c08501610437565b9561271061ffff6100d560e060c08a01988b8a5201610437565b9860e08901998a5216116103b45761271061ffff885116116103835780516001600160401b03161561034e57815181516001600160401b039182169116101561031757825182516001600160401b039182169116116102e05761ffff9788965160805260018060401b0390511660a05260018060401b0390511660c05260018060401b0390511660e05260018060401b039051166101005260018060401b039051166101205251166101405251166101605260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f83086fbe6038638167b2efd3a9e926f58f98f6eb27e7e49c274e0b666445260e60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261021960c082610400565b51902061018052604051614af090816104478239608051818181610a9901528181610b780152818161256701528181612e0d015281816146be01526146e9015260a051818181612c930152612e8b015260c051818181610cc1015261232b015260e0518181816108ed015261365a01526101005181818161075a0152610928015261012051818181611e75015261348901526101405181818161236a0152613bc0015261016051818181612b310152613701015261018051818181612e4801526140280152f35b6040516389a6198960e01b815260206004820152600e60248201526d36b0bc2537b1223ab930ba34b7b760911b6044820152606490fd5b6040516389a6198960e01b815260206004820152600e60248201526d36b4b72537b1223ab930ba34b7b760911b6044820152606490fd5b6040516389a6198960e01b815260206004820152600c60248201526b61636365707457696e646f7760a01b6044820152606490fd5b6040516389a6198960e01b8152602060048201526008602482015267736c61736842707360c01b6044820152606490fd5b6040516389a6198960e01b81526020600482015260086024820152676b6170706142707360c01b6044820152606490fd5b634e487b7160e01b600052604160045260246000fd5b600080fd5b601f909101601f19168101906001600160401b038211908210176103e557604052565b51906001600160401b03821682036103fb57565b519061ffff821682036103fb5756fe608080604052600436101561001357600080fd5b60003560e01c9081630681e651146136e8575080630ce4dad0146136c9578063141fb036146136ad57806318df4da31461367e5780631d4be1581461363a5780631dffa3dc1461355b5780631e01abca146134325780631e1152001461030d5780632248313514610627578063249d39e9146134155780632cd7882d14612eaf5780633222012f14612e6b5780633644e51514612e30578063375b3c0a14612df55780633c8935b914612dd75780633ccfd60b14612d085780633d385cf514612c3957806341d3558214612c1b578063420bb38f14612a30578063499a526e146128055780634c5d8a0f146127e75780634e730e0d146127755780634f579573146122e8578063530dbff914611eb7578063639156741461263457806363b2f3c9146123bd57806365bd49661461030d5780636612a4f01461238e5780637d622e781461234f578063808cfca41461230b578063817b1cd2146122ed57806382e46aed146122e85780638ad682af146106275780638ddd2645146122c557806395850f591461228a5780639d20904814612164578063a01f1dfc14610627578063a069ace414612063578063a3d8984414612045578063a59a807c14611ebc578063a8c6788b1461030d578063ac24257c14611eb7578063adaeab001461071e578063b5bd3eb914611e99578063b79a645914611e55578063b8612eab14611dd2578063bcbfa84a14611d50578063be8c79f414611aa2578063bf22c45714611587578063cb51f5b1146107b5578063d13e44f11461077e578063d34ada7b14610308578063d35aafb91461073a578063d828ad571461071e578063d89135cd14610700578063e99f8d631461062c578063ead09d7614610627578063eb32117314610537578063ee00422114610312578063f2a4a74b1461030d578063f78229d2146103085763fe5ff468146102c957600080fd5b34610303576020366003190112610303576001600160a01b036102ea61382c565b1660005260046020526020604060002054604051908152f35b600080fd5b613899565b61374b565b3461030357602036600319011261030357600435606061016060405161033781613cbb565b60008152600060208201526000604082015260008382015260006080820152600060a0820152600060c0820152600060e0820152600061010082015260006101208201526000610140820152015280600052600160205260018060a01b03604060002054161561052357600052600160205260406000206040516103ba81613cbb565b600160a01b60019003825416815260018201549160208201928352600281015490604083019182526003810154906060840191825260048101549160808501926001600160401b038116845260a086018160401c6001600160401b0316815260c08701908260801c6001600160401b0316825260e088019260c01c835260058501549561010089019460ff881686526101208a01968860081c61ffff1688526101408b019860181c60ff161515895260060161047590613e98565b986101608b01998a526040519b8c9b60208d52600160a01b6001900390511660208d01525160408c01525160608b01525160808a0152516001600160401b031660a0890152516001600160401b031660c0880152516001600160401b031660e0870152516001600160401b03166101008601525160ff166101208501525161ffff1661014084015251151561016083015251610180820161018090526101a0820161051f91613858565b0390f35b63f5ed385760e01b60005260045260246000fd5b3461030357600036600319011261030357336000526000602052604060002060ff6002820154166106125760048101906005825491016001600160401b038154168015801561060a575b6105f9578042106105e5575060006105e393556001600160401b031981541690556105ae816007546138c8565b6007556040518181527fb1c90ce88682afb6fb54564abd065e17c4728f8cb472ff17ef458143f3f7797160203392a233614404565b005b631a28814f60e21b60005260045260246000fd5b636567cc4d60e11b60005260046000fd5b508215610581565b631b1bf59960e31b6000523360045260246000fd5b613767565b346103035760203660031901126103035760043561064981614066565b805460ff8160a81c16806106e8575060028201546001600160401b038116804211156106d0575060401c6001600160401b031642111590816106b6575b816106a4575b501561069b576105e3916147c7565b6105e39161409f565b9050600a8201549060f01c148361068c565b905061ffff8160d01c1661ffff8260e01c16101590610686565b8463dc19fa0f60e01b60005260045260245260446000fd5b8363800b061560e01b60005260045260245260446000fd5b34610303576000366003190112610303576020600a54604051908152f35b3461030357600036600319011261030357602060405160088152f35b346103035760003660031901126103035760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103035760603660031901126103035760206107ad61079c613842565b6107a4613738565b90600435613fb9565b604051908152f35b6040366003190112610303576001600160401b03600435116103035761016060043536036003190112610303576024356001600160401b03811161030357610801903690600401613783565b9060ff610812604460043501613d13565b1615801561156e575b8015611521575b6114fc5761083a606460043501600435600401613f4d565b8091501580156114f2575b6114e15761085e61012460043501600435600401613f4d565b90501580156114c1575b6114b1576001600160401b03610882608460043501613d21565b16156114a057670de0b6b3a76400006001600160401b036108a760a460043501613d21565b1610156114755763ffffffff6108c160c460043501613f3c565b16158015611456575b61142e578061ffff6108e060e460043501613d35565b161015611405575061091b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216613c32565b6001600160401b0361094f7f0000000000000000000000000000000000000000000000000000000000000000824216613c32565b918161096061014460043501613d21565b9116918291161080156113e2575b6113ac5750506004356004013515801561138c575b6113335781611344576109a0602460043501600435600401613c52565b905015611333575b6109b3600654613d44565b806006558060005260026020526040600020926000926109dd606460043501600435600401613f4d565b905061ffff6109fb816109f460e460043501613d35565b16836138c8565b16906000905b808210611096575050855461ffff60d01b191660d09190911b61ffff60d01b16178555600094855b610a3e61012460043501600435600401613f4d565b9050871015610bb55786610a77610a72610a6361012460043501600435600401613f4d565b6001600160a01b0394916149c9565b613fa5565b1680600052600060205260406000206002808201541615610ba05760048101547f00000000000000000000000000000000000000000000000000000000000000008110610b6857508660005260036020526040806000206000908482526020522091825460028116610b5357600116610b40575091610b3891610b316003600195600260ff1985541617845501916001600160801b03835416610100600160881b0382549160081b1690610100600160881b031916179055565b5490613b7c565b960195610a29565b625144ff60e81b60005260045260246000fd5b5063b494b62d60e01b60005260045260246000fd5b6322df051360e11b6000526004527f000000000000000000000000000000000000000000000000000000000000000060245260446000fd5b50630e8cf31560e11b60005260045260246000fd5b610bc191929395613b7c565b80341061107e575080546001600160a01b03191633178155610be7600435604401613d13565b815461ffff60b01b610bfd60043560e401613d35565b60b01b169061ffff60c01b610c1760043561010401613d35565b60c01b169260ff60a01b9060a01b169065ffffffff00ff60a01b19161717178155610c4660c460043501613f3c565b6001820190815470ffffffffffffffff000000000000000000610c6d608460043501613d21565b60481b169068ffffffff000000000067ffffffffffffffff60881b610c9660043560a401613d21565b60881b169360281b169065010000000000600160c81b03191617171790556001600160401b03610ce87f0000000000000000000000000000000000000000000000000000000000000000824216613c32565b166001600160401b0319600283015416176002820155610d3c610d1061014460043501613d21565b600283019067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b346003820155346004820155600435600401356005820155610d68606460043501600435600401613f4d565b906001600160401b03821161105457600160401b821161105457600983018054838255610d9791849190613f82565b60098301600052602060002060005b83811061106a5750505050610dc661012460043501600435600401613f4d565b90600a8301906001600160401b03831161105457600160401b831161105457610df483835481855584613f82565b90600052602060002060005b8381106110395750505050610e1734600854613b7c565b600855610e28604460043501613d13565b610e3c606460043501600435600401613f4d565b906002610e4d608460043501613d21565b610e5b60a460043501613d21565b92610e6a60c460043501613f3c565b610e7860e460043501613d35565b92610e8861010460043501613d35565b956001600160401b03610ea661012460043501600435600401613f4d565b97909b01541696610ebc61014460043501613d21565b9860ff6040519b600435600401358d521660208c015261018060408c0152806101808c015260018060fb1b038111610303576101c09663ffffffff89968d60806001600160401b0361ffff98816101a09d8b9960051b8f91819288013785019d8e019b166060850152169101521660a08d01521660c08b01521660e08901526101a088840301610100890152520194906000905b80821061100f57602089807f93726699a4458bae26a129f90021d578131a592e847df4dda0b8ca72bd276e968d8c8c847f4d5fc6d19f1a7adf205a88758e8ab5c58aa0b1d2d5e1ee4ed68551ec211155238e6001600160401b038f8f61012084015216610140820152346101608201528033940390a3611004610fdd602460043501600435600401613c52565b929093610ff7604051958695604087526040870191613daa565b918483038a860152613daa565b0390a2604051908152f35b90919586359060018060a01b03821680920361030357602081600193829352019701920190610f50565b600190602061104785613fa5565b9401938184015501610e00565b634e487b7160e01b600052604160045260246000fd5b600190602084359401938184015501610da6565b63b99e2ab760e01b6000523460045260245260446000fd5b90956110b6876110b0606460043501600435600401613f4d565b906149c9565b35600081815260016020526040902080546001600160a01b03169182156105235760058201549060ff8260181c1661131f5760ff6110f8604460043501613d13565b831616156112f5576001600160401b0361111182613e60565b81611120608460043501613d21565b911691829116116112c257506001600160401b0361114260a460043501613d21565b600485015460c01c918291161161128f575061ffff8260081c16861061126b575061ffff861661ffff8260081c161161125c575b5087600052600360205260408060002060009060018060a01b0385168252602052209160ff83541661124857509161124091610b316001948560ff198454161783556111ec60038201936001600160801b03855416610100600160881b0382549160081b1690610100600160881b031916179055565b60046112136111fe6084833501613d21565b6001600160401b038385015460801c16613c32565b9101805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b960190610a01565b632029bc6560e01b60005260045260246000fd5b60081c61ffff1694508a611176565b908561ffff926306cc7e5360e11b60005260045260245260081c1660445260646000fd5b6001600160401b03826112a660a460043501613d21565b906307c16a0b60e11b6000526004521660245260445260646000fd5b6001600160401b03826112d9608460043501613d21565b9063a73681ef60e01b6000526004521660245260445260646000fd5b60ff90611306604460043501613d13565b906319dc7e3960e21b6000526004521660245260446000fd5b6319b6a42760e01b60005260045260246000fd5b639f85411f60e01b60005260046000fd5b602060006040518484823780858101838152039060025afa1561138057600051600480350135146109a8576344fe364360e11b60005260046000fd5b6040513d6000823e3d90fd5b506102006113a4602460043501600435600401613c52565b905011610983565b6001600160401b038093506113c661014460043501613d21565b635d26bc3760e01b600052166004526024521660445260646000fd5b506113f261014460043501613d21565b6001600160401b0380841691161161096e565b61ffff61141660e460043501613d35565b63f11f5fe960e01b6000521660045260245260446000fd5b63ffffffff61144160c460043501613f3c565b630390bd3160e01b6000521660045260246000fd5b50620186a063ffffffff61146e60c460043501613f3c565b16116108ca565b6001600160401b0361148b60a460043501613d21565b63a2733b6360e01b6000521660045260246000fd5b630cab1d0f60e01b60005260046000fd5b62a36ef160e51b60005260046000fd5b5060086114d961012460043501600435600401613f4d565b905011610868565b632a362bef60e11b60005260046000fd5b5060408111610845565b60ff61150c604460043501613d13565b63fbad63cb60e01b6000521660045260246000fd5b50611530604460043501613d13565b60001960ff611543600435604401613d13565b160160ff8111611558571660ff161515610822565b634e487b7160e01b600052601160045260246000fd5b5060f061157f604460043501613d13565b16151561081b565b346103035760203660031901126103035760606103206040516115a981613c9f565b60008152600060208201526000604082015260008382015260006080820152600060a0820152600060c0820152600060e08201526000610100820152600061012082015260006101408201526000610160820152600061018082015260006101a082015260006101c082015260006101e08201526000610200820152600061022082015260006102408201526000610260820152600061028082015260006102a082015260006102c0820152826102e0820152826103008201520152611670600435614066565b6040519061167d82613c9f565b805460018060a01b038116835260ff8160a01c16602084015260ff8160a81c16604084015261ffff8160b01c16606084015261ffff8160c01c16608084015261ffff8160d01c1660a084015261ffff8160e01c1660c084015260f01c60e08301526001600160401b03600182015461ffff811661010085015261ffff8160101c1661012085015260ff8160201c16151561014085015263ffffffff8160281c16610160850152818160481c1661018085015260881c166101a083015260ff60028201546001600160401b0381166101c08501526001600160401b038160401c166101e08501526001600160401b038160801c1661020085015260c01c16151561022083015260038101546102408301526004810154610260830152600581015461028083015260068101546102a083015260078101546102c08301526117c560088201613e98565b6102e083015260405180816020600985015492838152016009850160005260206000209260005b818110611a8957505061180192500382613cd7565b6103008301526040518082600a602081849601549485815201910160005260206000209260005b818110611a6757505061183d92500382613cd7565b61032082015260405180916020825260018060a01b03815116602083015260ff602082015116604083015260ff604082015116606083015261ffff606082015116608083015261ffff60808201511660a083015261ffff60a08201511660c083015261ffff60c08201511660e083015261ffff60e08201511661010083015261ffff6101008201511661012083015261ffff61012082015116610140830152610140810151151561016083015263ffffffff610160820151166101808301526001600160401b03610180820151166101a08301526001600160401b036101a0820151166101c08301526001600160401b036101c0820151166101e08301526001600160401b036101e0820151166102008301526001600160401b036102008201511661022083015261022081015115156102408301526102408101516102608301526102608101516102808301526102808101516102a08301526102a08101516102c08301526102c08101516102e08301526119cc6102e0820151610340610300850152610360840190613858565b9061030081015191601f19848203016103208501526020808451928381520193019060005b818110611a4e57505050610320015190601f19838203016103408401526020808351928381520192019060005b818110611a2c575050500390f35b82516001600160a01b0316845285945060209384019390920191600101611a1e565b82518552869550602094850194909201916001016119f1565b84546001600160a01b0316835260019485019486945060209093019201611828565b84548352600194850194869450602090930192016117ec565b34610303576080366003190112610303576024356004356044356064356001600160401b03811161030357611adb903690600401613783565b9390611ae684614066565b611af2600a8201613dcb565b905460039190911b1c6001600160a01b03163303611d3b5760ff815460a81c1660018103611d2357506001600160401b03600282015460401c16804211611d0b575060068101908154611cf65783158015611cee575b8015611ce3575b611cd357836008925584600782015501946001600160401b03811161105457611b788654613d53565b601f8111611c8d575b50600095601f8211600114611c045790611bf49291817fae3078c6feb96862c6ffa071e31da6c00d24f0be773d60a00668dfbe52911c069798600091611bf9575b508260011b906000198460031b1c19161790555b60405194859485526020850152606060408501526060840191613daa565b0390a2005b905083013589611bc2565b80875260208720601f198316885b818110611c755750907fae3078c6feb96862c6ffa071e31da6c00d24f0be773d60a00668dfbe52911c06979884611bf49695949310611c5b575b5050600182811b019055611bd6565b840135600019600385901b60f8161c191690558880611c4c565b858a013583556020998a019960019093019201611c12565b81811115611b8157611cc49087600052602060002090601f840160051c9060208510611cca575b601f82910160051c039101613d8d565b86611b81565b60009150611cb4565b62f8b33f60e71b60005260046000fd5b506102008711611b4f565b508415611b48565b856306da013d60e21b60005260045260246000fd5b856337851a4160e11b60005260045260245260446000fd5b8563800b061560e01b60005260045260245260446000fd5b846304215e7960e51b60005260045260246000fd5b611d59366137b0565b929033600052600060205260406000209060ff600283015416611dbd5784600483611dac7f397055a0e1ba6f030d85c3abdd604203d2a93daf222e046d454ef634718750a3988589898d611bf49a61451a565b015491604051958695339987613e0e565b6345ed80e960e01b6000523360045260246000fd5b3461030357604036600319011261030357611deb613842565b600435600052600360205260406000209060018060a01b031660005260205260c060406000205460206040519160018116151583526002811615158284015260048116151560408401526008811615156060840152601081161515608084015216151560a0820152f35b346103035760003660031901126103035760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610303576000366003190112610303576020600954604051908152f35b613810565b34610303576040366003190112610303576004356024356001600160401b03811161030357611eef903690600401613783565b9190611efa82614066565b9060ff825460a81c16806106e8575060008381526003602090815260408083203384529091529020805460ff8116929190831561202c576004811661201357602016611ffa576102008611611fe9577fe25254d9feca12944e8dc515934668bf38a6247d829ae1866681649dfdfd05ff936001809260ff6020611fcb97171660ff1982541617815554161515600014611fd05701805463ffff0000611fa561ffff8360101c166138b5565b60101b169063ffff000019161790555b6040519182916020835233966020840191613daa565b0390a3005b01805464ff000000001916640100000000179055611fb5565b6337b89b9360e21b60005260046000fd5b84630482915d60e01b6000526004523360245260446000fd5b85638434df8160e01b6000526004523360245260446000fd5b85633e50052d60e21b6000526004523360245260446000fd5b34610303576000366003190112610303576020600854604051908152f35b346103035760803660031901126103035760043560243560443560ff811680820361030357606435918215158093036103035761209f85614772565b9084158015612154575b612144578215908115612137575b506121225760038101849055600501805463ff00000019831663ff0000ff1990911617601884901b63ff000000161790556040805193845260208401919091528201527f2d85cc1bb075e7e022a7c87e6d084922cd0970b25bd0a21634580e4146be5dd390606090a2005b50634aa5724b60e11b60005260045260246000fd5b60f09150161515866120b7565b62bfc92160e01b60005260046000fd5b506001600160801b0385116120a9565b346103035760203660031901126103035761217d61382c565b600060c060405161218d81613c84565b606081528260208201528260408201528260608201528260808201528260a0820152015260018060a01b0316600052600060205261225e6040600020604051906121d682613c84565b6121df81613e98565b825263ffffffff600182015491602084019283526001600160401b0360ff600283015416604086019081526003830154926060870193845260056004820154916080890192835201549360ff60a089019385871685528760c08b019760401c1687526040519a8b9a60208c525160e060208d01526101008c0190613858565b985160408b0152511660608901525160808801525160a0870152511660c0850152511660e08301520390f35b346103035760003660031901126103035760206040517ffa58dd248889da1b885d5f30a6ef0159354d8c77a0d399f75ec5c86616f9f5158152f35b34610303576000366003190112610303576020604051670de0b6b3a76400008152f35b6137f4565b34610303576000366003190112610303576020600754604051908152f35b346103035760003660031901126103035760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461030357600036600319011261030357602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103035760203660031901126103035760206123ac600435613e60565b6001600160401b0360405191168152f35b34610303576020366003190112610303576004356123da81614066565b805460ff8160a81c16806106e857506001600160401b0360028301541680421161261c5750600083815260036020908152604080832033845290915290208054909160ff82161561260357600482166125ea5760208216611ffa573360005260006020526001604060002092161515600014612550575060016002820154161561253b57600591835461ffff60e01b61247961ffff8360e01c166138b5565b60e01b169061ffff60e01b19161784555b60ff600481835416171660ff198254161790550163ffffffff815460401c169063ffffffff82146115585760016124db920163ffffffff60401b82549160401b169063ffffffff60401b1916179055565b33827f4426e4a90a9570c8f678a263b11785eaaade8b79d76d18c43d4d8e00062e4f83600080a38054600982015461ffff8260e01c16149081612529575b5061252057005b6105e3916147c7565b9050600a8201549060f01c1483612519565b63c65f240f60e01b6000523360045260246000fd5b93929160028083015416156125d5576004820154947f0000000000000000000000000000000000000000000000000000000000000000958681106125bc575060059394955061ffff60f01b6125a78260f01c6138b5565b60f01b169060018060f01b031617845561248a565b86906322df051360e11b60005260045260245260446000fd5b630e8cf31560e11b6000523360045260246000fd5b84638434df8160e01b6000526004523360245260446000fd5b84633e50052d60e21b6000526004523360245260446000fd5b83631229aea160e01b60005260045260245260446000fd5b34610303576060366003190112610303576004356024356001600160401b038116809103610303576044356001600160401b0381169081810361030357600461267c85614772565b0180546001600160401b03811685118015612769575b612754576126b3816001600160401b0380809460801c169160401c16613c32565b16808510801561274c575b612734575080546001600160c01b03851677ffffffffffffffffffffffffffffffff00000000000000009091161760c09290921b6001600160c01b0319169190911790557f012ce86c8ea17fcb0726ced2256c612df1ca9fef5ed8d6c118bff40c3a7ead499160409182519182526020820152a2005b8563709aafeb60e11b60005260045260245260446000fd5b5084156126be565b85630241c76b60e31b60005260045260246000fd5b508060c01c8411612692565b61277e366137b0565b929033600052600060205260406000209060ff600283015416156127d25784600483611dac7fcaa3bc3c5220d1b1d479317d29bc185d0dac8a8fe6153def92196d6c5229cdd4988589898d611bf49a61451a565b63bfc6c33760e01b6000523360045260246000fd5b34610303576000366003190112610303576020600654604051908152f35b3461030357606036600319011261030357600435612821613725565b906044356001600160401b03811161030357612841903690600401613783565b9061284b83614066565b9160ff835460a81c1660028114159081612a24575b50612a0f5760ff600284015460c01c166129fa5760008481526003602090815260408083203384529091529020805490959092600184161580156129ef575b6129d657600884166129bd5763ffffffff821692831591821561297d575b505061296c576129026001600160801b036105e39760ff6008816129669816171660ff198254161781555460081c169163ffffffff600187015460281c169083613b89565b91604051908152826020820152857f2a1b97185a939698d9b3fd9d9e73cddd47448dd5faa1d0481270fd66439ebdcf60403393a3600484016129458382546138c8565b9055612953826008546138c8565b6008556129618286336143a8565b6138c8565b9161419a565b6306f996f560e41b60005260046000fd5b612992925061298d84338a613fb9565b6142ff565b61299e600a8601613dcb565b905460039190911b1c6001600160a01b039081169116141587806128bd565b856361ee575160e11b6000526004523360245260446000fd5b85636092fb7f60e01b6000526004523360245260446000fd5b50600484161561289f565b83632f6c6f5160e11b60005260045260246000fd5b83635870cd9760e11b60005260045260246000fd5b60039150141586612860565b3461030357602036600319011261030357600435612a4d81614066565b60ff815460a81c1660018103612c035750600281016001600160401b03815460401c1680421115612beb5750815460ff60a81b1916600360a81b178255805467ffffffffffffffff60801b19811660409190911b67ffffffffffffffff60801b16179055612abb8183614279565b600090600092600a82019384545b808210612b90575050612ade6105e394613dcb565b60018060a01b0391549060031b1c166000526000602052807fc448055c8b824ec093a5170fa88658eb6d35a62cd81df8a824069207d1b770c6604060048160002001805490612b5f612710612b5761ffff7f00000000000000000000000000000000000000000000000000000000000000001685613b69565b0480936138c8565b9055612b6d816007546138c8565b600755612b7c81600a54613b7c565b600a558151908782526020820152a261419a565b9093612be36001918460005260036020526001600160801b03604080600020612bb98a8c613df6565b878060a01b0391549060031b1c1690600091878060a01b03168252602052205460081c1690613b7c565b940190612ac9565b8363569b325360e11b60005260045260245260446000fd5b8263800b061560e01b60005260045260245260446000fd5b34610303576000366003190112610303576020604051620186a08152f35b34610303576000366003190112610303573360005260006020526040600020600281019060ff825416156127d25760050163ffffffff815460401c169182612cf357805460ff191690556001600160401b03915081612cba7f0000000000000000000000000000000000000000000000000000000000000000428316613c32565b16821982541617815554166040519081527f3600ea5702745e3102d47f14fd3a267969af50e3166930e5a1f03910b330aa3660203392a2005b82637b80aa5360e01b60005260045260246000fd5b34610303576000366003190112610303573360005260046020526040600020548015612dc6576000808080933382526004602052816040812055612d4e816009546138c8565b6009556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a2335af13d15612dc1573d612d9081613cf8565b90612d9e6040519283613cd7565b8152600060203d92013e5b15612db057005b6312171d8360e31b60005260046000fd5b612da9565b630686827b60e51b60005260046000fd5b34610303576000366003190112610303576020600554604051908152f35b346103035760003660031901126103035760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346103035760003660031901126103035760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346103035760003660031901126103035760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610303576040366003190112610303576004356001600160401b038111610303576101006003198236030112610303576024356001600160401b03811161030357612eff903690600401613783565b908260040135158015613409575b6133f857612f216024840184600401613c52565b612f2a81613cf8565b90612f386040519283613cd7565b808252368184011161030357602081600092612f5b9583860137830101526141db565b156133e757811515806133ba575b6133a9576064830135158015613395575b6121445760ff612f8c60848501613d13565b1615801561337e575b61335b576001600160401b03612fad60a48501613d21565b161561334a57670de0b6b3a76400006001600160401b03612fd060c48601613d21565b1610156133365761ffff612fe660e48501613d35565b1615801561331d575b6132f957612ffe600554613d44565b928360055583600052600160205260406000209160018060a01b0333166bffffffffffffffffffffffff60a01b8454161783558160040135600184015560448201356002840155606482013560038401556130a761305e60a48401613d21565b6001600160401b036004860191166001600160401b031982541617815561308760c48501613d21565b81546001600160c01b031660c09190911b6001600160c01b031916179055565b6130b360848301613d13565b60ff60058501911660ff198254161781556130d060e48401613d35565b62ffff0082549160081b169062ffff0019161790556130f56024830183600401613c52565b6001600160401b0381959295116110545786946131156006840154613d53565b601f81116132ba575b50600090601f831160011461324a57600692916000918361323f575b50508160011b916000199060031b1c1916179101555b6131606024830160048401613c52565b9190926084810161317090613d13565b61317c60a48301613d21565b61318860c48401613d21565b9061319560e48501613d35565b92604051978897866004013589526020890161012090526101208901906131bb92613daa565b946044810135604089015260640135606088015260ff1660808701526001600160401b031660a08601526001600160401b031660c085015261ffff1660e0840152828103610100840152339561321092613daa565b037fc349801559a461856ccaed04fb193726a4a6019a1808a9354e7c717110dfca7b91a3604051908152602090f35b01359050898061313a565b6006840182526020822091805b601f198516811061329f5750918391600193600695601f19811610613285575b505050811b01910155613150565b0135600019600384901b60f8161c19169055898080613277565b8183013584558a985060019093019260209182019101613257565b8281111561311e576132f39060068501600052602060002090601f850160051c9060208610611cca57601f82910160051c039101613d8d565b8861311e565b61ffff61330860e48501613d35565b63ec8634c560e01b6000521660045260246000fd5b50604061ffff61332f60e48601613d35565b1611612fef565b6001600160401b0361148b60c48501613d21565b630757bfc960e21b60005260046000fd5b60ff61336960848501613d13565b634aa5724b60e11b6000521660045260246000fd5b5060f061338d60848501613d13565b161515612f95565b506001600160801b03606484013511612f7a565b630665256760e11b60005260046000fd5b50602060006040518484823780858101838152039060025afa156113805760005160448401351415612f69565b633ba0191160e01b60005260046000fd5b633e78eb9360e01b60005260046000fd5b50604483013515612f0d565b346103035760003660031901126103035760206040516127108152f35b346103035760203660031901126103035760043561344f81614066565b9060ff825460a81c166002811415908161354f575b5061353b57600282019182549260ff8460c01c16613526576001600160401b036134b37f0000000000000000000000000000000000000000000000000000000000000000828760801c16613c32565b16938442111561350c5760ff60c01b1916600160c01b17905560048101546040518181526105e3945090929081907fcdb24df83c7021207b861273a5af108e6c044de970a61ac9d1d897e0ee8ea90190602090a261419a565b505050631412a79360e01b60005260045260245260446000fd5b82630bc7c02560e31b60005260045260246000fd5b635870cd9760e11b60005260045260246000fd5b60039150141583613464565b346103035760203660031901126103035760043561357881614066565b80546001600160a01b03811633036136255760ff8160a81c16806106e85750600182015460ff8160201c169081156135fe575b5061ffff8260e01c1615918215926135f1575b50816135e8575b506135d3576105e39161409f565b506369ea3fc760e11b60005260045260246000fd5b905015836135c5565b60f01c15159150846135be565b613616915061ffff60098501549160101c16906138c8565b61ffff8260d01c1611846135ab565b826309b4c33d60e01b60005260045260246000fd5b346103035760003660031901126103035760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103035760603660031901126103035760206107ad61369c613725565b6136a4613738565b90600435613b89565b3461030357600036600319011261030357602060405160408152f35b34610303576040366003190112610303576105e36024356004356138d5565b346103035760003660031901126103035760209061ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b6024359063ffffffff8216820361030357565b6044359063ffffffff8216820361030357565b3461030357600036600319011261030357602060405160028152f35b3461030357600036600319011261030357602060405160018152f35b9181601f84011215610303578235916001600160401b038311610303576020838186019501011161030357565b608060031982011261030357600435906001600160401b038211610303576137da91600401613783565b90916024359060443560ff81168103610303579060643590565b3461030357600036600319011261030357602060405160008152f35b3461030357600036600319011261030357602060405160038152f35b600435906001600160a01b038216820361030357565b602435906001600160a01b038216820361030357565b919082519283825260005b848110613884575050826000602080949584010152601f8019910116010190565b80602080928401015182828601015201613863565b3461030357600036600319011261030357602060405160048152f35b61ffff1661ffff81146115585760010190565b9190820391821161155857565b91906138e083614066565b9060ff825460a81c1660018103613b51575060028201906001600160401b03825460401c16804211611d0b575060068301805415613b3d5760008681526003602090815260408083203384529091529020805460018116158015613b32575b613b195760108116613b0057601060ff809216171660ff1982541617905554811490604051908152816020820152857f99a64f5737f0dc8371ee8013f772b26e50faaee93eab2a72c26a0806803bf0a260403393a3156139d6576001820180549061ffff6139ae8184166138b5565b16809261ffff19161790556139d0600984015461ffff855460b01c16906138c8565b146139dc575b50509050565b815460ff60a81b1916600160a91b178255805467ffffffffffffffff60801b19164260801b67ffffffffffffffff60801b16179055613a1b8184614279565b600090600a810190600401825b8254811015613ac757600190866000526003602052613ac1613a866001600160801b03604080600020613a5b868a613df6565b888060a01b0391549060031b1c1690600091888060a01b03168252602052205460081c168097613b7c565b95613a928186546138c8565b8555613aa0816008546138c8565b60085588613aae8488613df6565b868060a01b0391549060031b1c16614462565b01613a28565b50505060207fde72b52864215b2cf97beb41289b6869563bb0fc8ac754fc308eae9863c5120391939293604051908152a28038806139d6565b876347b467b960e11b6000526004523360245260446000fd5b87636092fb7f60e01b6000526004523360245260446000fd5b50600481161561393f565b85627f6d1f60e51b60005260045260246000fd5b8463800b061560e01b60005260045260245260446000fd5b8181029291811591840414171561155857565b9190820180921161155857565b909163ffffffff8316928315613c29578163ffffffff613bf69316809511613c21575b5063ffffffff613bee612710613be661ffff7f00000000000000000000000000000000000000000000000000000000000000001687613b69565b0480956138c8565b911690613b69565b918015613c0b57613c08920490613b7c565b90565b634e487b7160e01b600052601260045260246000fd5b905038613bac565b50505050600090565b906001600160401b03809116911601906001600160401b03821161155857565b903590601e198136030182121561030357018035906001600160401b0382116103035760200191813603831361030357565b60e081019081106001600160401b0382111761105457604052565b61034081019081106001600160401b0382111761105457604052565b61018081019081106001600160401b0382111761105457604052565b90601f801991011681019081106001600160401b0382111761105457604052565b6001600160401b03811161105457601f01601f191660200190565b3560ff811681036103035790565b356001600160401b03811681036103035790565b3561ffff811681036103035790565b60001981146115585760010190565b90600182811c92168015613d83575b6020831014613d6d57565b634e487b7160e01b600052602260045260246000fd5b91607f1691613d62565b60005b828110613d9c57505050565b600082820155600101613d90565b908060209392818452848401376000828201840152601f01601f1916010190565b805415613de057600052602060002090600090565b634e487b7160e01b600052603260045260246000fd5b8054821015613de05760005260206000200190600090565b929695949193613e2b60ff9260809660a0875260a0870191613daa565b97602085015216604083015260608201520152565b906001600160401b03809116911603906001600160401b03821161155857565b6000526001602052613c086004604060002001546001600160401b03613e8d818360401c16828416613e40565b9160801c1690613e40565b9060405191826000825492613eac84613d53565b8084529360018116908115613f1a5750600114613ed3575b50613ed192500383613cd7565b565b90506000929192526020600020906000915b818310613efe575050906020613ed19282010138613ec4565b6020919350806001915483858901015201910190918492613ee5565b905060209250613ed194915060ff191682840152151560051b82010138613ec4565b3563ffffffff811681036103035790565b903590601e198136030182121561030357018035906001600160401b03821161030357602001918160051b3603831361030357565b91818110613f8f57505050565b613ed19260005280602060002001910390613d8d565b356001600160a01b03811681036103035790565b9163ffffffff906040519260208401947ffa58dd248889da1b885d5f30a6ef0159354d8c77a0d399f75ec5c86616f9f5158652604085015260018060a01b031660608401521660808201526080815261401360a082613cd7565b519020604051602081019161190160f01b83527f00000000000000000000000000000000000000000000000000000000000000006022830152604282015260428152614060606282613cd7565b51902090565b60008181526002602052604090208054909291906001600160a01b03161561408b5750565b630510aa5f60e41b60005260045260246000fd5b815460ff60a81b1916600160aa1b17825560028201805460ff60c01b1916600160c01b1790556001820192600983019160005b835481101561415557806140e860019286613df6565b90549060031b1c6000528160205261414f604060002061412760046001600160401b038b5460481c169201916001600160401b03835460801c16613e40565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b016140d2565b5091509250613ed1916141688183614279565b600481015491807f7e3805011acb8d49832d7ef085841e251e66267c06e54e0ac20cb09f3c696d3b6020604051868152a25b91909181156141d657826004613ed194016141b68482546138c8565b90556141c4836008546138c8565b600855546001600160a01b03166144be565b505050565b6102008151116142735760409061421582516141f78482613cd7565b600b81526a7665696c2d6469723a2f2f60a81b6020820152826149ea565b9182614266575b821561422757505090565b61425391925061423981519182613cd7565b6007815266697066733a2f2f60c81b6020820152826149ea565b908161425d575090565b60079150511190565b9150600b8151119161421c565b50600090565b9190600981019060005b82548110156142c3578061429960019285613df6565b90549060031b1c600052816020526142bd828060a01b036040600020541687614a46565b01614283565b50600a01905060005b81548110156139d657806142f96142e560019385613df6565b848060a01b0391549060031b1c1686614a46565b016142cc565b604183036143a0578260201161030357813591836040116103035760208101359360401015613de0576040013560f81c907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613c2957601b82141580614395575b613c2957602093600093608093604051938452868401526040830152606082015282805260015afa156113805760005190565b50601c821415614362565b505050600090565b91909181156141d6576040600080516020614ac48339815191529160018060a01b031692836000526004602052816000206143e4828254613b7c565b90556143f281600954613b7c565b600955815190815260016020820152a3565b90801561445e57600080516020614ac4833981519152604060009360018060a01b031692838552600460205281852061443e828254613b7c565b905561444c81600954613b7c565b600955815190815260036020820152a3565b5050565b91909181156141d6576040600080516020614ac48339815191529160018060a01b0316928360005260046020528160002061449e828254613b7c565b90556144ac81600954613b7c565b600955815190815260026020820152a3565b91909181156141d6576040600080516020614ac48339815191529160018060a01b031692836000526004602052816000206144fa828254613b7c565b905561450881600954613b7c565b600955815190815260006020820152a3565b93929594909560ff84169081158015614766575b6147515783158015614746575b614735578015614724576001600160801b03831161470f576004860193600261456686543490613b7c565b96161515806146e6575b6146ad576001600160401b0381116110545761458c8754613d53565b601f8111614671575b506000601f821160011461460a5781906005999a6000926145ff575b50508160011b916000199060031b1c19161786555b6001860155600285019060ff19825416179055600384015555016001600160401b031981541690556145fa34600754613b7c565b600755565b0135905038806145b1565b8781526020812090601f198316815b81811061465957509a83929160019460059c9d1061463f575b505050811b0186556145c6565b0135600019600384901b60f8161c19169055388080614632565b91926020600181928f87013581550194019201614619565b81811115614595576146a79088600052602060002090601f840160051c9060208510611cca57601f82910160051c039101613d8d565b38614595565b856322df051360e11b6000526004527f000000000000000000000000000000000000000000000000000000000000000060245260446000fd5b507f00000000000000000000000000000000000000000000000000000000000000008610614570565b8263179c637760e11b60005260045260246000fd5b630eda9c3d60e31b60005260046000fd5b63f1cbb56760e01b60005260046000fd5b50610200841161453b565b50635669b8eb60e11b60005260045260246000fd5b5060fc8516151561452e565b60008181526001602052604090208054909291906001600160a01b031680156147b257330361479e5750565b6303ebdcd960e11b60005260045260246000fd5b5063f5ed385760e01b60005260045260246000fd5b815460ff60a81b1916600160a81b17825560048201549092600183019190600984019060005b8254811015614915576148008184613df6565b90549060031b1c6000526001602052604060002060406001600160401b03875460481c169161486b61484360048301946001600160401b03865460801c16613e40565b845467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178455565b60008a81526003602090815283822092546001600160a01b03168252919091522080549091906004166148a3575b50506001016147ed565b946001600160801b0361490d92614902600195986148db6001600160401b038c5460481c166001600160401b03835460401c16613c32565b67ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b5460081c16906138c8565b939038614899565b509391925050600093600a82019485545b80821061496e575050613ed1939450807f2a01812e9127752e37316d576128531245db934279e5825b992d9a2f2de5cacf602061ffff855460e01c16604051908152a261419a565b90936149c16001918460005260036020526001600160801b036040806000206149978a8d613df6565b878060a01b0391549060031b1c1690600091878060a01b03168252602052205460081c16906138c8565b940190614926565b9190811015613de05760051b0190565b908151811015613de0570160200190565b908151815111614a3f5760005b8151811015614a37576001600160f81b0319614a1382856149d9565b51166001600160f81b0319614a2883856149d9565b5116036143a0576001016149f7565b505050600190565b5050600090565b6000526003602052604060002060018060a01b038216600052602052600460406000205416614a725750565b60018060a01b03166000526000602052600560406000200163ffffffff815460401c1690811561155857613ed1916000190163ffffffff60401b82549160401b169063ffffffff60401b191617905556feb34f70d75ac7516e591c1b4b53b55802ccd231bc0c8af2449550fef2f506ae36a164736f6c6343000825000a",
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
// Solidity: constructor((uint256,uint64,uint64,uint64,uint64,uint64,uint16,uint16) c) returns()
func (marketplace *Marketplace) PackConstructor(c MarketplaceConfig) []byte {
	enc, err := marketplace.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint16)
func (marketplace *Marketplace) PackBPS() []byte {
	enc, err := marketplace.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint16)
func (marketplace *Marketplace) TryPackBPS() ([]byte, error) {
	return marketplace.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (marketplace *Marketplace) UnpackBPS(data []byte) (uint16, error) {
	out, err := marketplace.abi.Unpack("BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackCREDITFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65bd4966.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CREDIT_FEE() view returns(uint8)
func (marketplace *Marketplace) PackCREDITFEE() []byte {
	enc, err := marketplace.abi.Pack("CREDIT_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCREDITFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65bd4966.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CREDIT_FEE() view returns(uint8)
func (marketplace *Marketplace) TryPackCREDITFEE() ([]byte, error) {
	return marketplace.abi.Pack("CREDIT_FEE")
}

// UnpackCREDITFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65bd4966.
//
// Solidity: function CREDIT_FEE() view returns(uint8)
func (marketplace *Marketplace) UnpackCREDITFEE(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("CREDIT_FEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCREDITOWNERPAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22483135.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CREDIT_OWNER_PAY() view returns(uint8)
func (marketplace *Marketplace) PackCREDITOWNERPAY() []byte {
	enc, err := marketplace.abi.Pack("CREDIT_OWNER_PAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCREDITOWNERPAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22483135.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CREDIT_OWNER_PAY() view returns(uint8)
func (marketplace *Marketplace) TryPackCREDITOWNERPAY() ([]byte, error) {
	return marketplace.abi.Pack("CREDIT_OWNER_PAY")
}

// UnpackCREDITOWNERPAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22483135.
//
// Solidity: function CREDIT_OWNER_PAY() view returns(uint8)
func (marketplace *Marketplace) UnpackCREDITOWNERPAY(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("CREDIT_OWNER_PAY", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCREDITREFUND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f579573.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CREDIT_REFUND() view returns(uint8)
func (marketplace *Marketplace) PackCREDITREFUND() []byte {
	enc, err := marketplace.abi.Pack("CREDIT_REFUND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCREDITREFUND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f579573.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CREDIT_REFUND() view returns(uint8)
func (marketplace *Marketplace) TryPackCREDITREFUND() ([]byte, error) {
	return marketplace.abi.Pack("CREDIT_REFUND")
}

// UnpackCREDITREFUND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f579573.
//
// Solidity: function CREDIT_REFUND() view returns(uint8)
func (marketplace *Marketplace) UnpackCREDITREFUND(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("CREDIT_REFUND", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCREDITSTAKE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x530dbff9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CREDIT_STAKE() view returns(uint8)
func (marketplace *Marketplace) PackCREDITSTAKE() []byte {
	enc, err := marketplace.abi.Pack("CREDIT_STAKE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCREDITSTAKE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x530dbff9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CREDIT_STAKE() view returns(uint8)
func (marketplace *Marketplace) TryPackCREDITSTAKE() ([]byte, error) {
	return marketplace.abi.Pack("CREDIT_STAKE")
}

// UnpackCREDITSTAKE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x530dbff9.
//
// Solidity: function CREDIT_STAKE() view returns(uint8)
func (marketplace *Marketplace) UnpackCREDITSTAKE(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("CREDIT_STAKE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDELTAONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ddd2645.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DELTA_ONE() view returns(uint64)
func (marketplace *Marketplace) PackDELTAONE() []byte {
	enc, err := marketplace.abi.Pack("DELTA_ONE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDELTAONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ddd2645.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DELTA_ONE() view returns(uint64)
func (marketplace *Marketplace) TryPackDELTAONE() ([]byte, error) {
	return marketplace.abi.Pack("DELTA_ONE")
}

// UnpackDELTAONE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ddd2645.
//
// Solidity: function DELTA_ONE() view returns(uint64)
func (marketplace *Marketplace) UnpackDELTAONE(data []byte) (uint64, error) {
	out, err := marketplace.abi.Unpack("DELTA_ONE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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

// PackENGINEFL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa01f1dfc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ENGINE_FL() view returns(uint8)
func (marketplace *Marketplace) PackENGINEFL() []byte {
	enc, err := marketplace.abi.Pack("ENGINE_FL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackENGINEFL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa01f1dfc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ENGINE_FL() view returns(uint8)
func (marketplace *Marketplace) TryPackENGINEFL() ([]byte, error) {
	return marketplace.abi.Pack("ENGINE_FL")
}

// UnpackENGINEFL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa01f1dfc.
//
// Solidity: function ENGINE_FL() view returns(uint8)
func (marketplace *Marketplace) UnpackENGINEFL(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("ENGINE_FL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackENGINEHE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2a4a74b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ENGINE_HE() view returns(uint8)
func (marketplace *Marketplace) PackENGINEHE() []byte {
	enc, err := marketplace.abi.Pack("ENGINE_HE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackENGINEHE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2a4a74b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ENGINE_HE() view returns(uint8)
func (marketplace *Marketplace) TryPackENGINEHE() ([]byte, error) {
	return marketplace.abi.Pack("ENGINE_HE")
}

// UnpackENGINEHE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2a4a74b.
//
// Solidity: function ENGINE_HE() view returns(uint8)
func (marketplace *Marketplace) UnpackENGINEHE(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("ENGINE_HE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackENGINEMPC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf78229d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ENGINE_MPC() view returns(uint8)
func (marketplace *Marketplace) PackENGINEMPC() []byte {
	enc, err := marketplace.abi.Pack("ENGINE_MPC")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackENGINEMPC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf78229d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ENGINE_MPC() view returns(uint8)
func (marketplace *Marketplace) TryPackENGINEMPC() ([]byte, error) {
	return marketplace.abi.Pack("ENGINE_MPC")
}

// UnpackENGINEMPC is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf78229d2.
//
// Solidity: function ENGINE_MPC() view returns(uint8)
func (marketplace *Marketplace) UnpackENGINEMPC(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("ENGINE_MPC", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackENGINETEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd828ad57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ENGINE_TEE() view returns(uint8)
func (marketplace *Marketplace) PackENGINETEE() []byte {
	enc, err := marketplace.abi.Pack("ENGINE_TEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackENGINETEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd828ad57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ENGINE_TEE() view returns(uint8)
func (marketplace *Marketplace) TryPackENGINETEE() ([]byte, error) {
	return marketplace.abi.Pack("ENGINE_TEE")
}

// UnpackENGINETEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd828ad57.
//
// Solidity: function ENGINE_TEE() view returns(uint8)
func (marketplace *Marketplace) UnpackENGINETEE(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("ENGINE_TEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackJOBCANCELLED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd34ada7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function JOB_CANCELLED() view returns(uint8)
func (marketplace *Marketplace) PackJOBCANCELLED() []byte {
	enc, err := marketplace.abi.Pack("JOB_CANCELLED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJOBCANCELLED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd34ada7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function JOB_CANCELLED() view returns(uint8)
func (marketplace *Marketplace) TryPackJOBCANCELLED() ([]byte, error) {
	return marketplace.abi.Pack("JOB_CANCELLED")
}

// UnpackJOBCANCELLED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd34ada7b.
//
// Solidity: function JOB_CANCELLED() view returns(uint8)
func (marketplace *Marketplace) UnpackJOBCANCELLED(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("JOB_CANCELLED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackJOBFAILED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac24257c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function JOB_FAILED() view returns(uint8)
func (marketplace *Marketplace) PackJOBFAILED() []byte {
	enc, err := marketplace.abi.Pack("JOB_FAILED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJOBFAILED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac24257c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function JOB_FAILED() view returns(uint8)
func (marketplace *Marketplace) TryPackJOBFAILED() ([]byte, error) {
	return marketplace.abi.Pack("JOB_FAILED")
}

// UnpackJOBFAILED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac24257c.
//
// Solidity: function JOB_FAILED() view returns(uint8)
func (marketplace *Marketplace) UnpackJOBFAILED(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("JOB_FAILED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackJOBOPEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82e46aed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function JOB_OPEN() view returns(uint8)
func (marketplace *Marketplace) PackJOBOPEN() []byte {
	enc, err := marketplace.abi.Pack("JOB_OPEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJOBOPEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82e46aed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function JOB_OPEN() view returns(uint8)
func (marketplace *Marketplace) TryPackJOBOPEN() ([]byte, error) {
	return marketplace.abi.Pack("JOB_OPEN")
}

// UnpackJOBOPEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82e46aed.
//
// Solidity: function JOB_OPEN() view returns(uint8)
func (marketplace *Marketplace) UnpackJOBOPEN(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("JOB_OPEN", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackJOBSETTLED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8c6788b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function JOB_SETTLED() view returns(uint8)
func (marketplace *Marketplace) PackJOBSETTLED() []byte {
	enc, err := marketplace.abi.Pack("JOB_SETTLED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJOBSETTLED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8c6788b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function JOB_SETTLED() view returns(uint8)
func (marketplace *Marketplace) TryPackJOBSETTLED() ([]byte, error) {
	return marketplace.abi.Pack("JOB_SETTLED")
}

// UnpackJOBSETTLED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8c6788b.
//
// Solidity: function JOB_SETTLED() view returns(uint8)
func (marketplace *Marketplace) UnpackJOBSETTLED(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("JOB_SETTLED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackJOBSTARTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xead09d76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function JOB_STARTED() view returns(uint8)
func (marketplace *Marketplace) PackJOBSTARTED() []byte {
	enc, err := marketplace.abi.Pack("JOB_STARTED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJOBSTARTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xead09d76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function JOB_STARTED() view returns(uint8)
func (marketplace *Marketplace) TryPackJOBSTARTED() ([]byte, error) {
	return marketplace.abi.Pack("JOB_STARTED")
}

// UnpackJOBSTARTED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xead09d76.
//
// Solidity: function JOB_STARTED() view returns(uint8)
func (marketplace *Marketplace) UnpackJOBSTARTED(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("JOB_STARTED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXCOMPUTEPERJOB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadaeab00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COMPUTE_PER_JOB() view returns(uint256)
func (marketplace *Marketplace) PackMAXCOMPUTEPERJOB() []byte {
	enc, err := marketplace.abi.Pack("MAX_COMPUTE_PER_JOB")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOMPUTEPERJOB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadaeab00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COMPUTE_PER_JOB() view returns(uint256)
func (marketplace *Marketplace) TryPackMAXCOMPUTEPERJOB() ([]byte, error) {
	return marketplace.abi.Pack("MAX_COMPUTE_PER_JOB")
}

// UnpackMAXCOMPUTEPERJOB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadaeab00.
//
// Solidity: function MAX_COMPUTE_PER_JOB() view returns(uint256)
func (marketplace *Marketplace) UnpackMAXCOMPUTEPERJOB(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("MAX_COMPUTE_PER_JOB", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDATASETSPERJOB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x141fb036.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DATASETS_PER_JOB() view returns(uint256)
func (marketplace *Marketplace) PackMAXDATASETSPERJOB() []byte {
	enc, err := marketplace.abi.Pack("MAX_DATASETS_PER_JOB")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDATASETSPERJOB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x141fb036.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DATASETS_PER_JOB() view returns(uint256)
func (marketplace *Marketplace) TryPackMAXDATASETSPERJOB() ([]byte, error) {
	return marketplace.abi.Pack("MAX_DATASETS_PER_JOB")
}

// UnpackMAXDATASETSPERJOB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x141fb036.
//
// Solidity: function MAX_DATASETS_PER_JOB() view returns(uint256)
func (marketplace *Marketplace) UnpackMAXDATASETSPERJOB(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("MAX_DATASETS_PER_JOB", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXROUNDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41d35582.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROUNDS() view returns(uint32)
func (marketplace *Marketplace) PackMAXROUNDS() []byte {
	enc, err := marketplace.abi.Pack("MAX_ROUNDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROUNDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41d35582.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROUNDS() view returns(uint32)
func (marketplace *Marketplace) TryPackMAXROUNDS() ([]byte, error) {
	return marketplace.abi.Pack("MAX_ROUNDS")
}

// UnpackMAXROUNDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41d35582.
//
// Solidity: function MAX_ROUNDS() view returns(uint32)
func (marketplace *Marketplace) UnpackMAXROUNDS(data []byte) (uint32, error) {
	out, err := marketplace.abi.Unpack("MAX_ROUNDS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (marketplace *Marketplace) PackRECEIPTTYPEHASH() []byte {
	enc, err := marketplace.abi.Pack("RECEIPT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (marketplace *Marketplace) TryPackRECEIPTTYPEHASH() ([]byte, error) {
	return marketplace.abi.Pack("RECEIPT_TYPEHASH")
}

// UnpackRECEIPTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95850f59.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (marketplace *Marketplace) UnpackRECEIPTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("RECEIPT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackROLECOMPUTE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e115200.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_COMPUTE() view returns(uint8)
func (marketplace *Marketplace) PackROLECOMPUTE() []byte {
	enc, err := marketplace.abi.Pack("ROLE_COMPUTE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLECOMPUTE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e115200.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_COMPUTE() view returns(uint8)
func (marketplace *Marketplace) TryPackROLECOMPUTE() ([]byte, error) {
	return marketplace.abi.Pack("ROLE_COMPUTE")
}

// UnpackROLECOMPUTE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e115200.
//
// Solidity: function ROLE_COMPUTE() view returns(uint8)
func (marketplace *Marketplace) UnpackROLECOMPUTE(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("ROLE_COMPUTE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROLEOWNER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ad682af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_OWNER() view returns(uint8)
func (marketplace *Marketplace) PackROLEOWNER() []byte {
	enc, err := marketplace.abi.Pack("ROLE_OWNER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLEOWNER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ad682af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_OWNER() view returns(uint8)
func (marketplace *Marketplace) TryPackROLEOWNER() ([]byte, error) {
	return marketplace.abi.Pack("ROLE_OWNER")
}

// UnpackROLEOWNER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ad682af.
//
// Solidity: function ROLE_OWNER() view returns(uint8)
func (marketplace *Marketplace) UnpackROLEOWNER(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("ROLE_OWNER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAcceptJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63b2f3c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptJob(uint256 id) returns()
func (marketplace *Marketplace) PackAcceptJob(id *big.Int) []byte {
	enc, err := marketplace.abi.Pack("acceptJob", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63b2f3c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptJob(uint256 id) returns()
func (marketplace *Marketplace) TryPackAcceptJob(id *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("acceptJob", id)
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

// PackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dffa3dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelJob(uint256 id) returns()
func (marketplace *Marketplace) PackCancelJob(id *big.Int) []byte {
	enc, err := marketplace.abi.Pack("cancelJob", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dffa3dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelJob(uint256 id) returns()
func (marketplace *Marketplace) TryPackCancelJob(id *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("cancelJob", id)
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
// the contract method with ID 0xe99f8d63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeAcceptance(uint256 id) returns()
func (marketplace *Marketplace) PackCloseAcceptance(id *big.Int) []byte {
	enc, err := marketplace.abi.Pack("closeAcceptance", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseAcceptance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99f8d63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeAcceptance(uint256 id) returns()
func (marketplace *Marketplace) TryPackCloseAcceptance(id *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("closeAcceptance", id)
}

// PackCloseJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e01abca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeJob(uint256 id) returns()
func (marketplace *Marketplace) PackCloseJob(id *big.Int) []byte {
	enc, err := marketplace.abi.Pack("closeJob", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e01abca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeJob(uint256 id) returns()
func (marketplace *Marketplace) TryPackCloseJob(id *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("closeJob", id)
}

// PackCommitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe8c79f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitResult(uint256 id, bytes32 payloadHash, bytes32 blobHash, string uri) returns()
func (marketplace *Marketplace) PackCommitResult(id *big.Int, payloadHash [32]byte, blobHash [32]byte, uri string) []byte {
	enc, err := marketplace.abi.Pack("commitResult", id, payloadHash, blobHash, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe8c79f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitResult(uint256 id, bytes32 payloadHash, bytes32 blobHash, string uri) returns()
func (marketplace *Marketplace) TryPackCommitResult(id *big.Int, payloadHash [32]byte, blobHash [32]byte, uri string) ([]byte, error) {
	return marketplace.abi.Pack("commitResult", id, payloadHash, blobHash, uri)
}

// PackConfirmResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ce4dad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmResult(uint256 id, bytes32 payloadHash) returns()
func (marketplace *Marketplace) PackConfirmResult(id *big.Int, payloadHash [32]byte) []byte {
	enc, err := marketplace.abi.Pack("confirmResult", id, payloadHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ce4dad0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmResult(uint256 id, bytes32 payloadHash) returns()
func (marketplace *Marketplace) TryPackConfirmResult(id *big.Int, payloadHash [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("confirmResult", id, payloadHash)
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
// the contract method with ID 0xa59a807c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function declineJob(uint256 id, string reason) returns()
func (marketplace *Marketplace) PackDeclineJob(id *big.Int, reason string) []byte {
	enc, err := marketplace.abi.Pack("declineJob", id, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeclineJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa59a807c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function declineJob(uint256 id, string reason) returns()
func (marketplace *Marketplace) TryPackDeclineJob(id *big.Int, reason string) ([]byte, error) {
	return marketplace.abi.Pack("declineJob", id, reason)
}

// PackFailJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x420bb38f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failJob(uint256 id) returns()
func (marketplace *Marketplace) PackFailJob(id *big.Int) []byte {
	enc, err := marketplace.abi.Pack("failJob", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x420bb38f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failJob(uint256 id) returns()
func (marketplace *Marketplace) TryPackFailJob(id *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("failJob", id)
}

// PackGetDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee004221.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDataset(uint256 id) view returns((address,bytes32,bytes32,uint256,uint64,uint64,uint64,uint64,uint8,uint16,bool,string))
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
// Solidity: function getDataset(uint256 id) view returns((address,bytes32,bytes32,uint256,uint64,uint64,uint64,uint64,uint8,uint16,bool,string))
func (marketplace *Marketplace) TryPackGetDataset(id *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("getDataset", id)
}

// UnpackGetDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee004221.
//
// Solidity: function getDataset(uint256 id) view returns((address,bytes32,bytes32,uint256,uint64,uint64,uint64,uint64,uint8,uint16,bool,string))
func (marketplace *Marketplace) UnpackGetDataset(data []byte) (MarketplaceDataset, error) {
	out, err := marketplace.abi.Unpack("getDataset", data)
	if err != nil {
		return *new(MarketplaceDataset), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketplaceDataset)).(*MarketplaceDataset)
	return out0, nil
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 id) view returns((address,uint8,uint8,uint16,uint16,uint16,uint16,uint16,uint16,uint16,bool,uint32,uint64,uint64,uint64,uint64,uint64,bool,uint256,uint256,bytes32,bytes32,bytes32,string,uint256[],address[]))
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
// Solidity: function getJob(uint256 id) view returns((address,uint8,uint8,uint16,uint16,uint16,uint16,uint16,uint16,uint16,bool,uint32,uint64,uint64,uint64,uint64,uint64,bool,uint256,uint256,bytes32,bytes32,bytes32,string,uint256[],address[]))
func (marketplace *Marketplace) TryPackGetJob(id *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("getJob", id)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 id) view returns((address,uint8,uint8,uint16,uint16,uint16,uint16,uint16,uint16,uint16,bool,uint32,uint64,uint64,uint64,uint64,uint64,bool,uint256,uint256,bytes32,bytes32,bytes32,string,uint256[],address[]))
func (marketplace *Marketplace) UnpackGetJob(data []byte) (MarketplaceJob, error) {
	out, err := marketplace.abi.Unpack("getJob", data)
	if err != nil {
		return *new(MarketplaceJob), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketplaceJob)).(*MarketplaceJob)
	return out0, nil
}

// PackGetNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d209048.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNode(address node) view returns((string,bytes32,uint8,uint256,uint256,uint64,uint32))
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
// Solidity: function getNode(address node) view returns((string,bytes32,uint8,uint256,uint256,uint64,uint32))
func (marketplace *Marketplace) TryPackGetNode(node common.Address) ([]byte, error) {
	return marketplace.abi.Pack("getNode", node)
}

// UnpackGetNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d209048.
//
// Solidity: function getNode(address node) view returns((string,bytes32,uint8,uint256,uint256,uint64,uint32))
func (marketplace *Marketplace) UnpackGetNode(data []byte) (MarketplaceNode, error) {
	out, err := marketplace.abi.Unpack("getNode", data)
	if err != nil {
		return *new(MarketplaceNode), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketplaceNode)).(*MarketplaceNode)
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

// PackParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8612eab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function participant(uint256 id, address who) view returns(bool isOwner, bool isCompute, bool accepted, bool redeemed, bool confirmed, bool declined)
func (marketplace *Marketplace) PackParticipant(id *big.Int, who common.Address) []byte {
	enc, err := marketplace.abi.Pack("participant", id, who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8612eab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function participant(uint256 id, address who) view returns(bool isOwner, bool isCompute, bool accepted, bool redeemed, bool confirmed, bool declined)
func (marketplace *Marketplace) TryPackParticipant(id *big.Int, who common.Address) ([]byte, error) {
	return marketplace.abi.Pack("participant", id, who)
}

// ParticipantOutput serves as a container for the return parameters of contract
// method Participant.
type ParticipantOutput struct {
	IsOwner   bool
	IsCompute bool
	Accepted  bool
	Redeemed  bool
	Confirmed bool
	Declined  bool
}

// UnpackParticipant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8612eab.
//
// Solidity: function participant(uint256 id, address who) view returns(bool isOwner, bool isCompute, bool accepted, bool redeemed, bool confirmed, bool declined)
func (marketplace *Marketplace) UnpackParticipant(data []byte) (ParticipantOutput, error) {
	out, err := marketplace.abi.Unpack("participant", data)
	outstruct := new(ParticipantOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.IsOwner = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.IsCompute = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Accepted = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Redeemed = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.Confirmed = *abi.ConvertType(out[4], new(bool)).(*bool)
	outstruct.Declined = *abi.ConvertType(out[5], new(bool)).(*bool)
	return *outstruct, nil
}

// PackPublishDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cd7882d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishDataset((bytes32,string,bytes32,uint256,uint8,uint64,uint64,uint16) p, bytes metadata) returns(uint256 id)
func (marketplace *Marketplace) PackPublishDataset(p MarketplacePublishParams, metadata []byte) []byte {
	enc, err := marketplace.abi.Pack("publishDataset", p, metadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cd7882d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishDataset((bytes32,string,bytes32,uint256,uint8,uint64,uint64,uint16) p, bytes metadata) returns(uint256 id)
func (marketplace *Marketplace) TryPackPublishDataset(p MarketplacePublishParams, metadata []byte) ([]byte, error) {
	return marketplace.abi.Pack("publishDataset", p, metadata)
}

// UnpackPublishDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2cd7882d.
//
// Solidity: function publishDataset((bytes32,string,bytes32,uint256,uint8,uint64,uint64,uint16) p, bytes metadata) returns(uint256 id)
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

// PackRedeemReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x499a526e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemReceipt(uint256 id, uint32 rounds, bytes signature) returns()
func (marketplace *Marketplace) PackRedeemReceipt(id *big.Int, rounds uint32, signature []byte) []byte {
	enc, err := marketplace.abi.Pack("redeemReceipt", id, rounds, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x499a526e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemReceipt(uint256 id, uint32 rounds, bytes signature) returns()
func (marketplace *Marketplace) TryPackRedeemReceipt(id *big.Int, rounds uint32, signature []byte) ([]byte, error) {
	return marketplace.abi.Pack("redeemReceipt", id, rounds, signature)
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

// PackRemainingBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6612a4f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remainingBudget(uint256 id) view returns(uint64)
func (marketplace *Marketplace) PackRemainingBudget(id *big.Int) []byte {
	enc, err := marketplace.abi.Pack("remainingBudget", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemainingBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6612a4f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remainingBudget(uint256 id) view returns(uint64)
func (marketplace *Marketplace) TryPackRemainingBudget(id *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("remainingBudget", id)
}

// UnpackRemainingBudget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6612a4f0.
//
// Solidity: function remainingBudget(uint256 id) view returns(uint64)
func (marketplace *Marketplace) UnpackRemainingBudget(data []byte) (uint64, error) {
	out, err := marketplace.abi.Unpack("remainingBudget", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRestrictDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63915674.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function restrictDataset(uint256 id, uint64 budget, uint64 maxDelta) returns()
func (marketplace *Marketplace) PackRestrictDataset(id *big.Int, budget uint64, maxDelta uint64) []byte {
	enc, err := marketplace.abi.Pack("restrictDataset", id, budget, maxDelta)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRestrictDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63915674.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function restrictDataset(uint256 id, uint64 budget, uint64 maxDelta) returns()
func (marketplace *Marketplace) TryPackRestrictDataset(id *big.Int, budget uint64, maxDelta uint64) ([]byte, error) {
	return marketplace.abi.Pack("restrictDataset", id, budget, maxDelta)
}

// PackSlashBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0681e651.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashBps() view returns(uint16)
func (marketplace *Marketplace) PackSlashBps() []byte {
	enc, err := marketplace.abi.Pack("slashBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0681e651.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashBps() view returns(uint16)
func (marketplace *Marketplace) TryPackSlashBps() ([]byte, error) {
	return marketplace.abi.Pack("slashBps")
}

// UnpackSlashBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0681e651.
//
// Solidity: function slashBps() view returns(uint16)
func (marketplace *Marketplace) UnpackSlashBps(data []byte) (uint16, error) {
	out, err := marketplace.abi.Unpack("slashBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSubmitJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb51f5b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitJob((bytes32,string,uint8,uint256[],uint64,uint64,uint32,uint16,uint16,address[],uint64) p, bytes spec) payable returns(uint256 id)
func (marketplace *Marketplace) PackSubmitJob(p MarketplaceJobParams, spec []byte) []byte {
	enc, err := marketplace.abi.Pack("submitJob", p, spec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb51f5b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitJob((bytes32,string,uint8,uint256[],uint64,uint64,uint32,uint16,uint16,address[],uint64) p, bytes spec) payable returns(uint256 id)
func (marketplace *Marketplace) TryPackSubmitJob(p MarketplaceJobParams, spec []byte) ([]byte, error) {
	return marketplace.abi.Pack("submitJob", p, spec)
}

// UnpackSubmitJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb51f5b1.
//
// Solidity: function submitJob((bytes32,string,uint8,uint256[],uint64,uint64,uint32,uint16,uint16,address[],uint64) p, bytes spec) payable returns(uint256 id)
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

// PackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalCredits() view returns(uint256)
func (marketplace *Marketplace) PackTotalCredits() []byte {
	enc, err := marketplace.abi.Pack("totalCredits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalCredits() view returns(uint256)
func (marketplace *Marketplace) TryPackTotalCredits() ([]byte, error) {
	return marketplace.abi.Pack("totalCredits")
}

// UnpackTotalCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5bd3eb9.
//
// Solidity: function totalCredits() view returns(uint256)
func (marketplace *Marketplace) UnpackTotalCredits(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("totalCredits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d89844.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalEscrow() view returns(uint256)
func (marketplace *Marketplace) PackTotalEscrow() []byte {
	enc, err := marketplace.abi.Pack("totalEscrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d89844.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalEscrow() view returns(uint256)
func (marketplace *Marketplace) TryPackTotalEscrow() ([]byte, error) {
	return marketplace.abi.Pack("totalEscrow")
}

// UnpackTotalEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3d89844.
//
// Solidity: function totalEscrow() view returns(uint256)
func (marketplace *Marketplace) UnpackTotalEscrow(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("totalEscrow", data)
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
// the contract method with ID 0xa069ace4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDataset(uint256 id, uint256 price, uint8 engines, bool paused) returns()
func (marketplace *Marketplace) PackUpdateDataset(id *big.Int, price *big.Int, engines uint8, paused bool) []byte {
	enc, err := marketplace.abi.Pack("updateDataset", id, price, engines, paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa069ace4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDataset(uint256 id, uint256 price, uint8 engines, bool paused) returns()
func (marketplace *Marketplace) TryPackUpdateDataset(id *big.Int, price *big.Int, engines uint8, paused bool) ([]byte, error) {
	return marketplace.abi.Pack("updateDataset", id, price, engines, paused)
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
	Engines      uint8
	Budget       uint64
	MaxDelta     uint64
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
// Solidity: event DatasetPublished(uint256 indexed id, address indexed owner, bytes32 sha256Digest, string uri, bytes32 metaHash, uint256 price, uint8 engines, uint64 budget, uint64 maxDelta, uint16 minOwners, bytes metadata)
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
	Id       *big.Int
	Budget   uint64
	MaxDelta uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceDatasetRestrictedEventName = "DatasetRestricted"

// ContractEventName returns the user-defined event name.
func (MarketplaceDatasetRestricted) ContractEventName() string {
	return MarketplaceDatasetRestrictedEventName
}

// UnpackDatasetRestrictedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetRestricted(uint256 indexed id, uint64 budget, uint64 maxDelta)
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
	Id      *big.Int
	Price   *big.Int
	Engines uint8
	Paused  bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceDatasetUpdatedEventName = "DatasetUpdated"

// ContractEventName returns the user-defined event name.
func (MarketplaceDatasetUpdated) ContractEventName() string {
	return MarketplaceDatasetUpdatedEventName
}

// UnpackDatasetUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetUpdated(uint256 indexed id, uint256 price, uint8 engines, bool paused)
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
	Id     *big.Int
	Refund *big.Int
	Burned *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceJobFailedEventName = "JobFailed"

// ContractEventName returns the user-defined event name.
func (MarketplaceJobFailed) ContractEventName() string {
	return MarketplaceJobFailedEventName
}

// UnpackJobFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobFailed(uint256 indexed id, uint256 refund, uint256 burned)
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
	Datasets  []*big.Int
	Epsilon   uint64
	Delta     uint64
	Rounds    uint32
	Dropouts  uint16
	Colluders uint16
	Compute   []common.Address
	AcceptBy  uint64
	Deadline  uint64
	Payment   *big.Int
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
// Solidity: event JobSubmitted(uint256 indexed id, address indexed buyer, bytes32 specHash, uint8 engine, uint256[] datasets, uint64 epsilon, uint64 delta, uint32 rounds, uint16 dropouts, uint16 colluders, address[] compute, uint64 acceptBy, uint64 deadline, uint256 payment)
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

// MarketplaceReceiptRedeemed represents a ReceiptRedeemed event raised by the Marketplace contract.
type MarketplaceReceiptRedeemed struct {
	Id     *big.Int
	Owner  common.Address
	Rounds uint32
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceReceiptRedeemedEventName = "ReceiptRedeemed"

// ContractEventName returns the user-defined event name.
func (MarketplaceReceiptRedeemed) ContractEventName() string {
	return MarketplaceReceiptRedeemedEventName
}

// UnpackReceiptRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptRedeemed(uint256 indexed id, address indexed owner, uint32 rounds, uint256 amount)
func (marketplace *Marketplace) UnpackReceiptRedeemedEvent(log *types.Log) (*MarketplaceReceiptRedeemed, error) {
	event := "ReceiptRedeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceReceiptRedeemed)
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
// Solidity: event ResultCommitted(uint256 indexed id, bytes32 payloadHash, bytes32 blobHash, string uri)
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
	Id          *big.Int
	Owner       common.Address
	PayloadHash [32]byte
	Matches     bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketplaceResultConfirmedEventName = "ResultConfirmed"

// ContractEventName returns the user-defined event name.
func (MarketplaceResultConfirmed) ContractEventName() string {
	return MarketplaceResultConfirmedEventName
}

// UnpackResultConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultConfirmed(uint256 indexed id, address indexed owner, bytes32 payloadHash, bool matches)
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

// MarketplaceWithdrawn represents a Withdrawn event raised by the Marketplace contract.
type MarketplaceWithdrawn struct {
	Account common.Address
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
// Solidity: event Withdrawn(address indexed account, uint256 amount)
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
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyRedeemed"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyRedeemedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadReceipt"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadReceiptError(raw[4:])
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
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidURI"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidURIError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["JobNotEnded"].ID.Bytes()[:4]) {
		return marketplace.UnpackJobNotEndedError(raw[4:])
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

// MarketplaceAlreadyRedeemed represents a AlreadyRedeemed error raised by the Marketplace contract.
type MarketplaceAlreadyRedeemed struct {
	Id    *big.Int
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRedeemed(uint256 id, address owner)
func MarketplaceAlreadyRedeemedErrorID() common.Hash {
	return common.HexToHash("0xc3dcaea2d58503ab377fda4334e1c7b7dd05c40d20489bcabc99b559fe5523f6")
}

// UnpackAlreadyRedeemedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRedeemed(uint256 id, address owner)
func (marketplace *Marketplace) UnpackAlreadyRedeemedError(raw []byte) (*MarketplaceAlreadyRedeemed, error) {
	out := new(MarketplaceAlreadyRedeemed)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyRedeemed", raw); err != nil {
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

// MarketplaceJobNotEnded represents a JobNotEnded error raised by the Marketplace contract.
type MarketplaceJobNotEnded struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotEnded(uint256 id)
func MarketplaceJobNotEndedErrorID() common.Hash {
	return common.HexToHash("0xb0e19b2ef0264fd34556b8ae9ed35ae6b16dd6b022a93924b8da6ef6cc9f769c")
}

// UnpackJobNotEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotEnded(uint256 id)
func (marketplace *Marketplace) UnpackJobNotEndedError(raw []byte) (*MarketplaceJobNotEnded, error) {
	out := new(MarketplaceJobNotEnded)
	if err := marketplace.abi.UnpackIntoInterface(out, "JobNotEnded", raw); err != nil {
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
	OpenJobs uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeBusy(uint32 openJobs)
func MarketplaceNodeBusyErrorID() common.Hash {
	return common.HexToHash("0x7b80aa53d936906b40cae5dd58f50f7f5ba744b63830bb3bdc60a006e4afd836")
}

// UnpackNodeBusyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeBusy(uint32 openJobs)
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
