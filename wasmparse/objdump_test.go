package wasmparse

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// The tests in this file compare Parse with an independent reader, wabt's
// wasm-objdump, on every real module in the npm test assets and on every WAT
// fixture.

// crossCheckFiles lists the real .wasm files (wabt's own package excluded)
// and the compiled fixtures.
func crossCheckFiles(t *testing.T) []string {
	t.Helper()
	nm := testassets.NodeModules(t)
	var files []string
	err := filepath.WalkDir(nm, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "wabt" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".wasm") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 12 {
		t.Fatalf("found %d .wasm files in %s, want the 12 of the pinned packages", len(files), nm)
	}
	wats, err := filepath.Glob(filepath.Join(testassets.Root(), "testdata", "wat", "*.wat"))
	if err != nil || len(wats) == 0 {
		t.Fatalf("no WAT fixtures: %v", err)
	}
	for _, w := range wats {
		files = append(files, testassets.WAT(t, strings.TrimSuffix(filepath.Base(w), ".wat")))
	}
	return files
}

// odSection is one section of `wasm-objdump -x` output: the count in its
// "Name[count]:" heading and its " - " detail lines.
type odSection struct {
	count int
	lines []string
}

var odHeading = regexp.MustCompile(`^([A-Za-z]+)\[(\d+)\]:$`)

func parseObjdumpDetails(out string, secs map[string]*odSection) {
	var cur *odSection
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Text()
		if m := odHeading.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[2])
			cur = &odSection{count: n}
			secs[m[1]] = cur
			continue
		}
		if strings.HasPrefix(line, "Custom:") || (line != "" && line[0] != ' ') {
			cur = nil
			continue
		}
		if cur != nil && strings.HasPrefix(line, " - ") {
			cur.lines = append(cur.lines, line[3:])
		}
	}
}

// objdumpDetails runs wasm-objdump -x. Large modules are dumped one section
// at a time (-j), which skips the code, data and name details.
func objdumpDetails(t *testing.T, path string, size int64) map[string]*odSection {
	tool := testassets.Tool(t, "wasm-objdump")
	secs := map[string]*odSection{}
	if size < 4<<20 {
		out, err := exec.Command(tool, "-x", path).CombinedOutput()
		if err != nil {
			t.Fatalf("wasm-objdump -x %s: %v\n%s", path, err, out)
		}
		parseObjdumpDetails(string(out), secs)
		return secs
	}
	for _, s := range []string{"Type", "Import", "Function", "Export", "Tag"} {
		out, err := exec.Command(tool, "-x", "-j", s, path).CombinedOutput()
		if err != nil {
			if strings.Contains(string(out), "Section not found") {
				continue
			}
			t.Fatalf("wasm-objdump -x -j %s %s: %v\n%s", s, path, err, out)
		}
		parseObjdumpDetails(string(out), secs)
	}
	return secs
}

