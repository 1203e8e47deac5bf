// tiktoken 1.0.22: OpenAI's BPE tokenizer. The root (ranks embedded in a
// 5.6 MB module) and lite/ (ranks passed from JS) each ship the bundler glue
// (tiktoken.js + tiktoken_bg.js) beside a hand-written CommonJS copy
// (tiktoken.cjs + tiktoken_bg.cjs with its own .wasm lookup) and init/load
// helpers.
import { attempt, sha } from './_util.mjs';
export const pkg = 'tiktoken';
export const dirs = ['.', 'lite'];
const TEXT = 'Hello, world! The quick brown fox 🦊 jumps over the lazy dog. 你好 <|endoftext|> def f(x): return x**2\n';
function use(enc) {
  const out = {};
  const t = enc.encode(TEXT, 'all');
  out.tokens = Array.from(t);
  out.decoded = new TextDecoder().decode(enc.decode(t));
  out.ordinary = Array.from(enc.encode_ordinary(TEXT)).length;
  out.big = sha(new Uint8Array(enc.encode(TEXT.repeat(500), 'all').buffer));
  out.single = enc.encode_single_token(new TextEncoder().encode('Hello'));
  out.tokenBytes = Array.from(enc.decode_single_token_bytes(9906));
  out.unstable = JSON.stringify(enc.encode_with_unstable('hello wor', 'all'));
  out.disallowed = attemptSync(() => Array.from(enc.encode(TEXT)));
  out.unknownToken = attemptSync(() => enc.encode_single_token(new TextEncoder().encode('not a single token at all')));
  out.badDecode = attemptSync(() => Array.from(enc.decode_single_token_bytes(4000000000)));
  return out;
}
function attemptSync(f) {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: { name: e && e.name, message: String(e && e.message !== undefined ? e.message : e) } };
  }
}
export async function run(load, dir) {
  const out = {};
  if (dir === '.') {
    const T = load.require('tiktoken.cjs');
    const enc = T.get_encoding('cl100k_base');
    out.cjs = use(enc);
    // After a throw_str out of a &self method the object stays borrowed in
    // the original (the Ref is never dropped): free() then throws.
    out.freeAfterThrow = attemptSync(() => enc.free());
    out.model = T.get_encoding_name_for_model('gpt-4o');
    const g2 = T.encoding_for_model('gpt2', { '<|x|>': 50300 });
    out.gpt2 = Array.from(g2.encode('hi <|x|>', 'all'));
    g2.free();
    out.badEncoding = await attempt(() => T.get_encoding('nope'));
    out.badModel = await attempt(() => T.encoding_for_model('nope'));
    const E = await load('tiktoken.js');
    const e2 = E.get_encoding('o200k_base');
    out.esm = Array.from(e2.encode('hello esm'));
    e2.free();
  } else {
    const T = load.require('lite/tiktoken.cjs');
    const ranks = load.require('encoders/cl100k_base.json');
    const enc = new T.Tiktoken(ranks.bpe_ranks, ranks.special_tokens, ranks.pat_str);
    out.cjs = use(enc);
    // After a throw_str out of a &self method the object stays borrowed in
    // the original (the Ref is never dropped): free() then throws.
    out.freeAfterThrow = attemptSync(() => enc.free());
    out.badRanks = await attempt(() => new T.Tiktoken('garbage', {}, '('));
    const E = await load('lite/tiktoken.js');
    const e2 = new E.Tiktoken(ranks.bpe_ranks, ranks.special_tokens, ranks.pat_str);
    out.esm = Array.from(e2.encode('hello esm'));
    e2.free();
  }
  return out;
}
// The bundler glue alone (the .cjs copies stay original).
export const isolated = [
  { dir: '.', files: ['tiktoken.js', 'tiktoken_bg.js', 'tiktoken_bg.wasm', 'tiktoken.d.ts'], flags: ['--platform', 'node'] },
  { dir: 'lite', files: ['tiktoken.js', 'tiktoken_bg.js', 'tiktoken_bg.wasm', 'tiktoken.d.ts'], flags: ['--platform', 'node'] },
];
