// Renders the annotated article: blocks, Markdown styling and nested
// highlights, written as one HTML string in a single pass over the nested
// tree (every piece of the pasted text is escaped) and inserted at once.
// Very large articles are inserted a slice of blocks at a time so the page
// stays responsive.

import { nest } from "./nesting.js";
import { layoutItems } from "./highlights.js";

const BLOCK_TAGS = {
  paragraph: "p",
  list_item: "li",
  block_quote: "blockquote",
  caption: "p",
  credit: "p",
  byline: "p",
  navigation: "p",
  code: "pre",
};

const INLINE_TAGS = { emphasis: "em", strong: "strong", code: "code" };

/** Characters that open or close a quotation; a quote's own marks are drawn apart. */
const QUOTE_MARKS = new Set(['"', "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›", "「", "」"]);

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (words) => words.replace(/[&<>"]/g, (c) => ESCAPES[c]);

const attributeNames = new Map();
/** `quoteKind` -> `data-quote-kind`, as `dataset` would name it. */
function attributeName(key) {
  let name = attributeNames.get(key);
  if (!name) {
    name = `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    attributeNames.set(key, name);
  }
  return name;
}

/** The opening and closing tags of a block; article headings sit below the page's own title. */
function blockTags(block) {
  if (block.kind === "heading") {
    const level = Math.min(6, Math.max(2, (block.level ?? 1) + 1));
    return [`<h${level}>`, `</h${level}>`];
  }
  const tag = BLOCK_TAGS[block.kind] ?? "p";
  return [`<${tag} class="block-${escape(block.kind)}">`, `</${tag}>`];
}

/** The tags of a Markdown inline; links are shown, never followed. */
function inlineTags(inline) {
  if (inline.kind === "link") {
    const title = inline.href ? ` title="${escape(`Link to ${inline.href} (not followed)`)}"` : "";
    return [`<span class="link"${title}>`, "</span>"];
  }
  const tag = INLINE_TAGS[inline.kind] ?? "span";
  return [`<${tag}>`, `</${tag}>`];
}

/**
 * The tags of a highlight piece covering `[start, end)`; only the last piece
 * names the speaker. `repeat`: the piece has the same kind and words as the
 * one it sits in (one source credited twice).
 */
function highlightTags(highlight, start, end, repeat) {
  let open = `<span class="${repeat ? "hl hl-repeat" : "hl"}" data-kind="${highlight.kind}" data-start="${start}" data-end="${end}"`;
  for (const key in highlight.data) {
    if (key === "speaker" && end !== highlight.end) continue;
    open += ` ${attributeName(key)}="${escape(String(highlight.data[key]))}"`;
  }
  return [`${open}>`, "</span>"];
}

function tagsFor(node, parent) {
  const item = node.item;
  if (item.role === "block") return blockTags(item);
  if (item.role === "inline") return inlineTags(item);
  const repeat = parent?.item?.kind === item.kind && parent.start === node.start && parent.end === node.end;
  return highlightTags(item, node.start, node.end, repeat);
}

/** Writes one HTML string per article, keeping the state of the list being filled. */
class Writer {
  constructor(text) {
    this.text = text;
    this.out = [];
  }

  /** The text of `[start, end)` inside `node`; a quote's opening and closing marks get their own span. */
  words(node, start, end) {
    if (end <= start) return;
    const text = this.text;
    const item = node.item;
    if (item?.kind !== "quote") {
      this.out.push(escape(text.slice(start, end)));
      return;
    }
    let from = start;
    let to = end;
    const opens = start === item.start && QUOTE_MARKS.has(text[start]);
    const closes = end === item.end && end - 1 > start && QUOTE_MARKS.has(text[end - 1]);
    if (opens) from += 1;
    if (closes) to -= 1;
    if (opens) this.out.push(`<span class="qm">${escape(text[start])}</span>`);
    if (to > from) this.out.push(escape(text.slice(from, to)));
    if (closes) this.out.push(`<span class="qm">${escape(text[end - 1])}</span>`);
  }

  /** The children of `node` and the text between them; list items gather into lists. */
  children(node) {
    let position = node.start;
    let list = null;
    for (const child of node.children) {
      const item = child.item;
      const isItem = item.role === "block" && item.kind === "list_item";
      if (!(list && (isItem || item.role === "markup") && !this.text.slice(position, child.start).trim())) {
        list = this.closeList(list);
        this.words(node, position, child.start);
      }
      position = child.end;
      if (item.role === "markup") continue;
      if (isItem) list = this.openList(list, item);
      this.node(child, node);
    }
    this.closeList(list);
    this.words(node, position, node.end);
  }

  node(node, parent = null) {
    const [open, close] = tagsFor(node, parent);
    this.out.push(open);
    this.children(node);
    this.out.push(close);
  }

  /** The list `item` joins: the open one if of its sort (numbered or bulleted), else a new one. */
  openList(open, item) {
    const tag = item.number != null ? "ol" : "ul";
    if (open === tag) return open;
    this.closeList(open);
    this.out.push(tag === "ol" ? `<ol start="${Number(item.number)}">` : "<ul>");
    return tag;
  }

  closeList(open) {
    if (open) this.out.push(`</${open}>`);
    return null;
  }

  /**
   * Plain text outside every block, in its own paragraph when not blank.
   * (In Markdown, what lies between blocks is syntax: "# ", "- ", "> ".)
   */
  loose(format, start, end) {
    if (format === "markdown" || !this.text.slice(start, end).trim()) return;
    this.out.push('<p class="block-loose">', escape(this.text.slice(start, end)), "</p>");
  }

  /** Everything written so far, emptied. */
  take() {
    const html = this.out.join("");
    this.out = [];
    return html;
  }
}

/**
 * Renders `doc` and its `highlights` for `text` into `container`, a slice of
 * top-level blocks at a time (one slice for an article of ordinary length).
 * `onProgress(done, total)` hears about each slice. Resolves to false if
 * `isCancelled()` turned true before the end, else true.
 */
export async function renderArticle(container, text, doc, highlights, { onProgress = () => {}, isCancelled = () => false } = {}) {
  const top = nest(layoutItems(doc, highlights), text.length).children;
  const writer = new Writer(text);
  container.replaceChildren();
  let position = 0;
  let index = 0;
  while (index < top.length || position < text.length) {
    const sliceStarted = performance.now();
    let list = null;
    while (index < top.length && (list || performance.now() - sliceStarted < 12)) {
      const node = top[index];
      index += 1;
      if (node.item.role === "markup") {
        position = node.end;
        continue;
      }
      const isItem = node.item.role === "block" && node.item.kind === "list_item";
      // Between top-level Markdown items lies their syntax ("3. "), hidden.
      const joins = list && isItem && (doc.format === "markdown" || !text.slice(position, node.start).trim());
      if (!joins) {
        list = writer.closeList(list);
        writer.loose(doc.format, position, node.start);
      }
      position = node.end;
      if (isItem) {
        list = writer.openList(list, node.item);
        writer.node(node);
      } else if (node.item.role === "block") {
        writer.node(node);
      } else {
        writer.out.push('<p class="block-loose">');
        writer.node(node);
        writer.out.push("</p>");
      }
    }
    if (index >= top.length) {
      list = writer.closeList(list);
      writer.loose(doc.format, position, text.length);
      position = text.length;
    }
    container.insertAdjacentHTML("beforeend", writer.take());
    onProgress(index, top.length);
    if (index < top.length) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (isCancelled()) return false;
    }
  }
  return true;
}
