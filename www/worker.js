// The module Web Worker that runs the wasm core, so the page never freezes.
//
// Messages in:  { id, op: "annotate", text, format }
// Messages out: { type: "ready", version }
//               { type: "failed-to-start", message }
//               { id, ok: true, result }          result: the contract document
//               { id, ok: false, message, fatal } fatal: the wasm trapped (a panic)

import init, { annotate, version } from "./pkg/sourcelight.js";

const operations = {
  annotate: ({ text, format }) => annotate(text, format),
};

/** Handles one request; a trap (WebAssembly.RuntimeError) is reported as fatal. */
function handle(request) {
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

init()
  .then(() => {
    self.onmessage = (event) => self.postMessage(handle(event.data));
    self.postMessage({ type: "ready", version: version() });
  })
  .catch((error) => {
    self.postMessage({ type: "failed-to-start", message: String(error?.message ?? error) });
  });
