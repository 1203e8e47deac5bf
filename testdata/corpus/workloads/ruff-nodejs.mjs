// @astral-sh/ruff-wasm-nodejs: the Ruff Python linter/formatter (nodejs target).
import { attempt, sha } from './_util.mjs';
export const pkg = '@astral-sh/ruff-wasm-nodejs';
export const dirs = ['.'];
export const SRC = 'import os, sys\n\ndef f( a,b ):\n    x=1\n    return  a+b\nclass  K :\n  def m(self):   return [1,2,\n 3]\n';
export async function runRuff(R) {
  const out = {};
  out.version = R.Workspace.version();
  out.defaults = sha(JSON.stringify(R.Workspace.defaultSettings()));
  const ws = new R.Workspace({ 'line-length': 88, lint: { select: ['E', 'F', 'W', 'I'] } }, R.PositionEncoding.Utf16);
  out.format = ws.format(SRC);
  out.check = ws.check(SRC).map((d) => ({ code: d.code, msg: d.message, start: d.start_location, end: d.end_location }));
  out.tokens = sha(ws.tokens(SRC));
  out.parse = sha(ws.parse(SRC));
  out.comments = ws.comments('x = 1  # a comment\n');
  out.formatIr = sha(ws.format_ir(SRC));
  out.big = sha(ws.format(SRC.repeat(200)));
  // Syntax errors: format throws (Result::Err) ...
  out.badFormat = await attempt(() => ws.format('def (:\n'));
  // ... check reports them as diagnostics.
  out.badCheck = await attempt(() => ws.check('def (:\n').map((d) => d.message));
  out.badOptions = await attempt(() => new R.Workspace({ 'line-length': 'x' }, R.PositionEncoding.Utf16));
  ws.free();
  return out;
}
export async function run(load) {
  const R = await load('ruff_wasm.js');
  return runRuff(R.default && R.default.Workspace ? R.default : R);
}
