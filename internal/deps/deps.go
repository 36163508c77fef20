// Package deps pins modules that the project is about to use, so that go mod tidy
// keeps them while the packages that import them are being written. Temporary.
package deps

import (
	_ "filippo.io/age"
	_ "github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/rogpeppe/go-internal/testscript"
	_ "github.com/spf13/cobra"
	_ "github.com/tuneinsight/lattigo/v6/multiparty"
	_ "go.etcd.io/bbolt"
	_ "golang.org/x/crypto/chacha20poly1305"
	_ "golang.org/x/crypto/hkdf"
	_ "gonum.org/v1/gonum/mat"
	_ "google.golang.org/grpc"
	_ "google.golang.org/protobuf/proto"
	_ "pgregory.net/rapid"
)
