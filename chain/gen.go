package chain

// The Marketplace ABI, bytecode and Go bindings are generated and committed.
// `go generate ./chain/...` rebuilds them with the pinned solc (chain/contracts/package.json)
// and abigen (go install github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10); CI
// regenerates and fails on any difference.

//go:generate sh -c "test -d contracts/node_modules/solc || npm ci --prefix contracts --no-audit --no-fund --silent"
//go:generate node contracts/build.js
//go:generate abigen --v2 --abi contracts/build/Marketplace.abi --bin contracts/build/Marketplace.bin --pkg chain --type Marketplace --out marketplace_gen.go
//go:generate abigen --v2 --abi contracts/build/YardstickToken.abi --bin contracts/build/YardstickToken.bin --pkg testcontracts --type YardstickToken --out testcontracts/yardstick_gen.go
//go:generate abigen --v2 --abi contracts/build/ReentrantReceiver.abi --bin contracts/build/ReentrantReceiver.bin --pkg testcontracts --type ReentrantReceiver --out testcontracts/reentrant_gen.go
