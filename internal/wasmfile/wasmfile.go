// Package wasmfile reads a .wasm file for the tools: mapped where the
// system allows (Map), and parsed so that a mapping truncated meanwhile is
// an error rather than a crash (Parse).
package wasmfile

import (
	"errors"
	"runtime/debug"

	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// Parse parses the module. Its bytes may be a mapping of the file (Map): if
// another process truncates the file meanwhile, reading a page past the new
// end faults; that becomes an error here instead of a crash, provided
// every read of the bytes happens in this goroutine: set opts.Serial for a
// mapping (debug.SetPanicOnFault is per goroutine).
func Parse(b []byte, opts wasmparse.Options) (f *wasmparse.File, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if _, fault := r.(interface{ Addr() uintptr }); !fault {
				panic(r)
			}
			f, err = nil, errors.New("the file changed while it was read (did another process rewrite it?)")
		}
	}()
	return wasmparse.ParseWith(b, opts)
}
