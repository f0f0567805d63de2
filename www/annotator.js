// The page's side of the worker: requests as promises, and a fresh worker
// when the wasm traps, so one crash never takes the page down.

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
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (event) => {
        const message = event.data;
        if (message.type === "ready") {
          this.onStatus("ready", message.version);
          resolve(message.version);
        } else if (message.type === "failed-to-start") {
          this.onStatus("failed", message.message);
          reject(new Error(message.message));
        } else {
          this.settle(message);
        }
      };
      this.worker.onerror = (event) => {
        event.preventDefault();
        const error = new Error(event.message || "the annotator could not start");
        this.onStatus("failed", error.message);
        reject(error);
        this.failAll(error.message);
      };
    });
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
