# The wasm32 toolchain of the real-build scripts (sourced by
# testdata/rust/regen and testdata/workers-rs/regen): where its tools are,
# the check that they are there (one line naming what is missing and the
# package that provides it), and the rustc flags of each build kind. Both
# scripts build with exactly these flags and target directories, so the
# standard library built once per kind is shared (other flags would rebuild
# it). The caller defines die() and repo.

RUST_VERSION=1.96.0 # the fixtures are built with exactly this rustc
tools=${WBG_TOOLS:-$HOME/.cache/wbg-guard-tools}
rustc=${WBG_RUSTC:-/usr/bin/rustc}
cargo=${WBG_CARGO:-/usr/bin/cargo}
wasm_ld=${WBG_WASM_LD:-/usr/lib/llvm-22/bin/wasm-ld}
cargo_home=${CARGO_HOME:-$HOME/.cargo}

# check_toolchain: rustc (this version), cargo, the std source, wasm-ld;
# sets rust_src and rust_src_real.
check_toolchain() {
  local got
  [ -x "$rustc" ] || die "rustc not found at $rustc: apt-get install rustc-web (bookworm-security), or run testdata/rust/install-tools"
  got=$("$rustc" -vV | sed -n 's/^release: //p')
  [ "$got" = "$RUST_VERSION" ] || die "$rustc is rustc $got, need $RUST_VERSION: apt-get install rustc-web (bookworm-security), or set WBG_RUSTC"
  [ -x "$cargo" ] || die "cargo not found at $cargo: apt-get install cargo-web (bookworm-security), or run testdata/rust/install-tools"
  rust_src=$("$rustc" --print sysroot)/lib/rustlib/src/rust
  [ -f "$rust_src/library/std/Cargo.toml" ] || die "Rust standard library source not found in $rust_src: apt-get install rust-web-src (bookworm-security)"
  rust_src_real=$(cd "$rust_src" && pwd -P)
  [ -x "$wasm_ld" ] || die "wasm-ld not found at $wasm_ld: apt-get install lld-22 (bookworm-security)"
}

# The Rust build kinds: RUSTFLAGS and -Zbuild-std crates for each.
rustflags_for() {
  case $1 in
    abort|abort-debug) echo "-Cpanic=abort" ;;
    unwind) echo "-Cpanic=unwind -Ctarget-feature=+exception-handling,+exnref -Cllvm-args=-wasm-use-legacy-eh=false" ;;
    unwind-legacy) echo "-Cpanic=unwind -Ctarget-feature=+exception-handling -Cllvm-args=-wasm-use-legacy-eh=true" ;;
  esac
}
build_std_for() {
  case $1 in
    abort|abort-debug) echo "std,panic_abort" ;;
    *) echo "std,panic_unwind,panic_abort" ;;
  esac
}

# encoded_rustflags KIND TARGET_ROOT: CARGO_ENCODED_RUSTFLAGS for a kind:
# its flags, the linker, and no absolute machine path in the .wasm (the
# repository, CARGO_HOME's registry sources, the Rust source, the target
# directory).
encoded_rustflags() {
  local f encoded=
  # shellcheck disable=SC2207
  local flags=($(rustflags_for "$1"))
  flags+=("-Clinker=$wasm_ld")
  flags+=("--remap-path-prefix=$repo=/wbg-guard" "--remap-path-prefix=$cargo_home=/cargo")
  flags+=("--remap-path-prefix=$rust_src=/rustc/src" "--remap-path-prefix=$rust_src_real=/rustc/src")
  flags+=("--remap-path-prefix=$2=/target")
  for f in "${flags[@]}"; do encoded+="${encoded:+$'\x1f'}$f"; done
  echo "$encoded"
}
