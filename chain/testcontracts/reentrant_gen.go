// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testcontracts

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

// ReentrantReceiverMetaData contains all meta data concerning the ReentrantReceiver contract.
var ReentrantReceiverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"m\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentries\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentriesSucceeded\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentry\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setReentry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ReentrantReceiver",
	Bin: "0x60a080604052346101f957602081610832803803809161001f82856101fe565b8339810103126101f957516001600160a01b03811681036101f957608052604051633ccfd60b60e01b60208201526004815261005c6024826101fe565b80516001600160401b0381116101e357600054600181811c911680156101d9575b60208210146101c357601f8111610152575b50602091601f82116001146100ef579181926000926100e4575b50508160011b916000199060031b1c1916176000555b60405161061090816102228239608051818181609f015281816101bd01526105560152f35b0151905038806100a9565b601f1982169260008052806000209160005b85811061013a57508360019510610121575b505050811b016000556100bf565b015160001960f88460031b161c19169055388080610113565b91926020600181928685015181550194019201610101565b8181111561008f5760008052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563602084106101ba575b81601f9101920160051c039060005b8281106101ac57505061008f565b60008282015560010161019e565b6000915061018f565b634e487b7160e01b600052602260045260246000fd5b90607f169061007d565b634e487b7160e01b600052604160045260246000fd5b600080fd5b601f909101601f19168101906001600160401b038211908210176101e35760405256fe60806040526004361015610023575b361561001957600080fd5b61002161050d565b005b60003560e01c806355f86501146100835780636578986d1461007e57806380f5560514610079578063b344d76914610074578063ddeed2591461006f5763f462d9920361000e57610357565b610339565b610263565b6101a7565b610189565b60008061008f366100ea565b80916080378181608001526080347f00000000000000000000000000000000000000000000000000000000000000005af16100c8610445565b90156100e2576100de9060405191829182610140565b0390f35b602081519101fd5b90602060031983011261013b5760043567ffffffffffffffff811161013b578260238201121561013b5780600401359267ffffffffffffffff841161013b576024848301011161013b576024019190565b600080fd5b91909160208152825180602083015260005b818110610173575060409293506000838284010152601f8019910116010190565b8060208092870101516040828601015201610152565b3461013b57600036600319011261013b576020600154604051908152f35b3461013b57600036600319011261013b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b90600182811c9216801561021c575b602083101461020657565b634e487b7160e01b600052602260045260246000fd5b91607f16916101fb565b634e487b7160e01b600052604160045260246000fd5b90601f8019910116810190811067ffffffffffffffff82111761025e57604052565b610226565b3461013b57600036600319011261013b5760405160008054610284816101ec565b808452906001811690811561031557506001146102b8575b6100de836102ac8185038261023c565b60405191829182610140565b60008080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b8082106102fb575090915081016020016102ac61029c565b9192600181602092548385880101520191019092916102e3565b60ff191660208086019190915291151560051b840190910191506102ac905061029c565b3461013b57600036600319011261013b576020600254604051908152f35b3461013b57610365366100ea565b67ffffffffffffffff811161025e57610388816103836000546101ec565b610485565b6000601f82116001146103c85781906103b8936000926103bd575b50508160011b916000199060031b1c19161790565b600055005b0135905038806103a3565b60008052601f198216927f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391805b85811061042d57508360019510610413575b505050811b01600055005b0135600019600384901b60f8161c19169055388080610408565b909260206001819286860135815501940191016103f6565b3d15610480573d9067ffffffffffffffff821161025e5760405191610474601f8201601f19166020018461023c565b82523d6000602084013e565b606090565b90601f8211610492575050565b80821161049d575050565b6000805260206000206020601f830160051c92106104df575b81601f9101920160051c039060005b8281106104d157505050565b6000828201556001016104c5565b600091506104b6565b60001981146104f75760010190565b634e487b7160e01b600052601160045260246000fd5b600154600381101561060057610522906104e8565b60015560405160008054610535816101ec565b90600181169081156105eb575060011461059b575b508160009283920390827f00000000000000000000000000000000000000000000000000000000000000005af161057f610445565b5061058657565b6105996105946002546104e8565b600255565b565b9050600080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5636000905b8282106105d757505081018161054a565b6001816020925484870152019101906105c6565b60ff191684525080151502820190508161054a565b5056fea164736f6c6343000825000a",
}

