// What one annotation may take: the input size the core accepts in one go
// (checked here, so a larger text never reaches the worker), and a deadline
// after which a worker that gave no answer (hung, or died without a word) is
// replaced. The text itself is never touched.

import { grouped } from "./text.js";

/** The core's MAX_INPUT_BYTES (src/lib.rs; tests/cli.rs checks they agree). */
export const MAX_INPUT_BYTES = 10_000_000;

/** The limit in words, for the page. */
export const LIMIT_WORDS = `${MAX_INPUT_BYTES / 1_000_000} MB`;

const isLowSurrogate = (unit) => unit >= 0xdc00 && unit < 0xe000;

/** The UTF-8 length of `text`, as the core counts it, without copying it. */
export function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // a lone surrogate becomes U+FFFD, three bytes
  }
  return bytes;
}

/** Why `text` is refused before annotating, or null when it is accepted. */
export function refusal(text) {
  const bytes = utf8Length(text);
  if (bytes <= MAX_INPUT_BYTES) return null;
  // Just over the limit, "10.0 MB" would read as within it: count bytes.
  const size = bytes < MAX_INPUT_BYTES * 1.05
    ? `${grouped(bytes)} bytes`
    : `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `This text is ${size}; the annotator reads up to ${LIMIT_WORDS} (${grouped(MAX_INPUT_BYTES)} bytes) at once. Annotate it in parts.`;
}

/** Seconds to wait for an answer: generous for the slowest phone. */
export function deadlineSeconds(text) {
  return 30 + Math.ceil(text.length / 1_000_000) * 6;
}

/**
 * `annotator.annotate(text, format)`, but a worker silent past the deadline
 * is restarted and the call fails with a message saying so.
 */
export function annotateWithin(annotator, text, format) {
  const seconds = deadlineSeconds(text);
  const timer = setTimeout(
    () => annotator.restart(`The annotator gave no answer within ${seconds} seconds and was restarted.`),
    seconds * 1000,
  );
  return annotator.annotate(text, format).finally(() => clearTimeout(timer));
}
