// Shows what wbg-guard changes: run it on the original package and on the
// guarded one.
//
//   node examples/counter/demo.js examples/counter/pkg     (original)
//   node examples/counter/demo.js /tmp/counter-guarded     (guarded)
const path = require('path');
const dir = path.resolve(process.argv[2] || path.join(__dirname, 'pkg'));
const pkg = require(path.join(dir, 'counter.js'));

const counter = new pkg.Counter();
console.log('counter.increment() =', counter.increment());
try {
  pkg.crash(); // `unreachable`: what a Rust panic is with panic=abort
} catch (e) {
  console.log('crash() threw', e.name + (e.kind ? ` (kind ${e.kind})` : '') + ':', e.message);
}
try {
  console.log('counter.increment() after the crash =', counter.increment(), '<- Rust code ran on the trapped instance');
} catch (e) {
  console.log('counter.increment() after the crash threw', e.name);
}
console.log('add(2, 3) =', pkg.add(2, 3));
if (pkg.wbgGuard) console.log('stats:', pkg.wbgGuard.stats());
