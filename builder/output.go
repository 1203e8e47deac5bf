package builder

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// tree is the complete output of a build, held in memory until every step
// has succeeded, so that a failure writes nothing.
type tree map[string][]byte // slash-separated relative path -> contents

// manifestName is the file a build writes into its output directory listing
// every file it wrote. It is how a later build recognises the directory as
// its own earlier output, the only non-empty directory it will replace.
const manifestName = ".wbg-guard-output"

const manifestHeader = "# wbg-guard build output: the files below were written by wbg-guard.\n" +
	"# A later build replaces this directory only while it holds nothing else.\n"

func manifest(t tree) []byte {
	var b strings.Builder
	b.WriteString(manifestHeader)
	for _, name := range sortedNames(t) {
		b.WriteString(name)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

func sortedNames(t tree) []string {
	names := make([]string, 0, len(t))
	for name := range t {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// writeAtomically writes t as the directory out. It writes to a temporary
// directory beside out and renames it into place, so that readers see either
// the old output or the complete new one, never a mix. An existing out is
// replaced only when checkReplaceable allows it (it is empty or holds only
// what an earlier build wrote); warn reports a previous output that was
// moved aside but could not be removed.
func writeAtomically(out string, t tree, copies map[string]copySource, warn func(string)) error {
	// Checked again here, not only before the build: the directory may have
	// changed while the build ran.
	if err := checkReplaceable(out); err != nil {
		return err
	}
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
	for _, name := range sortedNames(t) {
		p := filepath.Join(tmp, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("%s: %w", out, unwrapPathError(err))
		}
		write := func() error { return os.WriteFile(p, t[name], 0o644) }
		if src, ok := copies[name]; ok {
			write = func() error {
				if src.early.take(p, src.size) {
					return nil
				}
				return copyFile(src, p)
			}
		}
		if err := write(); err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(out, name), unwrapPathError(err))
		}
	}
	if err := os.WriteFile(filepath.Join(tmp, manifestName), manifest(t), 0o644); err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(out, manifestName), unwrapPathError(err))
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
		if err := removeAll(old); err != nil {
			warn(fmt.Sprintf("%s: the new output is in place, but the previous one, moved to %s, could not be removed (%v); delete it by hand", out, old, unwrapPathError(err)))
		}
	}
	return nil
}

// checkReplaceable refuses an output location whose contents the build did
// not write: the build replaces the directory as a whole, so anything else in
// it would be lost. It allows a missing or empty directory and an earlier
// output that holds only the files its manifest lists.
func checkReplaceable(out string) error {
	st, err := os.Lstat(out)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", out, unwrapPathError(err))
	}
	if st.Mode()&os.ModeSymlink != 0 {
		return fmt.Errorf("%s: is a symbolic link; the output directory is replaced as a whole, which would replace the link: pass the directory it points to, or another --out-dir", out)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s: exists and is not a directory; choose another --out-dir", out)
	}
	if err := checkNotCurrentDir(out); err != nil {
		return err
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("%s: %w", out, unwrapPathError(err))
	}
	if len(entries) == 0 {
		return nil
	}
	listed, err := readManifest(out)
	if os.IsNotExist(err) {
		return fmt.Errorf("%s: holds %s and is not the output of an earlier wbg-guard build (it has no %s), so wbg-guard did not write it; the output directory is replaced as a whole: empty it yourself or choose another --out-dir", out, entries[0].Name(), manifestName)
	}
	if err != nil {
		return err
	}
	foreign := ""
	walkErr := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		rel = filepath.ToSlash(rel)
		if rel == "." || rel == manifestName {
			return nil
		}
		if d.IsDir() {
			if !listed.hasDir(rel) {
				foreign = rel + "/"
				return filepath.SkipAll
			}
			return nil
		}
		if !listed.files[rel] {
			foreign = rel
			return filepath.SkipAll
		}
		return nil
	})
	if walkErr != nil {
		return fmt.Errorf("%s: %w", out, unwrapPathError(walkErr))
	}
	if foreign != "" {
		return fmt.Errorf("%s: holds %s, which wbg-guard did not write; the output directory is replaced as a whole, so move that away or choose another --out-dir", out, foreign)
	}
	return nil
}

type manifestList struct{ files map[string]bool }

func (m manifestList) hasDir(dir string) bool {
	for f := range m.files {
		if strings.HasPrefix(f, dir+"/") {
			return true
		}
	}
	return false
}

// readManifest reads the manifest of an earlier output in dir; an error
// satisfying os.IsNotExist means there is none.
func readManifest(dir string) (manifestList, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if os.IsNotExist(err) {
		return manifestList{}, err
	}
	if err != nil {
		return manifestList{}, fmt.Errorf("%s: %w", filepath.Join(dir, manifestName), unwrapPathError(err))
	}
	m := manifestList{files: map[string]bool{}}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m.files[line] = true
	}
	return m, nil
}

// checkNotCurrentDir refuses the working directory and its ancestors: they
// cannot be renamed away from under the process and the shell that ran it.
func checkNotCurrentDir(out string) error {
	wd, err := os.Getwd()
	if err != nil {
		return nil
	}
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	if r, err := filepath.EvalSymlinks(absOut); err == nil {
		absOut = r
	}
	if r, err := filepath.EvalSymlinks(wd); err == nil {
		wd = r
	}
	switch {
	case absOut == wd:
		return fmt.Errorf("%s: is the current directory; the output directory is replaced as a whole, so it must be a directory of its own, such as --out-dir dist", out)
	case within(wd, absOut):
		return fmt.Errorf("%s: contains the current directory; the output directory is replaced as a whole, so it must be a directory of its own, such as --out-dir dist", out)
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
	return checkReplaceable(out)
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

// removeAll is os.RemoveAll; a test replaces it to see a failed removal
// reported.
var removeAll = os.RemoveAll

// copyFile copies src to a new file dst. io.Copy between two files lets the
// kernel do it (copy_file_range on Linux: no copy through user space, and a
// reflink where the filesystem shares extents). A source whose size is no
// longer the one the build parsed changed meanwhile: an error.
func copyFile(src copySource, dst string) error {
	in, err := os.Open(src.path)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	n, err := io.Copy(out, in)
	if err != nil {
		out.Close()
		return err
	}
	if n != src.size {
		out.Close()
		return fmt.Errorf("%s changed during the build (%d bytes, %d when it was parsed)", src.path, n, src.size)
	}
	return out.Close()
}
