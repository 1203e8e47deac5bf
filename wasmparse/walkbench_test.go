package wasmparse

import (
	"os"
	"testing"
)

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
