// @iota/identity-wasm 1.5.1: IOTA's DID library (nodejs target,
// wasm-bindgen 0.2.100) under the authors' TypeScript wrappers (node/index.js
// and JS classes the glue calls back: JwkMemStore, KeyIdMemStore). Its glue
// has a class made for an imported JS type extended from Rust (JwkStorage),
// whose __wbg_jwkstorage_free the module does not export. The web copy
// imports a directory ("./jose"): a bundler's layout, not run in Node.
import { attempt } from './_util.mjs';
export const pkg = '@iota/identity-wasm';
export const dirs = ['node'];
export async function run(load) {
  const I = load.require('node/index.js');
  const out = {};
  const jwk = () => new I.Jwk({ kty: I.JwkType.Okp, crv: I.EdCurve.Ed25519, x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' });
  out.document = await attempt(() => {
    const document = new I.IotaDocument('tst');
    const method = I.VerificationMethod.newFromJwk(document.id(), jwk(), '#key-1');
    document.insertMethod(method, I.MethodScope.VerificationMethod());
    document.attachMethodRelationship(document.id().join('#key-1'), I.MethodRelationship.Authentication);
    document.insertService(new I.Service({ id: document.id().join('#linked-domain'), type: 'LinkedDomains', serviceEndpoint: 'https://iota.org/' }));
    return document.toJSON();
  });
  // Keys generated and used through the JS storage classes (async, the
  // glue calling back into the authors' JS).
  out.storage = await attempt(async () => {
    const storage = new I.Storage(new I.JwkMemStore(), new I.KeyIdMemStore());
    const document = new I.IotaDocument('tst');
    const fragment = await document.generateMethod(storage, I.JwkMemStore.ed25519KeyType(), I.JwsAlgorithm.EdDSA, '#k', I.MethodScope.VerificationMethod());
    const jws = await document.createJws(storage, fragment, 'hello', new I.JwsSignatureOptions());
    const decoded = document.verifyJws(jws, new I.JwsVerificationOptions(), new I.EdDSAJwsVerifier());
    const purged = await document.purgeMethod(storage, document.id().join('#k'));
    return { fragment, claims: decoded.claims(), purged: purged === undefined };
  });
  out.parsed = await attempt(() => I.IotaDID.parse('did:iota:tst:0x' + '11'.repeat(32)).toString());
  out.badDid = await attempt(() => I.IotaDID.parse('not a did').toString());
  out.badJson = await attempt(() => I.IotaDocument.fromJSON({ id: 5 }).toJSON());
  // A Jwk of an unknown key type: a panic in the original (a trap).
  out.badJwk = await attempt(() => new I.Jwk({ kty: 'nope' }).toJSON());
  out.after = await attempt(() => new I.IotaDocument('tst').id().toString());
  return out;
}
