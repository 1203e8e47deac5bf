// A Worker around the guarded example crate (examples/counter), built by the
// wrangler.toml build command into ./build/dist. A fault in one request is an
// AbortError for that request only; the next one runs on a fresh instance.
// The web target's init() is called once, as with the unguarded glue; built
// with --platform workerd, it instantiates the .wasm the bundle imports as a
// compiled module.
import init, { add, crash, Counter, AbortError, wbgGuard } from './build/dist/counter.js';

const ready = init();

const counter = { current: null };

export default {
  async fetch(request) {
    await ready;
    const url = new URL(request.url);
    try {
      switch (url.pathname) {
        case '/add':
          return new Response(String(add(Number(url.searchParams.get('a')), Number(url.searchParams.get('b')))));
        case '/crash':
          crash();
          return new Response('crash returned', { status: 500 });
        case '/count':
          if (counter.current === null) counter.current = new Counter();
          return new Response(String(counter.current.increment()));
        case '/stats':
          return Response.json(wbgGuard.stats());
        default:
          return new Response('no such route', { status: 404 });
      }
    } catch (e) {
      if (e instanceof AbortError) {
        // The instance died; its objects are stale. Start over.
        counter.current = null;
        return new Response(`AbortError ${e.kind}`, { status: 500 });
      }
      if (e && e.name === 'StaleInstanceError') {
        counter.current = null;
        return new Response('StaleInstanceError', { status: 500 });
      }
      throw e;
    }
  },
};
