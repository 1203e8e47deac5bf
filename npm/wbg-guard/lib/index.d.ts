export interface BuildOptions {
  /** The wasm-bindgen output directory. */
  dir: string;
  /** Where to write the guarded package (new, empty, or an earlier output). */
  outDir: string;
  platform?: 'node' | 'browser' | 'workerd' | 'deno' | 'neutral';
  format?: 'esm' | 'cjs';
  onAbort?: 'reinit' | 'poison';
  /** "N/DURATION" such as "10/60s", or "0" for no limit. */
  reinitLimit?: string;
  jsErrorsThroughRust?: 'abort' | 'pass';
  /** The glue's entry file in dir, when the evidence is ambiguous. */
  entry?: string;
  minify?: boolean;
  sourcemap?: boolean;
  inlineWasm?: boolean;
}

export interface BuildReport {
  schema: 1;
  input: string;
  out_dir: string;
  entry: string;
  target: string;
  era: string;
  platform: string;
  format: string;
  functions: number;
  classes: number;
  files: { name: string; bytes: number }[];
  bytes: number;
  ms: number;
  /** The tool's warning lines, without the `wbg-guard: warning: ` prefix. */
  warnings: string[];
}

/** Runs `wbg-guard build --json`; rejects with the tool's own one-line error (`exitCode` 1 or 2). */
export function build(options: BuildOptions): Promise<BuildReport>;
/** The path of the wbg-guard binary this package runs. */
export function binaryPath(): string;
