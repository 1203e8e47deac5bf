package builder

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// tree is the complete output of a build, held in memory until every step
// has succeeded, so that a failure writes nothing.
type tree map[string][]byte // slash-separated relative path -> contents

// writeAtomically writes t as the directory out. It writes to a temporary
// directory beside out and renames it into place, so that readers see either
// the old output or the complete new one, never a mix; an existing out is
// replaced as a whole.
func writeAtomically(out string, t tree) error {
	parent := filepath.Dir(filepath.Clean(out))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("%s: cannot create the output's parent directory: %w", parent, unwrapPathError(err))
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".wbg-guard-")
	if err != nil {
		return fmt.Errorf("%s: cannot write the output: %w", parent, unwrapPathError(err))
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	// MkdirTemp creates 0700; the output is an ordinary directory.
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(t))
	for name := range t {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		p := filepath.Join(tmp, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("%s: %w", out, unwrapPathError(err))
		}
		if err := os.WriteFile(p, t[name], 0o644); err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(out, name), unwrapPathError(err))
		}
	}

	// Replace an existing output: move it aside first so the rename of the
	// new tree cannot fail half-way, then delete it.
	var old string
	if _, err := os.Lstat(out); err == nil {
		old = tmp + ".old"
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("%s: cannot replace the existing output: %w", out, unwrapPathError(err))
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return fmt.Errorf("%s: cannot write the output: %w", out, unwrapPathError(err))
	}
	ok = true
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// checkPaths rejects output locations that would clobber or nest in the input.
func checkPaths(in, out string) error {
	st, err := os.Stat(in)
	if err != nil {
		return fmt.Errorf("%s: %w", in, unwrapPathError(err))
	}
	if !st.IsDir() {
		return fmt.Errorf("%s: not a directory (build expects a wasm-bindgen output directory)", in)
	}
	absIn, err := filepath.Abs(in)
	if err != nil {
		return err
	}
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	// Resolve symlinks where the paths exist so that aliases are caught too.
	if r, err := filepath.EvalSymlinks(absIn); err == nil {
		absIn = r
	}
	if r, err := evalExistingPrefix(absOut); err == nil {
		absOut = r
	}
	switch {
	case absIn == absOut:
		return fmt.Errorf("%s: the output directory is the input directory; the input is never modified, choose another --out-dir", out)
	case within(absOut, absIn):
		return fmt.Errorf("%s: the output directory is inside the input directory %s; choose a directory outside it", out, in)
	case within(absIn, absOut):
		return fmt.Errorf("%s: the output directory contains the input directory %s and would replace it; choose another --out-dir", out, in)
	}
	if st, err := os.Stat(out); err == nil && !st.IsDir() {
		return fmt.Errorf("%s: exists and is not a directory", out)
	}
	return nil
}

// evalExistingPrefix resolves symlinks in the longest existing prefix of p.
func evalExistingPrefix(p string) (string, error) {
	var rest []string
	for {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(append([]string{r}, rest...)...), nil
		}
		parent := filepath.Dir(p)
		if parent == p {
			return "", fmt.Errorf("no existing prefix")
		}
		rest = append([]string{filepath.Base(p)}, rest...)
		p = parent
	}
}

func within(child, parent string) bool {
	rel, err := filepath.Rel(parent, child)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}
