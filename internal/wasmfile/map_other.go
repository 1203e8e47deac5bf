//go:build !unix

package wasmfile

import "os"

// Map reads the module (see map_unix.go for the mapped variant).
func Map(path string) (data []byte, release func(), err error) {
	b, err := os.ReadFile(path)
	return b, func() {}, err
}
