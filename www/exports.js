// Taking the results away: the contract JSON, a self-contained annotated
// HTML page, and a short plain-text report on the clipboard. Files are made
// in the page (Blob URLs); nothing is uploaded.

/** Offers `contents` as a download named `name`. */
export function download(name, contents, type) {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The contract document as pretty JSON, with a trailing newline. */
export function contractJson(doc) {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Copies `text` to the clipboard; where the clipboard is not allowed,
 * selects it in `fallback` (a textarea) for the reader to copy.
 * Resolves to true when copied.
 */
export async function copyText(text, fallback) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback.value = text;
    fallback.hidden = false;
    fallback.focus();
    fallback.select();
    return false;
  }
}
