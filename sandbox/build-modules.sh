#!/bin/sh
# Rebuilds the committed Wasm modules (the two example analyses and the
# tests' hostile module) from their Go source, reproducibly: the same bytes on
# any machine with the pinned Go release. CI runs it and diffs the result.
#
# What makes the build reproducible: the exact Go release (GOVERSION below,
# checked, never downloaded silently: GOTOOLCHAIN=local), a fixed target and
# flags (wasip1/wasm, c-shared reactor, no cgo, no experiments), -trimpath (no
# local paths), -buildvcs=false and an empty build id (no VCS or build
# stamps), -s -w (no symbol or DWARF tables), and go.sum pinning every module.
set -eu
cd "$(dirname "$0")"
want="$(cat GOVERSION)"
have="$(GOTOOLCHAIN=local go env GOVERSION)"
if [ "$have" != "$want" ]; then
	echo "sandbox: the modules are built with $want, this machine has $have (edit GOVERSION and rebuild to move)" >&2
	exit 1
fi
export GOTOOLCHAIN=local GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 GOEXPERIMENT= GOWASM= GOFLAGS=-mod=readonly
build() {
	go build -buildmode=c-shared -trimpath -buildvcs=false -ldflags="-s -w -buildid=" -o "$2" "$1"
}
build ./examples/groupstats/wasm examples/groupstats.wasm
build ./examples/logreg/wasm examples/logreg.wasm
build ./testdata/hostile testdata/hostile.wasm
sha256sum examples/groupstats.wasm examples/logreg.wasm testdata/hostile.wasm > SHA256SUMS
