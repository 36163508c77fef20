package sandbox

//go:generate ./build-modules.sh
