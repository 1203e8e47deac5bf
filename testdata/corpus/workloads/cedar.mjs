// @cedar-policy/cedar-wasm 4.13.0: the Cedar authorization policy language
// (parser, validator, authorizer), 4.3 MB module, wasm-bindgen 0.2.107+ glue
// in nodejs/ (nodejs target), esm/ (bundler target) and web/ (web target).
//
// A policy nested a few hundred parentheses deep overflows the stack inside
// the parser. The original's instance never recovers from that: every later
// call, whatever its input, fails with "memory access out of bounds", so one
// request can end an authorization service's answers. The guarded
// copy reports the abort and answers the next calls from a fresh instance
// (recorded with afterAbort, see _util.mjs).
import { attempt, afterAbort } from './_util.mjs';
export const pkg = '@cedar-policy/cedar-wasm';
export const dirs = ['nodejs', 'esm', 'web'];

async function open(load, dir) {
  if (dir === 'nodejs') return load.require('nodejs/cedar_wasm.js');
  const C = await load(dir + '/cedar_wasm.js');
  if (dir === 'web') C.initSync({ module: load.bytes('web/cedar_wasm_bg.wasm') });
  return C;
}

const POLICIES = `permit(principal == User::"alice", action == Action::"view", resource in Album::"trip");
forbid(principal, action, resource) when { resource.private && principal != resource.owner };`;
const ENTITIES = [
  { uid: { type: 'Album', id: 'trip' }, attrs: {}, parents: [] },
  { uid: { type: 'Photo', id: 'p1' }, attrs: { private: false, owner: { __entity: { type: 'User', id: 'bob' } } }, parents: [{ type: 'Album', id: 'trip' }] },
  { uid: { type: 'Photo', id: 'p2' }, attrs: { private: true, owner: { __entity: { type: 'User', id: 'bob' } } }, parents: [{ type: 'Album', id: 'trip' }] },
];
const request = (photo) => ({
  principal: { type: 'User', id: 'alice' },
  action: { type: 'Action', id: 'view' },
  resource: { type: 'Photo', id: photo },
  context: {},
  policies: { staticPolicies: POLICIES },
  entities: ENTITIES,
});
const decision = (r) => (r.type === 'success' ? [r.response.decision, r.response.diagnostics.reason] : r);

export async function run(load, dir) {
  const C = await open(load, dir);
  const out = {};
  out.version = C.getCedarVersion();
  out.allowed = decision(C.isAuthorized(request('p1')));
  out.denied = decision(C.isAuthorized(request('p2')));
  out.parsed = C.checkParsePolicySet({ staticPolicies: POLICIES });
  out.badPolicy = C.checkParsePolicySet({ staticPolicies: 'permit(principal, action' });
  out.formatted = C.formatPolicies({ policyText: 'permit(principal,action,resource) when {true};' });
  out.parts = C.policySetTextToParts(POLICIES);
  out.json = C.policyToJson('permit(principal, action, resource);');
  out.schema = C.checkParseSchema('entity User; entity Photo; action view appliesTo { principal: User, resource: Photo };');
  // Errors thrown from Rust (serde's messages) and wasm-bindgen's unwrap_throw.
  out.missingField = await attempt(() => C.isAuthorized({ principal: 42 }));
  out.undefinedCall = await attempt(() => C.isAuthorized(undefined));
  out.symbol = await attempt(() => C.policyToText(Symbol('x')));
  // Nested 200 deep, the parser's recursion runs Rust's own stack (in linear
  // memory) out of its region: a trap. Nested 10,000 deep, the engine's
  // stack overflows first. Then what one more request gets. (In between,
  // which comes first depends on the engine and the caller's stack.)
  const nested = (n) => 'permit(principal, action, resource) when { ' + '('.repeat(n) + 'true' + ')'.repeat(n) + ' };';
  out.deeper = await attempt(() => C.checkParsePolicySet({ staticPolicies: nested(10000) }));
  out.afterDeeper = await afterAbort(() => decision(C.isAuthorized(request('p2'))), out.denied);
  // (The original's instance is broken from here on: its trap below is the
  // broken instance's, the guarded copy's that of the input.)
  out.deep = await attempt(() => C.checkParsePolicySet({ staticPolicies: nested(200) }));
  out.afterDeep = await afterAbort(() => decision(C.isAuthorized(request('p1'))), out.allowed);
  out.versionAfterDeep = await afterAbort(() => C.getCedarVersion(), out.version);
  return out;
}
