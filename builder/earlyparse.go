package builder

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/wbg-guard/wbg-guard/internal/wasmfile"
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// earlyParse maps and parses the input directory's module, and starts its
// early copy, while the glue is analysed: the analysis names the module the
// glue loads, but a wasm-bindgen directory almost always holds exactly one,
// so the work starts on that one and the build takes it if the analysis
// names the same file (for automerge's nodejs directory the glue analysis
// takes ~2.2 ms and the module's mapping and parse 0.2-1.3 ms after it).
// Anything else (no module, several, another name) and the build maps and
// parses as before; what was started is released.
type earlyParse struct {
	done             chan struct{}
	path             string // the module this started on
	bytes            []byte
	unmap            func()
	mod              *wasmparse.File
	mapErr, parseErr error
	early            *earlyCopy
}

// startEarlyParse starts on the one .wasm file of dir, whose entries are
// ents (nil: none, or more than one).
func startEarlyParse(dir string, ents []os.DirEntry, outDir string, opts wasmparse.Options) *earlyParse {
	only := onlyWasm(ents)
	if only == "" {
		return nil
	}
	p := &earlyParse{done: make(chan struct{}), path: filepath.Join(dir, only), unmap: func() {}}
	go func() {
		defer close(p.done)
		p.bytes, p.unmap, p.mapErr = wasmfile.Map(p.path)
		if p.mapErr != nil {
			return
		}
		p.early = startEarlyCopy(p.path, outDir)
		p.mod, p.parseErr = wasmfile.Parse(p.bytes, opts)
	}()
	return p
}

// onlyWasm is the name of the one .wasm file among a directory's entries;
// "" when there is none, or more than one.
func onlyWasm(ents []os.DirEntry) string {
	only := ""
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".wasm") && e.Type().IsRegular() {
			if only != "" {
				return ""
			}
			only = e.Name()
		}
	}
	return only
}

// matches waits for the work and reports whether it was started on path;
// if not, it is released.
func (p *earlyParse) matches(path string) bool {
	if p == nil {
		return false
	}
	<-p.done
	if p.path != path {
		p.discard()
		return false
	}
	return true
}

// release unmaps the module and removes an early copy not taken.
func (p *earlyParse) release() {
	p.unmap()
	p.early.discard()
}

// discard waits for the work and releases it (the build did not need it).
func (p *earlyParse) discard() {
	if p == nil {
		return
	}
	<-p.done
	p.release()
}
