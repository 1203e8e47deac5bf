package templates

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// TestRuntimeUnderNode runs the runtime's own test suite with node's test
// runner; its output is shown on failure.
func TestRuntimeUnderNode(t *testing.T) {
	testassets.Tier2(t, "Node")
	cmd := exec.Command("node", "--test", "test/")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node --test templates/test/ failed: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "# fail 0") {
		t.Fatalf("node --test reported failures:\n%s", out)
	}
	t.Logf("%s", lastLines(string(out), 9))
}

func TestEmbeddedFilesArePresent(t *testing.T) {
	for _, name := range []string{"index.js", "index.d.ts", "guard.js", "views.js"} {
		b, err := FS.ReadFile(name)
		if err != nil || len(b) == 0 {
			t.Errorf("%s not embedded: %v", name, err)
		}
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// TestPackageTypesDeclareTheExports: every name a guarded package adds to
// its exports (see builder's entry) is declared in package.d.ts.
func TestPackageTypesDeclareTheExports(t *testing.T) {
	b, err := FS.ReadFile("package.d.ts")
	if err != nil {
		t.Fatal(err)
	}
	for _, decl := range []string{
		"export declare class PanicError", "export declare class AbortError",
		"export declare class PoisonedError", "export declare class StaleInstanceError",
		"export declare const wbgGuard: GuardApi",
	} {
		if !strings.Contains(string(b), decl) {
			t.Errorf("package.d.ts lacks %q", decl)
		}
	}
}

// TestGuardJSIsGenerated: guard.js is the output of GuardSource, never an
// edited copy (go generate ./templates rewrites it).
func TestGuardJSIsGenerated(t *testing.T) {
	b, err := FS.ReadFile("guard.js")
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != GuardSource() {
		t.Fatal("templates/guard.js differs from GuardSource(); run `go generate ./templates`")
	}
	f, err := FS.ReadFile("forward.js")
	if err != nil {
		t.Fatal(err)
	}
	if string(f) != ForwardSource() {
		t.Fatal("templates/forward.js differs from ForwardSource(); run `go generate ./templates`")
	}
}