// wabtSig spells a signature the way wasm-objdump does: "(i32, i32) -> nil",
// "() -> i32", "(i32) -> (i32, exnref)". It reports false for types wabt
// spells differently (typed references).
func wabtSig(ft FuncType) (string, bool) {
	name := func(v ValType) (string, bool) {
		if v.Code == codeRef || v.Code == codeRefNull {
			return "", false
		}
		return v.String(), true
	}
	var b strings.Builder
	b.WriteString("(")
	for i, p := range ft.Params {
		s, ok := name(p)
		if !ok {
			return "", false
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s)
	}
	b.WriteString(") -> ")
	switch len(ft.Results) {
	case 0:
		b.WriteString("nil")
	case 1:
		s, ok := name(ft.Results[0])
		if !ok {
			return "", false
		}
		b.WriteString(s)
	default:
		b.WriteString("(")
		for i, r := range ft.Results {
			s, ok := name(r)
			if !ok {
				return "", false
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(s)
		}
		b.WriteString(")")
	}
	return b.String(), true
}

func TestCrossCheckObjdump(t *testing.T) {
	root := testassets.Root()
	for _, path := range crossCheckFiles(t) {
		rel, _ := filepath.Rel(root, path)
		t.Run(rel, func(t *testing.T) {
			t.Parallel()
			f, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			od := objdumpDetails(t, path, f.Size)
			count := func(name string) int {
				if s := od[name]; s != nil {
					return s.count
				}
				return 0
			}
			lines := func(name string) []string {
				if s := od[name]; s != nil {
					return s.lines
				}
				return nil
			}
			eq(t, "type count", len(f.Types), count("Type"))
			eq(t, "import count", len(f.Imports), count("Import"))
			eq(t, "function count", len(f.Functions), count("Function"))
			eq(t, "export count", len(f.Exports), count("Export"))
			eq(t, "tag count", len(f.Tags), count("Tag"))
			if t.Failed() {
				return
			}

			for i, ft := range f.Types {
				if want, ok := wabtSig(ft); ok {
					eq(t, fmt.Sprintf("type %d", i), lines("Type")[i], fmt.Sprintf("type[%d] %s", i, want))
				}
			}
			perKind := map[ExternalKind]int{}
			for i, im := range f.Imports {
				line := lines("Import")[i]
				idx := perKind[im.Kind]
				perKind[im.Kind]++
				prefix := fmt.Sprintf("%s[%d] ", im.Kind, idx)
				suffix := " <- " + im.Module + "." + im.Name
				if !strings.HasPrefix(line, prefix) || !strings.HasSuffix(line, suffix) {
					t.Errorf("import %d: objdump %q, want %q...%q", i, line, prefix, suffix)
				}
				switch im.Kind {
				case KindFunc:
					if !strings.HasPrefix(line, fmt.Sprintf("%ssig=%d ", prefix, im.Func)) {
						t.Errorf("import %d: objdump %q, want sig=%d", i, line, im.Func)
					}
				case KindTag:
					if !strings.HasPrefix(line, fmt.Sprintf("%ssig=%d ", prefix, im.Tag.TypeIndex)) {
						t.Errorf("import %d: objdump %q, want sig=%d", i, line, im.Tag.TypeIndex)
					}
				}
			}
			nfunc := f.ImportedCount(KindFunc)
			for i, ti := range f.Functions {
				want := fmt.Sprintf("func[%d] sig=%d", nfunc+i, ti)
				if line := lines("Function")[i]; line != want && !strings.HasPrefix(line, want+" ") {
					t.Fatalf("function %d: objdump %q, want %q", i, line, want)
				}
			}
			ntag := f.ImportedCount(KindTag)
			for i, tg := range f.Tags {
				eq(t, fmt.Sprintf("tag %d", i), lines("Tag")[i], fmt.Sprintf("tag[%d] sig=%d", ntag+i, tg.TypeIndex))
			}
			for i, e := range f.Exports {
				line := lines("Export")[i]
				prefix := fmt.Sprintf("%s[%d] ", e.Kind, e.Index)
				suffix := fmt.Sprintf(` -> "%s"`, e.Name)
				if !strings.HasPrefix(line, prefix) || !strings.HasSuffix(line, suffix) {
					t.Errorf("export %d: objdump %q, want %q...%q", i, line, prefix, suffix)
				}
			}
		})
	}
}

// odInstr is one instruction of `wasm-objdump -d` output.
type odInstr struct {
	off   int
	bytes int
	text  string
}

var odInstrLine = regexp.MustCompile(`^ ([0-9a-f]{6,}): ((?:[0-9a-f]{2} )+)\s*\| ?(.*)$`)

// objdumpInstructions returns every instruction wasm-objdump disassembles,
// local declarations excluded; continuation lines of long immediates are
// folded into their instruction.
func objdumpInstructions(t *testing.T, path string) []odInstr {
	out, err := exec.Command(testassets.Tool(t, "wasm-objdump"), "-d", path).Output()
	if err != nil {
		t.Fatalf("wasm-objdump -d %s: %v", path, err)
	}
	var instrs []odInstr
	inLocals := false
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		m := odInstrLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		off, _ := strconv.ParseInt(m[1], 16, 64)
		n := len(strings.Fields(m[2]))
		text := strings.TrimSpace(m[3])
		switch {
		case strings.HasPrefix(text, "local["):
			inLocals = true
		case text == "" && !inLocals && len(instrs) > 0:
			instrs[len(instrs)-1].bytes += n
		case text == "":
			// continuation of a local declaration line
		default:
			inLocals = false
			instrs = append(instrs, odInstr{int(off), n, text})
		}
	}
	return instrs
}

// TestInstructionBoundaries checks, instruction by instruction, that the
// walker's general decoder (step) and its fast path (fastRun) skip exactly
// the bytes wasm-objdump attributes to each instruction. The fixtures cover
// the legacy and exnref EH instructions, SIMD, atomics and bulk memory; the
// oxc parser module adds a large body of compiler output.
func TestInstructionBoundaries(t *testing.T) {
	ensureFastPairs() // fastRun is called directly below
	paths := []string{filepath.Join(testassets.Package(t, "@oxc-parser/wasm", "node"), "oxc_parser_wasm_bg.wasm")}
	for _, name := range []string{"eh_none", "eh_legacy", "eh_exnref", "throw_only", "custom_sections"} {
		paths = append(paths, testassets.WAT(t, name))
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			instrs := objdumpInstructions(t, path)
			if len(instrs) == 0 {
				t.Fatal("wasm-objdump -d listed no instructions")
			}
			// Every instruction start, and every position just after an
			// instruction, is a boundary; fastRun, started at any
			// instruction, must stop on one.
			boundary := map[int]bool{}
			for _, in := range instrs {
				boundary[in.off] = true
				boundary[in.off+in.bytes] = true
			}
			f, err := Parse(b)
			if err != nil {
				t.Fatal(err)
			}
			bi := 0
			fast := 0
			for _, in := range instrs {
				for bi < len(f.Code) && int(f.Code[bi].Offset+f.Code[bi].Size) <= in.off {
					bi++
				}
				if bi == len(f.Code) {
					t.Fatalf("instruction at 0x%x is outside every function body", in.off)
				}
				body := b[:f.Code[bi].Offset+f.Code[bi].Size]
				// Depth 1, so that an end is not taken for the end
				// of the expression.
				next, _, _, done := step(body, in.off, 1)
				if next != in.off+in.bytes || done {
					t.Fatalf("step at 0x%x (%s): next 0x%x, want 0x%x", in.off, in.text, next, in.off+in.bytes)
				}
				p, _ := fastRun(body, in.off, 1)
				if !boundary[p] {
					t.Fatalf("fastRun from 0x%x (%s): stopped at 0x%x, inside an instruction", in.off, in.text, p)
				}
				if p != in.off {
					fast++
				}
			}
			t.Logf("%d instructions, %d taken by the fast path", len(instrs), fast)
		})
	}
}
