// @mattrglobal/bbs-signatures 2.0.0: BBS+ signatures. lib/wasm.js is
// wasm-pack output converted to CommonJS with rollup by the authors, whose
// init loads the module from lib/wasm_bs64.js (base64), and lib/index.js /
// wasm_module.js wrap it (async API). Forced to the Wasm path.
import { attempt, hex, enc } from './_util.mjs';
export const pkg = '@mattrglobal/bbs-signatures';
export const dirs = ['lib'];
export async function run(load) {
  process.env.BBS_SIGNATURES_MODE = 'wasm';
  const B = load.require('lib/index.js');
  const out = {};
  const seed = new Uint8Array(32).fill(42);
  const kp = await B.generateBls12381G2KeyPair(seed);
  out.keys = [hex(kp.secretKey), hex(kp.publicKey)];
  const g1 = await B.generateBls12381G1KeyPair(seed);
  out.g1 = hex(g1.publicKey);
  const messages = ['first', 'second', 'third'].map((m) => enc.encode(m));
  const sig = await B.blsSign({ keyPair: kp, messages });
  out.sig = hex(sig);
  out.verify = await B.blsVerify({ publicKey: kp.publicKey, messages, signature: sig });
  out.verifyWrong = await B.blsVerify({ publicKey: kp.publicKey, messages: messages.slice().reverse(), signature: sig });
  const bbsKey = await B.bls12381toBbs({ keyPair: kp, messageCount: 3 });
  out.bbsKey = hex(bbsKey.publicKey);
  const sig2 = await B.sign({ keyPair: bbsKey, messages });
  out.bbsVerify = await B.verify({ publicKey: bbsKey.publicKey, messages, signature: sig2 });
  const proof = await B.blsCreateProof({ signature: sig, publicKey: kp.publicKey, messages, nonce: enc.encode('nonce'), revealed: [0, 2] });
  out.proofLen = proof.length;
  out.proofVerify = await B.blsVerifyProof({ proof, publicKey: kp.publicKey, messages: [messages[0], messages[2]], nonce: enc.encode('nonce') });
  out.proofWrongNonce = await B.blsVerifyProof({ proof, publicKey: kp.publicKey, messages: [messages[0], messages[2]], nonce: enc.encode('other') });
  out.badKey = await attempt(() => B.blsSign({ keyPair: { secretKey: new Uint8Array(3), publicKey: kp.publicKey }, messages }));
  out.badRevealed = await attempt(() => B.blsCreateProof({ signature: sig, publicKey: kp.publicKey, messages, nonce: enc.encode('n'), revealed: [7] }));
  out.badSig = await attempt(() => B.blsVerify({ publicKey: kp.publicKey, messages, signature: new Uint8Array(10) }));
  return out;
}
