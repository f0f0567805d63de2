// The page's side of the worker: requests as promises, and a fresh worker
// when the wasm traps, so one crash never takes the page down.

/** A new worker and the promise of its start: its version, or an Error. */
function spawn() {
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  const started = new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === "ready") resolve(message.version);
      else if (message.type === "failed-to-start") reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || "the annotator could not start"));
    };
  });
  started.catch(() => {});
  return { worker, started };
}

// The first worker starts as soon as this module runs (index.html loads it
// ahead of the rest of the page), so the wasm downloads and compiles while
// the page's other modules load.
let early = spawn();

/** Talks to the annotating worker (www/worker.js). */
export class Annotator {
  /** `onStatus(state, detail)` hears "starting", "ready" and "failed". */
  constructor(onStatus) {
    this.onStatus = onStatus;
    this.pending = new Map();
    this.nextId = 1;
    this.start();
  }

  /** Starts (or restarts) the worker; `this.ready` resolves to its version. */
  start() {
    this.onStatus("starting");
    const { worker, started } = early ?? spawn();
    early = null;
    this.worker = worker;
    this.ready = started.then(
      (version) => {
        worker.onmessage = (event) => this.settle(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          const message = event.message || "the annotator stopped";
          this.onStatus("failed", message);
          this.failAll(message);
        };
        this.onStatus("ready", version);
        return version;
      },
      (error) => {
        this.onStatus("failed", error.message);
        this.failAll(error.message);
        throw error;
      },
    );
    this.ready.catch(() => {});
  }

  /** Resolves or rejects the request a reply answers. */
  settle(reply) {
    const request = this.pending.get(reply.id);
    if (!request) return;
    this.pending.delete(reply.id);
    if (reply.ok) {
      request.resolve(reply.result);
    } else {
      request.reject(new Error(reply.message));
      if (reply.fatal) this.restart(reply.message);
    }
  }

  /** Replaces a worker whose wasm trapped; other waiting requests fail. */
  restart(message) {
    this.worker.terminate();
    this.failAll(message);
    this.start();
  }

  failAll(message) {
    for (const request of this.pending.values()) request.reject(new Error(message));
    this.pending.clear();
  }

  async call(op, fields) {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, ...fields });
    });
  }

  /** The contract document for `text` read as `format`. */
  annotate(text, format) {
    return this.call("annotate", { text, format });
  }
}
