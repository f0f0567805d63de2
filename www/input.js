// Getting an article in: typing, pasting (the text of copied HTML when the
// clipboard holds only HTML) and dropping or opening a .txt or .md file.
// Nothing here touches the network: files are read locally.

const BLOCK_TAGS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "HEADER", "FOOTER", "ASIDE", "BLOCKQUOTE", "LI", "UL", "OL",
  "H1", "H2", "H3", "H4", "H5", "H6", "TR", "TABLE", "FIGURE", "FIGCAPTION", "PRE", "HR",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "IFRAME", "OBJECT", "SVG"]);

/**
 * The readable text of an HTML fragment, one blank line between blocks.
 * The HTML is parsed into an inert document: nothing in it runs or loads.
 */
export function textOfHtml(html) {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.data.replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || SKIPPED_TAGS.has(node.tagName)) return;
    if (node.tagName === "BR") {
      out.push("\n");
      return;
    }
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) out.push("\n\n");
    for (const child of node.childNodes) walk(child);
    if (block) out.push("\n\n");
  };
  walk(parsed.body);
  return out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Whether a file looks like text we can annotate. */
export function isTextFile(file) {
  return /\.(txt|md|markdown|text)$/i.test(file.name) || file.type.startsWith("text/");
}

/**
 * Wires the textarea: `onText(reason)` hears "input" while typing and
 * "replace" when a whole text arrives (a paste, a drop, a file), which is
 * annotated at once; `onError`
 * hears files that cannot be read.
 */
export function wireInput(textarea, fileInput, dropZone, onText, onError) {
  textarea.addEventListener("input", (event) => {
    const whole = event.inputType === "insertFromPaste" || event.inputType === "insertFromDrop";
    onText(whole ? "replace" : "input");
  });
  textarea.addEventListener("paste", (event) => {
    const data = event.clipboardData;
    if (!data) return;
    const plain = data.getData("text/plain");
    const html = data.getData("text/html");
    if (!plain && html) {
      event.preventDefault();
      textarea.setRangeText(textOfHtml(html), textarea.selectionStart, textarea.selectionEnd, "end");
      onText("replace");
    }
  });

  async function load(file) {
    if (!isTextFile(file)) {
      onError(`“${file.name}” is not a .txt or .md file.`);
      return;
    }
    try {
      textarea.value = await file.text();
      onText("replace", file.name);
    } catch (error) {
      onError(`“${file.name}” could not be read: ${error.message}`);
    }
  }

  fileInput.addEventListener("change", () => {
    if (fileInput.files?.[0]) load(fileInput.files[0]);
    fileInput.value = "";
  });
  dropZone.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes("Files")) {
      event.preventDefault();
      dropZone.classList.add("dropping");
    }
  });
  dropZone.addEventListener("dragleave", () => dropZone.classList.remove("dropping"));
  dropZone.addEventListener("drop", (event) => {
    dropZone.classList.remove("dropping");
    const file = event.dataTransfer?.files?.[0];
    if (file) {
      event.preventDefault();
      load(file);
    }
  });
}
