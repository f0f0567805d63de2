// Small helpers on the article's text, shared by every view.

/** The text of a UTF-16 range of `text`. */
export function slice(text, range) {
  return range ? text.slice(range.start, range.end) : "";
}

/** Shortens `words` to about `limit` characters, on a word boundary. */
export function excerpt(words, limit = 80) {
  const flat = words.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), limit / 2))}…`;
}

/**
 * A whole number with its thousands grouped by commas ("12,345"), as
 * `toLocaleString("en")` writes it, but without Intl: its first use loads
 * the locale data, some 20 to 30 ms on the reader's first paste.
 */
export function grouped(n) {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** "1 hedge", "2 hedges". */
export function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
