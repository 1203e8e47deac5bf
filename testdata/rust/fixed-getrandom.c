/*
 * LD_PRELOAD shim for the wasm-bindgen CLI, built and used by ./regen.
 *
 * Rust's std seeds every HashMap from getrandom(2). wasm-bindgen 0.2.104
 * numbers its closure adapters (__wbg_adapter_N) and orders some imports by
 * HashMap iteration order, so two runs on the same .wasm give different
 * output. std looks `getrandom` up dynamically before it falls back to the
 * raw system call, so this definition is the one it uses: fixed bytes,
 * hence fixed seeds and reproducible output. Nothing else in the CLI needs
 * real randomness.
 */
#include <stddef.h>
#include <string.h>
#include <sys/types.h>

ssize_t getrandom(void *buf, size_t len, unsigned int flags) {
  (void)flags;
  memset(buf, 0x5a, len);
  return (ssize_t)len;
}
