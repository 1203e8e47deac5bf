package builder

import (
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// earlyCopy copies the input module next to the output directory while the
// rest of the build (glue analysis, the esbuild pass) runs, so that on a
// large module the kernel's copy and esbuild's work overlap instead of
// adding up. writeAtomically moves the copy into the new output by a
// rename; a copy that failed or was not taken is removed.
type earlyCopy struct {
	done chan struct{}
	path string // the temporary copy; "" once taken or removed, or if none was made
	n    int64
	err  error
}

// startEarlyCopy starts copying src beside outDir. It returns nil (nothing
// started) when outDir's parent does not exist yet: creating it is
// writeAtomically's job, once the build has succeeded.
func startEarlyCopy(src, outDir string) *earlyCopy {
	out := filepath.Clean(outDir)
	parent := filepath.Dir(out)
	if st, err := os.Stat(parent); err != nil || !st.IsDir() {
		return nil
	}
	c := &earlyCopy{done: make(chan struct{})}
	go func() {
		defer close(c.done)
		in, err := os.Open(src)
		if err != nil {
			c.err = err
			return
		}
		defer in.Close()
		// The same prefix as writeAtomically's temporary directory: what a
		// killed build leaves behind is recognisably ours.
		prefix := filepath.Join(parent, "."+filepath.Base(out)+".wbg-guard-wasm-")
		var f *os.File
		for i := 0; i < 100; i++ {
			name := prefix + strconv.FormatUint(rand.Uint64(), 36)
			f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if err == nil {
				c.path = name
				break
			}
			if !os.IsExist(err) {
				break
			}
		}
		if f == nil {
			c.err = err
			return
		}
		c.n, c.err = io.Copy(f, in)
		if err := f.Close(); c.err == nil {
			c.err = err
		}
	}()
	return c
}

// take waits for the copy and moves it to dst when it is complete and has
// the size the build parsed. false: the caller copies the file itself (an
// error, if there is one, is that copy's to report).
func (c *earlyCopy) take(dst string, size int64) bool {
	if c == nil {
		return false
	}
	<-c.done
	if c.path == "" || c.err != nil || c.n != size {
		return false
	}
	if err := os.Rename(c.path, dst); err != nil {
		return false
	}
	c.path = ""
	return true
}

// discard waits for the copy and removes it unless it was taken.
func (c *earlyCopy) discard() {
	if c == nil {
		return
	}
	<-c.done
	if c.path != "" {
		os.Remove(c.path)
		c.path = ""
	}
}
