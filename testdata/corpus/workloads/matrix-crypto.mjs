// @matrix-org/matrix-sdk-crypto-wasm 18.9.0: Matrix end-to-end crypto (7.8 MB
// module). pkg/ holds the bundler glue's _bg.js and a CommonJS copy _bg.cjs,
// without the bundler entry; the authors' node.mjs / node.cjs / index.mjs
// wrappers at the root load the .wasm themselves and call __wbg_set_wasm.
import { attempt } from './_util.mjs';
export const pkg = '@matrix-org/matrix-sdk-crypto-wasm';
export const dirs = ['pkg'];
export async function run(load) {
  const M = await load('node.mjs');
  await M.initAsync();
  const out = {};
  const user = new M.UserId('@alice:example.org');
  out.user = [user.toString(), user.localpart, user.serverName.name];
  const dev = new M.DeviceId('ALICEDEVICE');
  out.room = new M.RoomId('!abc:example.org').toString();
  const machine = await M.OlmMachine.initialize(user, dev);
  out.machineUser = machine.userId.toString();
  out.machineDevice = machine.deviceId.toString();
  const keys = machine.identityKeys;
  out.keyLens = [keys.ed25519.toBase64().length, keys.curve25519.toBase64().length];
  const reqs = await machine.outgoingRequests();
  out.requests = reqs.map((r) => r.constructor.name + ':' + r.type);
  const status = await machine.crossSigningStatus();
  out.crossSigning = [status.hasMaster, status.hasSelfSigning, status.hasUserSigning];
  out.trackedUsers = (await machine.trackedUsers()).size;
  // Attachments: encrypt then decrypt (random key: only the round trip).
  const data = new TextEncoder().encode('secret attachment '.repeat(100));
  const enc = M.Attachment.encrypt(data);
  out.attachment = new TextDecoder().decode(M.Attachment.decrypt(enc)) === 'secret attachment '.repeat(100);
  machine.close();
  // Invalid identifiers: Result::Err.
  out.badUser = await attempt(() => new M.UserId('alice').toString());
  out.badRoom = await attempt(() => new M.RoomId('no').toString());
  out.badKey = await attempt(() => new M.Curve25519PublicKey('not base64!').toBase64());
  const v = M.getVersions();
  out.versions = [typeof v.vodozemac, typeof v.matrix_sdk_crypto];
  const C = load.require('node.cjs');
  await C.initAsync();
  out.cjs = new C.UserId('@bob:example.org').localpart;
  return out;
}
// The ESM _bg.js with its .wasm (no bundler entry exists).
export const isolated = [{ dir: 'pkg', files: ['matrix_sdk_crypto_wasm_bg.js', 'matrix_sdk_crypto_wasm_bg.wasm'], flags: ['--platform', 'node'] }];
