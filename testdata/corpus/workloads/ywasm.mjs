// ywasm 0.18.3: the Yrs (Rust Yjs) CRDT (nodejs target, 0.2.84-0.2.106
// glue), 1 MB module, 20 classes.
//
// An insert past the end of a shared array traps (`unreachable`) while the
// document's transaction is open. The original's document is left wedged:
// every later use of it reports "recursive use of an object" or "another
// read-write transaction is in progress", yet the instance is kept. The
// guarded copy reports the abort and refuses the dead documents as stale;
// a new document works in both (on a fresh instance in the guarded copy).
import { attempt, afterAbort, hex } from './_util.mjs';
export const pkg = 'ywasm';
export const dirs = ['.'];

function edited(Y) {
  const d = new Y.YDoc({ clientID: 7 });
  d.getText('t').insert(0, 'hello', undefined);
  return d;
}

export async function run(load) {
  const Y = load.require('ywasm.js');
  const out = {};
  const d = edited(Y);
  const t = d.getText('t');
  out.constructors = [d.constructor === Y.YDoc, d.constructor.name, t.constructor.name];
  out.text = t.toString();
  const update = Y.encodeStateAsUpdate(d);
  out.update = hex(update);
  const d2 = new Y.YDoc({ clientID: 8 });
  Y.applyUpdate(d2, update);
  out.synced = d2.getText('t').toString();
  const m = d.getMap('m');
  m.set('k', { a: [1, 2, { b: 'c' }] });
  out.map = m.toJson();
  const arr = d.getArray('a');
  arr.insert(0, [1, 'two', null, true]);
  out.array = arr.toJson();
  out.events = await attempt(() => {
    const log = [];
    const sub = t.observe((e) => log.push(e.delta));
    t.insert(5, '!', undefined);
    sub.free();
    return log;
  });
  out.text2 = t.toString();
  // Errors Rust returns on purpose.
  out.badUpdate = await attempt(() => Y.applyUpdate(d2, new Uint8Array([255, 255, 255, 255, 1, 2, 3])));
  out.truncatedUpdate = await attempt(() => Y.applyUpdate(new Y.YDoc(), new Uint8Array([1, 200, 200, 200, 200, 200, 200, 200, 200, 200, 1])));
  out.syncedAfterErrors = d2.getText('t').toString();
  const expected = hex(Y.encodeStateAsUpdate(edited(Y)));
  // The trap, then the documents it left behind, then a new document.
  out.insertPastEnd = await attempt(() => arr.insert(100, [1]));
  out.sameArray = (await attempt(() => arr.toJson())).error !== undefined;
  out.sameText = (await attempt(() => t.toString())).error !== undefined;
  out.newDocument = await afterAbort(() => hex(Y.encodeStateAsUpdate(edited(Y))), expected);
  return out;
}
