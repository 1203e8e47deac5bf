// loro-crdt 1.17.1: CRDTs (wasm-bindgen 0.2.100, glue with a
// snippet: the nodejs glue requires it at run time, by
// require(String.raw`./snippets/.../inline0.js`); the web glue imports it).
// The package's index.js wraps the glue in each directory. Its bundler and
// browser directories carry loaders the authors rewrote (refused).
import { attempt } from './_util.mjs';
import fs from 'node:fs';
export const pkg = 'loro-crdt';
export const dirs = ['nodejs', 'web'];
function use(L) {
  const out = {};
  const doc = new L.LoroDoc();
  doc.setPeerId(7n);
  const text = doc.getText('text');
  text.insert(0, 'hello world');
  text.delete(0, 6);
  text.mark({ start: 0, end: 5 }, 'bold', true);
  const map = doc.getMap('map');
  map.set('a', 1);
  map.set('b', 'two');
  const list = doc.getList('list');
  list.insert(0, 1);
  list.insert(1, 'x');
  const tree = doc.getTree('tree');
  const root = tree.createNode();
  root.createNode().data.set('k', 'v');
  doc.commit();
  out.json = doc.toJSON();
  out.delta = text.toDelta();
  out.isContainer = L.isContainer(map);
  const snapshot = doc.export({ mode: 'snapshot' });
  const copy = new L.LoroDoc();
  copy.import(snapshot);
  out.copied = copy.toJSON();
  // Concurrent edits merged through updates.
  const other = new L.LoroDoc();
  other.setPeerId(8n);
  other.import(snapshot);
  other.getText('text').insert(0, '>> ');
  other.commit();
  doc.import(other.export({ mode: 'update', from: doc.oplogVersion() }));
  out.merged = doc.getText('text').toString();
  // Events, delivered through the snippet's callbacks.
  const events = [];
  const unsub = doc.subscribe((e) => events.push(e.events.map((x) => x.diff.type)));
  doc.getMap('map').set('c', 3);
  doc.commit();
  unsub();
  out.events = events;
  out.badImport = attemptSync(() => new L.LoroDoc().import(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])));
  out.badIndex = attemptSync(() => doc.getText('text').insert(1000, 'x'));
  out.badContainer = attemptSync(() => L.isValidContainerId('nope'));
  out.afterErrors = doc.getText('text').toString();
  const undo = new L.UndoManager(doc, {});
  doc.getText('text').insert(0, 'z');
  doc.commit();
  undo.undo();
  out.undone = doc.getText('text').toString();
  return out;
}
function attemptSync(f) {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: { name: e && e.name, message: String(e && e.message !== undefined ? e.message : e).slice(0, 300) } };
  }
}
export async function run(load, dir) {
  if (dir === 'nodejs') return use(load.require('nodejs/index.js'));
  // The web glue is initialised by its default export, here with the bytes.
  const glue = await load('web/loro_wasm.js');
  const init = await attempt(async () => typeof (await glue.default({ module_or_path: fs.readFileSync(load.path('web/loro_wasm_bg.wasm')) })));
  return { init, ...use(await load('web/index.js')) };
}
