// parquet-wasm 0.8.0: Apache Parquet reader and writer (Rust's parquet and
// arrow crates), 5 MB module, in three directories: node/ (nodejs target),
// esm/ (web target) and bundler/ (bundler target), wasm-bindgen 0.2.107+
// glue. Tables cross as Arrow IPC streams, made and read here with the
// apache-arrow package (a helper of this corpus, not under test).
//
// Its classes are returned by Rust (their glue's `__wrap` names the class
// in its own body, which bundling renames): the workload records what a
// program sees of them, the constructor and its name, and the glue's own
// argument check, "expected instance of Table".
import { inspect } from 'node:util';
import { tableFromArrays, tableToIPC, tableFromIPC } from 'apache-arrow';
import { attempt, sha } from './_util.mjs';
export const pkg = 'parquet-wasm';
export const dirs = ['node', 'esm', 'bundler'];

async function open(load, dir) {
  if (dir === 'node') return load.require('node/parquet_wasm.js');
  const P = await load(dir + '/parquet_wasm.js');
  if (dir === 'esm') P.initSync({ module: load.bytes('esm/parquet_wasm_bg.wasm') });
  return P;
}

const rows = (table) => table.toArray().map((r) => JSON.parse(JSON.stringify(r.toJSON(), (k, v) => (typeof v === 'bigint' ? String(v) : v))));

export async function run(load, dir) {
  const P = await open(load, dir);
  const out = {};
  const source = tableFromArrays({
    id: Int32Array.from([1, 2, 3, 4]),
    score: Float64Array.from([0.5, 1.5, -2, 1e10]),
    name: ['ann', 'bob', 'cyd', 'dee'],
  });
  const ipc = tableToIPC(source, 'stream');
  const table = P.Table.fromIPCStream(ipc);
  out.table = {
    constructor: table.constructor === P.Table,
    name: table.constructor.name,
    inspect: inspect(table).split(' ')[0],
    batches: table.numBatches,
  };
  const props = new P.WriterPropertiesBuilder().setCompression(P.Compression.SNAPPY).setCreatedBy('wbg-guard corpus').build();
  out.props = [props.constructor === P.WriterProperties, props.constructor.name];
  const file = P.writeParquet(table, props);
  out.file = { size: file.length, sha: sha(file), magic: String.fromCharCode(...file.slice(0, 4)) };
  const back = P.readParquet(file);
  out.back = rows(tableFromIPC(back.intoIPCStream()));
  const meta = P.readSchema(file);
  out.schema = tableFromIPC(meta.intoIPCStream()).schema.fields.map((f) => f.name);
  const some = P.readParquet(file, { columns: ['name'] });
  out.column = rows(tableFromIPC(some.intoIPCStream()));
  // Errors returned by Rust (Result::Err) and the glue's argument check.
  out.garbage = await attempt(() => P.readParquet(new Uint8Array([1, 2, 3])));
  out.truncated = await attempt(() => P.readParquet(file.slice(0, file.length - 9)));
  out.badColumn = await attempt(() => P.readParquet(file, { columns: ['nope'] }).numBatches);
  out.notATable = await attempt(() => P.writeParquet({}, null));
  out.badIPC = await attempt(() => P.Table.fromIPCStream(new Uint8Array([255, 255, 255, 255, 16, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])));
  // The table was moved into writeParquet: its object is spent.
  out.spent = await attempt(() => table.numBatches);
  out.memory = P.wasmMemory() instanceof WebAssembly.Memory;
  return out;
}
