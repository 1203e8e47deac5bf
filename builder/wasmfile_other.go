//go:build !unix

package builder

import "os"

// mapFile reads the module (see wasmfile_unix.go for the mapped variant).
func mapFile(path string) (data []byte, release func(), err error) {
	b, err := os.ReadFile(path)
	return b, func() {}, err
}
