package builder

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// TestOutputTypes type-checks testdata/types/consumer.ts with tsc --strict
// against the guarded example's .d.ts: the package's own declarations and the
// error classes and guard API wbg-guard adds.
func TestOutputTypes(t *testing.T) {
	work := t.TempDir()
	testassets.CopyDir(t, filepath.Join(testassets.Root(), "testdata", "types"), work)
	if err := Run(defaults(example(), filepath.Join(work, "guarded"))); err != nil {
		t.Fatal(err)
	}
	// nodenext resolution reads the output's package.json; the consumer is ESM.
	os.WriteFile(filepath.Join(work, "package.json"), []byte(`{"type":"module"}`), 0o644)
	cmd := exec.Command(testassets.Tool(t, "tsc"), "-p", work)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tsc: %v\n%s", err, out)
	}
}
