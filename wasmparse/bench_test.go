package wasmparse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

func benchPath(b *testing.B, pkg, sub, file string) string {
	return filepath.Join(testassets.Package(b, pkg, sub), file)
}

func benchParse(b *testing.B, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func benchReadFile(b *testing.B, path string) {
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := os.ReadFile(path); err != nil {
			b.Fatal(err)
		}
	}
}

// The Biome pair measures the target ratio: a full Parse (sections, names,
// every function body walked for the EH scan) against just reading the file.
func BenchmarkParseBiome(b *testing.B) {
	benchParse(b, benchPath(b, "@biomejs/wasm-nodejs", "", "biome_wasm_bg.wasm"))
}

func BenchmarkReadFileBiome(b *testing.B) {
	benchReadFile(b, benchPath(b, "@biomejs/wasm-nodejs", "", "biome_wasm_bg.wasm"))
}

// OpenBiome is ReadFile plus Parse, what a caller of Open pays.
func BenchmarkOpenBiome(b *testing.B) {
	path := benchPath(b, "@biomejs/wasm-nodejs", "", "biome_wasm_bg.wasm")
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Open(path); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseBrotli(b *testing.B) {
	benchParse(b, benchPath(b, "brotli-wasm", "pkg.node", "brotli_wasm_bg.wasm"))
}

func BenchmarkParseOxc(b *testing.B) {
	benchParse(b, benchPath(b, "@oxc-parser/wasm", "node", "oxc_parser_wasm_bg.wasm"))
}

func BenchmarkParseAutomerge(b *testing.B) {
	benchParse(b, benchPath(b, "@automerge/automerge-wasm", "nodejs", "automerge_wasm_bg.wasm"))
}

// BenchmarkScanBiome measures the instruction walker alone, single-threaded,
// over every body of the Biome module: the inner loop that dominates Parse.
func BenchmarkScanBiome(b *testing.B) {
	data, err := os.ReadFile(benchPath(b, "@biomejs/wasm-nodejs", "", "biome_wasm_bg.wasm"))
	if err != nil {
		b.Fatal(err)
	}
	f, err := Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	var total int64
	for _, c := range f.Code {
		total += c.Size
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := scanRange(data, f.Code, 0); err != nil {
			b.Fatal(err)
		}
	}
}