// ReentrantReceiver is an auto generated Go binding around an Ethereum contract.
type ReentrantReceiver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantReceiver) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantReceiver creates a new instance of ReentrantReceiver.
func NewReentrantReceiver() *ReentrantReceiver {
	parsed, err := ReentrantReceiverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantReceiver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantReceiver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address m) returns()
func (reentrantReceiver *ReentrantReceiver) PackConstructor(m common.Address) []byte {
	enc, err := reentrantReceiver.abi.Pack("", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55f86501.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(bytes data) payable returns(bytes)
func (reentrantReceiver *ReentrantReceiver) PackExec(data []byte) []byte {
	enc, err := reentrantReceiver.abi.Pack("exec", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55f86501.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(bytes data) payable returns(bytes)
func (reentrantReceiver *ReentrantReceiver) TryPackExec(data []byte) ([]byte, error) {
	return reentrantReceiver.abi.Pack("exec", data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55f86501.
//
// Solidity: function exec(bytes data) payable returns(bytes)
func (reentrantReceiver *ReentrantReceiver) UnpackExec(data []byte) ([]byte, error) {
	out, err := reentrantReceiver.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (reentrantReceiver *ReentrantReceiver) PackMarket() []byte {
	enc, err := reentrantReceiver.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (reentrantReceiver *ReentrantReceiver) TryPackMarket() ([]byte, error) {
	return reentrantReceiver.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (reentrantReceiver *ReentrantReceiver) UnpackMarket(data []byte) (common.Address, error) {
	out, err := reentrantReceiver.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReentries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6578986d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentries() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) PackReentries() []byte {
	enc, err := reentrantReceiver.abi.Pack("reentries")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6578986d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentries() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) TryPackReentries() ([]byte, error) {
	return reentrantReceiver.abi.Pack("reentries")
}

// UnpackReentries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6578986d.
//
// Solidity: function reentries() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) UnpackReentries(data []byte) (*big.Int, error) {
	out, err := reentrantReceiver.abi.Unpack("reentries", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentriesSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddeed259.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentriesSucceeded() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) PackReentriesSucceeded() []byte {
	enc, err := reentrantReceiver.abi.Pack("reentriesSucceeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentriesSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddeed259.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentriesSucceeded() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) TryPackReentriesSucceeded() ([]byte, error) {
	return reentrantReceiver.abi.Pack("reentriesSucceeded")
}

// UnpackReentriesSucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddeed259.
//
// Solidity: function reentriesSucceeded() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) UnpackReentriesSucceeded(data []byte) (*big.Int, error) {
	out, err := reentrantReceiver.abi.Unpack("reentriesSucceeded", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb344d769.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentry() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) PackReentry() []byte {
	enc, err := reentrantReceiver.abi.Pack("reentry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb344d769.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentry() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) TryPackReentry() ([]byte, error) {
	return reentrantReceiver.abi.Pack("reentry")
}

// UnpackReentry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb344d769.
//
// Solidity: function reentry() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) UnpackReentry(data []byte) ([]byte, error) {
	out, err := reentrantReceiver.abi.Unpack("reentry", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSetReentry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf462d992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReentry(bytes data) returns()
func (reentrantReceiver *ReentrantReceiver) PackSetReentry(data []byte) []byte {
	enc, err := reentrantReceiver.abi.Pack("setReentry", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReentry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf462d992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReentry(bytes data) returns()
func (reentrantReceiver *ReentrantReceiver) TryPackSetReentry(data []byte) ([]byte, error) {
	return reentrantReceiver.abi.Pack("setReentry", data)
}
