// html-rewriter-wasm 0.4.1: Cloudflare's lol-html (nodejs target, wasm-bindgen
// 0.2.74, glue patched by the authors for Asyncify: async handlers).
import { attempt, enc } from './_util.mjs';
export const pkg = 'html-rewriter-wasm';
export const dirs = ['dist'];
async function rewrite(H, html, setup, opts) {
  const dec = new TextDecoder();
  let output = '';
  const rw = new H.HTMLRewriter((c) => { output += dec.decode(c); }, opts);
  setup(rw);
  try {
    for (let i = 0; i < html.length; i += 7) await rw.write(enc.encode(html.slice(i, i + 7)));
    await rw.end();
  } finally {
    rw.free();
  }
  return output;
}
const PAGE = '<!DOCTYPE html><html><head><title>T</title></head><body><!-- c --><p class="a" id="x">old <b>bold</b></p><a href="/rel">link</a><esi:include src="x"/><p>two</p></body></html>';
export async function run(load) {
  const H = load.require('dist/html_rewriter.js');
  const out = {};
  const seen = [];
  out.basic = await rewrite(H, PAGE, (rw) => {
    rw.on('p', {
      element(e) {
        seen.push([e.tagName, [...e.attributes], e.getAttribute('class'), e.hasAttribute('id')]);
        e.setAttribute('data-x', '1');
        e.prepend('<i>pre</i>', { html: true });
        e.onEndTag((t) => { t.before('!'); });
      },
      text(t) { if (t.text) seen.push(['text', t.text, t.lastInTextNode]); },
    });
    rw.on('a[href]', { element(e) { e.setAttribute('href', 'https://x' + e.getAttribute('href')); } });
    rw.on('b', { element(e) { e.replace('<strong>B</strong>', { html: true }); } });
    rw.onDocument({
      doctype(d) { seen.push(['doctype', d.name, d.publicId]); },
      comments(c) { seen.push(['comment', c.text]); c.remove(); },
      end(e) { e.append('<!-- end -->', { html: true }); },
    });
  });
  out.seen = seen;
  // Async handlers (Asyncify).
  out.async = await rewrite(H, PAGE, (rw) => {
    rw.on('title', { async element(e) { await new Promise((r) => setTimeout(r, 5)); e.setInnerContent('async title'); } });
    rw.on('p', { async text(t) { await null; if (t.text) t.replace(t.text.toUpperCase()); } });
  });
  out.esi = await rewrite(H, PAGE, (rw) => { rw.on('esi\\:include', { element(e) { e.replace('ESI'); } }); }, { enableEsiTags: true });
  // Errors: an invalid selector (Rust returns Err), a handler that throws,
  // writing after end.
  out.badSelector = await attempt(() => rewrite(H, PAGE, (rw) => rw.on('p[', { element() {} })));
  out.handlerThrows = await attempt(() => rewrite(H, PAGE, (rw) => rw.on('p', { element() { throw new Error('handler failed'); } })));
  out.afterEnd = await attempt(async () => {
    const rw = new H.HTMLRewriter(() => {});
    await rw.end();
    await rw.write(enc.encode('<p>'));
  });
  out.big = (await rewrite(H, '<div><p>x</p></div>'.repeat(2000), (rw) => rw.on('p', { element(e) { e.remove(); } }))).length;
  return out;
}
// The documented policy switch for JS exceptions that crossed Rust frames.
export const flagVariants = [['--js-errors-through-rust', 'pass']];
