// Package bench holds the benchmark driver's Go side. Nothing here runs
// under `go test ./...` (the only function is a benchmark, and it skips
// unless bench/run points it at a directory): bench/run uses it to profile
// one `wbg-guard build` in-process with `go test -cpuprofile`.
package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wbg-guard/wbg-guard/builder"
	"github.com/wbg-guard/wbg-guard/inspect"
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// BenchmarkBuild is `wbg-guard build $WBG_BENCH_BUILD_DIR --out-dir <tmp>`
// with the CLI's defaults, in-process (builder.Run: analyse, generate,
// bundle with esbuild, write atomically). WBG_BENCH_BUILD_FLAGS may hold
// "--platform node".
func BenchmarkBuild(b *testing.B) {
	dir := os.Getenv("WBG_BENCH_BUILD_DIR")
	if dir == "" {
		b.Skip("WBG_BENCH_BUILD_DIR is not set (bench/run sets it)")
	}
	o := builder.Options{InDir: dir, ReinitMax: 10, ReinitWindow: 60 * time.Second}
	if f := strings.Fields(os.Getenv("WBG_BENCH_BUILD_FLAGS")); len(f) == 2 && f[0] == "--platform" {
		o.Platform = builder.Platform(f[1])
	}
	o.OutDir = filepath.Join(b.TempDir(), "out")
	b.ReportAllocs()
	for b.Loop() {
		if err := builder.Run(o); err != nil {
			b.Fatal(err)
		}
	}
}

// The wasmparse benchmarks have a ReadFile baseline for Biome only; these
// give the same baseline (and Parse, for the ratio in one run) for the
// smaller modules. Paths come from WBG_BENCH_WASM_<NAME>, set by bench/run.
func benchReadFile(b *testing.B, name string) {
	path := os.Getenv("WBG_BENCH_WASM_" + name)
	if path == "" {
		b.Skip("WBG_BENCH_WASM_" + name + " is not set (bench/run sets it)")
	}
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

func BenchmarkReadFileBrotli(b *testing.B)    { benchReadFile(b, "BROTLI") }
func BenchmarkReadFileOxc(b *testing.B)       { benchReadFile(b, "OXC") }
func BenchmarkReadFileAutomerge(b *testing.B) { benchReadFile(b, "AUTOMERGE") }

// BenchmarkParseCounter covers the tiny end (the 323-byte example module),
// which wasmparse's own benchmarks do not.
func BenchmarkParseCounter(b *testing.B) {
	path := os.Getenv("WBG_BENCH_WASM_COUNTER")
	if path == "" {
		b.Skip("WBG_BENCH_WASM_COUNTER is not set (bench/run sets it)")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := wasmparse.Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadFileCounter(b *testing.B) { benchReadFile(b, "COUNTER") }

// BenchmarkInspect is `wbg-guard inspect $WBG_BENCH_INSPECT_DIR` in-process
// (glue analysis, module parse, report; not printed), for the ratio to
// reading the module (wasmparse's BenchmarkReadFileBiome).
func BenchmarkInspect(b *testing.B) {
	dir := os.Getenv("WBG_BENCH_INSPECT_DIR")
	if dir == "" {
		b.Skip("WBG_BENCH_INSPECT_DIR is not set (bench/run sets it)")
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := inspect.Path(dir); err != nil {
			b.Fatal(err)
		}
	}
}
