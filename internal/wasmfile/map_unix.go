//go:build unix

package wasmfile

import (
	"os"
	"syscall"
)

// Map maps the module read-only instead of reading it: a parser then
// touches only the pages of the sections it needs, and a large module never
// passes through the heap (a build copies the file by the kernel). release
// unmaps it (it is never nil); the bytes must not be used after. Where
// mapping fails, the file is read.
func Map(path string) (data []byte, release func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, func() {}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, func() {}, err
	}
	size := fi.Size()
	if size <= 0 || int64(int(size)) != size || !fi.Mode().IsRegular() {
		b, err := os.ReadFile(path)
		return b, func() {}, err
	}
	data, err = syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		b, err := os.ReadFile(path)
		return b, func() {}, err
	}
	return data, func() { _ = syscall.Munmap(data) }, nil
}
