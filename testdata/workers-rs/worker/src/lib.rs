//! A small Rust Worker (workers-rs 0.8) for the side-by-side comparison in
//! testdata/workers-rs: the same crate is built the way worker-build builds
//! it and the way wbg-guard guards it, and both are served by workerd under
//! one fault script (testdata/workers-rs/faults.mjs).
//!
//! State held in Rust: a counter in the Worker's instance (`/count`) and one
//! in the Durable Object (`/do/count`). What a fault leaves of them is what
//! the comparison reports.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use wasm_bindgen::prelude::*;
use worker::*;

static COUNT: AtomicU64 = AtomicU64::new(0);

#[wasm_bindgen]
extern "C" {
    // No `catch`: a URIError thrown here crosses the Rust frames above it.
    #[wasm_bindgen(js_name = decodeURIComponent)]
    fn decode_uri_component(s: &str) -> String;
}

/// Grows the stack until the engine (or the shadow stack's guard) stops it.
#[inline(never)]
fn recurse(n: u64) -> u64 {
    if n == u64::MAX {
        return 0;
    }
    let frame = [n; 64];
    std::hint::black_box(&frame);
    recurse(std::hint::black_box(n + 1)) + frame[0]
}

/// Faults shared by the Worker and the Durable Object. `None`: not a fault.
fn fault(name: &str) -> Option<Result<Response>> {
    match name {
        "panic" => panic!("deliberate panic"),
        "unreachable" => core::arch::wasm32::unreachable(),
        // Out of memory: 1 GiB allocations kept until the 4 GiB address
        // space is full (a single larger one would be a capacity-overflow
        // panic instead: wasm32's isize::MAX is 2 GiB).
        "oom" => {
            let mut kept: Vec<Vec<u8>> = Vec::new();
            loop {
                kept.push(Vec::with_capacity(1 << 30));
                std::hint::black_box(&kept);
            }
        }
        "overflow" => Some(Response::ok(format!("{}", recurse(0)))),
        "jserror" => Some(Response::ok(decode_uri_component("%"))),
        _ => None,
    }
}

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> Result<Response> {
    let path = req.path();
    let path = path.trim_start_matches('/');
    if let Some(rest) = path.strip_prefix("do/") {
        let stub = env.durable_object("COUNTER")?.id_from_name("one")?.get_stub()?;
        return stub.fetch_with_str(&format!("https://do/{rest}")).await;
    }
    match path {
        "count" => Response::ok(format!("{}", COUNT.fetch_add(1, Ordering::SeqCst) + 1)),
        // An async handler: it yields to the event loop before answering.
        "slow" => {
            Delay::from(Duration::from_millis(50)).await;
            Response::ok(format!("{}", COUNT.load(Ordering::SeqCst)))
        }
        "async-panic" => {
            Delay::from(Duration::from_millis(5)).await;
            panic!("deliberate panic after an await")
        }
        other => fault(other).unwrap_or_else(|| Response::error("no such route", 404)),
    }
}

#[durable_object]
pub struct Counter {
    // Atomic rather than Cell: unwind builds need RefUnwindSafe.
    count: AtomicU64,
}

impl DurableObject for Counter {
    fn new(_state: State, _env: Env) -> Self {
        Self { count: AtomicU64::new(0) }
    }

    async fn fetch(&self, req: Request) -> Result<Response> {
        let path = req.path();
        match path.trim_start_matches('/') {
            "count" => {
                Response::ok(format!("{}", self.count.fetch_add(1, Ordering::SeqCst) + 1))
            }
            "async-panic" => {
                Delay::from(Duration::from_millis(5)).await;
                panic!("deliberate panic in the Durable Object after an await")
            }
            other => fault(other).unwrap_or_else(|| Response::error("no such route", 404)),
        }
    }
}
