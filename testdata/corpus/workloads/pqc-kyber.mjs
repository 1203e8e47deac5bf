// pqc-kyber 0.7.0: Kyber KEM (bundler target, wasm-bindgen 0.2.87). Keys are
// random (getrandom), so only sizes and round-trip agreement are recorded.
import { attempt, hex } from './_util.mjs';
export const pkg = 'pqc-kyber';
export const dirs = ['.'];
export async function run(load) {
  const K = await load('pqc_kyber.js');
  const out = {};
  const kp = K.keypair();
  out.sizes = { pub: kp.pubkey.length, sec: kp.secret.length, pk: K.Params.publicKeyBytes, sk: K.Params.secretKeyBytes, ct: K.Params.ciphertextBytes, ss: K.Params.sharedSecretBytes };
  const e = K.encapsulate(kp.pubkey);
  const ss = K.decapsulate(e.ciphertext, kp.secret);
  out.agree = hex(ss) === hex(e.sharedSecret);
  out.ctLen = e.ciphertext.length;
  const rounds = [];
  for (let i = 0; i < 20; i++) {
    const kp2 = new K.Keys();
    const e2 = new K.Kex(kp2.pubkey);
    rounds.push(hex(K.decapsulate(e2.ciphertext, kp2.secret)) === hex(e2.sharedSecret));
    e2.free();
    kp2.free();
  }
  out.rounds = rounds;
  out.badPub = await attempt(() => K.encapsulate(new Uint8Array(10)));
  out.badCt = await attempt(() => K.decapsulate(new Uint8Array(5), kp.secret));
  return out;
}
