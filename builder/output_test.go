package builder

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The output directory is replaced as a whole, so a build must never replace
// a directory holding anything it did not write itself.

func TestOutDirWithForeignFilesIsRefused(t *testing.T) {
	cases := map[string]func(t *testing.T, out string){
		"a git repository": func(t *testing.T, out string) {
			os.MkdirAll(filepath.Join(out, ".git", "objects"), 0o755)
			os.WriteFile(filepath.Join(out, ".git", "HEAD"), []byte("ref: refs/heads/main\n"), 0o644)
			os.WriteFile(filepath.Join(out, "main.rs"), []byte("fn main() {}\n"), 0o644)
		},
		"an earlier output with a file added": func(t *testing.T, out string) {
			if err := Run(defaults(example(), out)); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(out, "notes.txt"), []byte("mine"), 0o644)
		},
		"an earlier output with a directory added": func(t *testing.T, out string) {
			if err := Run(defaults(example(), out)); err != nil {
				t.Fatal(err)
			}
			os.MkdirAll(filepath.Join(out, "assets", "img"), 0o755)
		},
		"a forged manifest naming a parent path": func(t *testing.T, out string) {
			os.MkdirAll(out, 0o755)
			os.WriteFile(filepath.Join(out, manifestName), []byte("../elsewhere\n"), 0o644)
			os.WriteFile(filepath.Join(out, "keep.txt"), []byte("mine"), 0o644)
		},
	}
	for name, setup := range cases {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			setup(t, out)
			before := treeHash(t, out)
			err := Run(defaults(example(), out))
			if err == nil {
				t.Fatal("the build replaced a directory holding files it did not write")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, out+": ") || strings.Contains(msg, "\n") {
				t.Errorf("want one line naming %s, got %q", out, msg)
			}
			if !strings.Contains(msg, "choose another --out-dir") {
				t.Errorf("the error does not say what to do: %q", msg)
			}
			if treeHash(t, out) != before {
				t.Error("the refused build changed the directory")
			}
			entries, _ := os.ReadDir(filepath.Dir(out))
			if len(entries) != 1 {
				t.Errorf("the refused build left %d entries beside the output", len(entries)-1)
			}
		})
	}
}

func TestOutDirReplacedWhenEmptyOrOwn(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Run(defaults(example(), out)); err != nil {
		t.Fatalf("an empty directory: %v", err)
	}
	manifestText, err := os.ReadFile(filepath.Join(out, manifestName))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"counter.js", "counter_bg.wasm", "counter.d.ts"} {
		if !strings.Contains(string(manifestText), "\n"+f+"\n") {
			t.Errorf("the manifest does not list %s:\n%s", f, manifestText)
		}
	}
	// The user deleted a file of the earlier output: still the tool's own.
	os.Remove(filepath.Join(out, "counter.d.ts"))
	if err := Run(defaults(example(), out)); err != nil {
		t.Fatalf("an earlier output: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "counter.d.ts")); err != nil {
		t.Error("the rebuild did not write counter.d.ts again")
	}
}

func TestOutDirCurrentDirectoryIsRefused(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "work")
	os.Mkdir(sub, 0o755)
	t.Chdir(sub)
	for _, out := range []string{".", sub, ".."} {
		err := Run(defaults(example(), out))
		if err == nil || !strings.Contains(err.Error(), "current directory") || !strings.HasPrefix(err.Error(), out+": ") {
			t.Errorf("--out-dir %s: want an error naming the current directory, got %v", out, err)
		}
	}
	if _, err := os.Stat(sub); err != nil {
		t.Errorf("the working directory is gone: %v", err)
	}
}

func TestOutDirSymlinkIsRefused(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real")
	os.Mkdir(target, 0o755)
	link := filepath.Join(dir, "link")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	err := Run(defaults(example(), link))
	if err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("want a refusal naming the link, got %v", err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
}

// When the previous output cannot be deleted after the new one is in place,
// the build says where it was left instead of ignoring it.
func TestLeftoverPreviousOutputIsReported(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if err := Run(defaults(example(), out)); err != nil {
		t.Fatal(err)
	}
	var left string
	removeAll = func(p string) error { left = p; return errors.New("permission denied") }
	defer func() { removeAll = os.RemoveAll }()
	var warnings []string
	o := defaults(example(), out)
	o.Warn = func(s string) { warnings = append(warnings, s) }
	if err := Run(o); err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], left) || !strings.Contains(warnings[0], "delete it by hand") {
		t.Fatalf("want one warning naming %s, got %q", left, warnings)
	}
	if _, err := os.Stat(left); err != nil {
		t.Errorf("the warning names %s, which does not exist", left)
	}
}

// package.json keeps the input's key order, fields and spelling; only
// "files" gains what the output adds.
func TestPackageJSONKeepsOrderAndFields(t *testing.T) {
	in := realDir(t, "@silvia-odwyer/photon", "")
	res, err := Build(defaults(in, filepath.Join(t.TempDir(), "o")))
	if err != nil {
		t.Fatal(err)
	}
	orig, err := os.ReadFile(filepath.Join(in, "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	got := string(res.Files["package.json"])
	keys := func(s string) []string {
		var ks []string
		for _, line := range strings.Split(s, "\n") {
			if strings.HasPrefix(line, `  "`) {
				ks = append(ks, strings.SplitN(line, `"`, 3)[1])
			}
		}
		return ks
	}
	if a, b := strings.Join(keys(string(orig)), ","), strings.Join(keys(got), ","); a != b {
		t.Errorf("key order changed:\n%s\n%s", a, b)
	}
	if !strings.Contains(got, `"Silvia O'Dwyer <silviaodwyerdev@gmail.com>"`) {
		t.Error("a string was re-escaped")
	}
	if !strings.Contains(got, `"README.md"`) {
		t.Error("files does not list the README the output carries")
	}
}
