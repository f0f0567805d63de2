// The module Web Worker that runs the wasm core, so the page never freezes.
//
// Messages in:  { id, op: "annotate", text, format }
// Messages out: { type: "ready", version }
//               { type: "failed-to-start", message }
//               { id, ok: true, result }          result: the contract document
//               { id, ok: false, message, fatal } fatal: the wasm trapped (a panic)

// The wasm downloads and compiles while the glue module loads: both start
// here, neither waits for the other.
const compiled = WebAssembly.compileStreaming(fetch(new URL("./pkg/sourcelight_bg.wasm", import.meta.url)));
compiled.catch(() => {});
const glue = import("./pkg/sourcelight.js");

/** The glue, initialised with the compiled module (or, if streaming failed, as it loads it itself). */
async function start() {
  const core = await glue;
  const module = await compiled.catch(() => undefined);
  await core.default(module ? { module_or_path: module } : undefined);
  return core;
}

// Annotated right after start-up, while the reader has not pasted yet: the
// first call expands the embedded models into their look-up tables (tens of
// milliseconds on a slow machine), so the first paste does not wait for it.
// Every detector has something to find in it. Then more of it, ten times at
// a time, some 2,000 words in all: the engine first runs the wasm as quickly
// compiled, slow code and optimizes a function once it has run for a while,
// so after one sentence the first article still ran mostly unoptimized (a
// 2,570-word paste 1.5 s after "ready" was answered in 103 ms; after the
// whole warm-up, in 45). Each call is a task of its own, so a request waits
// for one call at most, and the first request ends the warm-up.
const WARM_UP = "Ines Moreau said the ferry \u201Cmay stop\u201D in May, according to the Harbour Gazette. ";
const WARM_UP_CALLS = 15;
const WARM_UP_REPEATS = 10;

/** Handles one request; a trap (WebAssembly.RuntimeError) is reported as fatal. */
function handle(operations, request) {
  const operation = operations[request.op];
  if (!operation) {
    return { id: request.id, ok: false, message: `unknown operation ${request.op}`, fatal: false };
  }
  try {
    return { id: request.id, ok: true, result: operation(request) };
  } catch (error) {
    const fatal = error instanceof WebAssembly.RuntimeError;
    const message = fatal
      ? `the annotator crashed (${error.message}); your text is kept`
      : String(error?.message ?? error);
    return { id: request.id, ok: false, message, fatal };
  }
}

start()
  .then((core) => {
    const operations = {
      // The core answers with JSON text: one string across the boundary.
      annotate: ({ text, format }) => JSON.parse(core.annotate(text, format)),
    };
    // The warm-up sentence `repeats` times now, then `calls` more calls, each in a task of its own.
    let warming = 0;
    const warmUp = (calls, repeats) => {
      handle(operations, { id: 0, op: "annotate", text: WARM_UP.repeat(repeats), format: "text" });
      if (calls > 0) warming = setTimeout(() => warmUp(calls - 1, WARM_UP_REPEATS), 0);
    };
    self.onmessage = (event) => {
      clearTimeout(warming);
      self.postMessage(handle(operations, event.data));
    };
    self.postMessage({ type: "ready", version: core.version() });
    warmUp(WARM_UP_CALLS, 1);
  })
  .catch((error) => {
    self.postMessage({ type: "failed-to-start", message: String(error?.message ?? error) });
  });
