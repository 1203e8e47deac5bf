// @biscuit-auth/biscuit-wasm 0.6.0: Biscuit authorization tokens (bundler
// target, 0.2.84-0.2.106 glue, snippets), whose glue entry module/biscuit.js
// also holds the authors' own functions: tagged templates (`biscuit`,
// `authorizer`, `fact`, `rule`, `check`, `policy`, `block`) taking their
// values as a rest parameter, `prepareTerm`, an Express `middleware`.
// (A fixed-arity forwarder handed `fact(strings, ...values)` an undefined
// value for every missing argument: every template without values threw.)
import { attempt } from './_util.mjs';
export const pkg = '@biscuit-auth/biscuit-wasm';
export const dirs = ['module'];
// Rust's errors are thrown as plain objects (serde): recorded whole.
async function tryIt(f) {
  try {
    return { ok: await f() };
  } catch (e) {
    return e instanceof Error ? (await attempt(() => { throw e; })) : { thrown: JSON.stringify(e) };
  }
}
export async function run(load) {
  const B = await load('module/biscuit.js');
  const out = {};
  const root = B.PrivateKey.fromString('ed25519-private/473b5189232f3f597b5c2f3f9b0d5e28b1ee4e7cce67ec6b7fbf5984157a6b97');
  const pub = B.KeyPair.fromPrivateKey(root).getPublicKey();
  out.publicKey = pub.toString();
  const builder = B.biscuit`user(${'alice'}); right(${'alice'}, ${'file1'}, ${'read'}); check if time($t), $t < ${new Date('2100-01-01T00:00:00Z')};`;
  out.builder = builder.toString();
  const token = builder.build(root);
  out.blocks = token.countBlocks();
  const text = token.toBase64();
  const back = B.Biscuit.fromBase64(text, pub);
  out.back = back.getBlockSource(0);
  const attenuated = back.appendBlock(B.block`check if operation(${'read'});`);
  out.attenuated = attenuated.countBlocks();
  const authorize = (t, now, op) => {
    const a = B.authorizer`time(${new Date(now)}); operation(${op}); resource(${'file1'}); allow if user($u), right($u, ${'file1'}, ${op});`;
    return a.buildAuthenticated(t).authorizeWithLimits({ max_facts: 1000, max_iterations: 100, max_time_micro: 100000000 });
  };
  out.allowed = await tryIt(() => authorize(attenuated, '2024-01-01T00:00:00Z', 'read'));
  out.expired = await tryIt(() => authorize(attenuated, '2200-01-01T00:00:00Z', 'read'));
  out.wrongOperation = await tryIt(() => authorize(attenuated, '2024-01-01T00:00:00Z', 'write'));
  out.fact = B.fact`user(${'bob'}, ${[1, 2]}, ${new Uint8Array([1, 2])})`.toString();
  out.factNoValues = B.fact`user("carol")`.toString();
  out.rule = B.rule`u($x) <- user($x), $x != ${'alice'}`.toString();
  out.check = B.check`check if user(${'dave'})`.toString();
  out.policy = B.policy`allow if true`.toString();
  out.term = B.prepareTerm(new Set([1, 'x']));
  out.badSyntax = await tryIt(() => B.biscuit`user(`.build(root));
  out.badBase64 = await tryIt(() => B.Biscuit.fromBase64('!!!', pub));
  out.badKey = await tryIt(() => B.PrivateKey.fromString('ed25519-private/00'));
  out.otherKey = await tryIt(() => B.Biscuit.fromBase64(text, new B.KeyPair().getPublicKey()).countBlocks());
  out.constructors = [token.constructor === B.Biscuit, token.constructor.name, root.constructor.name];
  return out;
}
