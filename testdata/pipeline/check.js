// node testdata/pipeline/check.js DIR: the guarded counter package in DIR
// answers add(2,3), turns crash() into an AbortError, then answers again on a
// fresh instance. Used by every recipe of testdata/pipeline/run.
"use strict";
const path = require("node:path");
const dir = process.argv[2];
if (!dir) throw new Error("usage: node check.js DIR");
const m = require(path.resolve(dir, "counter.js"));
const assert = (ok, what) => { if (!ok) { console.error("check.js: " + what); process.exit(1); } };
assert(m.add(2, 3) === 5, "add(2,3) !== 5 before the crash");
let err = null;
try { m.crash(); } catch (e) { err = e; }
assert(err !== null, "crash() did not throw");
assert(err.name === "AbortError", "crash() threw " + (err && err.name) + ", not AbortError");
assert(err instanceof m.AbortError, "crash()'s error is not the package's AbortError");
assert(m.add(2, 3) === 5, "add(2,3) !== 5 after the crash");
console.log("check.js: " + dir + ": add, crash -> AbortError (" + err.kind + "), add again: ok");
