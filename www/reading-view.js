// Renders the annotated article: blocks, Markdown styling and nested
// highlights, built in one pass over the nested tree into a fragment of DOM
// nodes and text nodes (never HTML strings) that is inserted at once. Very
// large articles go in a slice of blocks at a time so the page stays
// responsive.

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

/** The element for a block; article headings sit below the page's own title. */
function blockElement(block) {
  if (block.kind === "heading") {
    const level = Math.min(6, Math.max(2, (block.level ?? 1) + 1));
    return document.createElement(`h${level}`);
  }
  const element = document.createElement(BLOCK_TAGS[block.kind] ?? "p");
  element.className = `block-${block.kind}`;
  return element;
}

/** The element for a Markdown inline; links are shown, never followed. */
function inlineElement(inline) {
  if (inline.kind === "link") {
    const element = document.createElement("span");
    element.className = "link";
    if (inline.href) element.title = `Link to ${inline.href} (not followed)`;
    return element;
  }
  return document.createElement(INLINE_TAGS[inline.kind] ?? "span");
}

/**
 * The element of a highlight piece covering `[start, end)`; only the last
 * piece names the speaker. `repeat`: the piece has the same kind and words
 * as the one it sits in (one source credited twice).
 */
function highlightElement(highlight, start, end, repeat) {
  const element = document.createElement("span");
  element.className = repeat ? "hl hl-repeat" : "hl";
  element.setAttribute("data-kind", highlight.kind);
  element.setAttribute("data-start", start);
  element.setAttribute("data-end", end);
  for (const key in highlight.data) {
    if (key === "speaker" && end !== highlight.end) continue;
    element.setAttribute(attributeName(key), highlight.data[key]);
  }
  return element;
}

function elementFor(node, parent) {
  const item = node.item;
  if (item.role === "block") return blockElement(item);
  if (item.role === "inline") return inlineElement(item);
  const repeat = parent?.item?.kind === item.kind && parent.start === node.start && parent.end === node.end;
  return highlightElement(item, node.start, node.end, repeat);
}

/** A quote's own opening or closing mark, drawn apart. */
function quoteMark(character) {
  const mark = document.createElement("span");
  mark.className = "qm";
  mark.textContent = character;
  return mark;
}

/** Builds the article's DOM in one pass over the nested tree. */
class Builder {
  constructor(text) {
    this.text = text;
  }

  /** Appends the text of `[start, end)` inside `node` to `element`; a quote's marks get their own span. */
  words(node, element, start, end) {
    if (end <= start) return;
    const text = this.text;
    const item = node.item;
    if (item?.kind !== "quote") {
      element.append(text.slice(start, end));
      return;
    }
    let from = start;
    let to = end;
    const opens = start === item.start && QUOTE_MARKS.has(text[start]);
    const closes = end === item.end && end - 1 > start && QUOTE_MARKS.has(text[end - 1]);
    if (opens) from += 1;
    if (closes) to -= 1;
    if (opens) element.append(quoteMark(text[start]));
    if (to > from) element.append(text.slice(from, to));
    if (closes) element.append(quoteMark(text[end - 1]));
  }

  /** The children of `node` and the text between them, into `element`; list items gather into lists. */
  children(node, element) {
    let position = node.start;
    let list = null;
    for (const child of node.children) {
      const item = child.item;
      const isItem = item.role === "block" && item.kind === "list_item";
      if (!(list && (isItem || item.role === "markup") && !this.text.slice(position, child.start).trim())) {
        list = null;
        this.words(node, element, position, child.start);
      }
      position = child.end;
      if (item.role === "markup") continue;
      if (isItem) list = this.listFor(list, item, element);
      (isItem ? list : element).append(this.node(child, node));
    }
    this.words(node, element, position, node.end);
  }

  /** The element of `node` with everything inside it. */
  node(node, parent = null) {
    const element = elementFor(node, parent);
    this.children(node, element);
    return element;
  }

  /** The list `item` joins: `open` if of its sort (numbered or bulleted), else a new one in `into`. */
  listFor(open, item, into) {
    const tag = item.number != null ? "ol" : "ul";
    if (open?.localName === tag) return open;
    const list = document.createElement(tag);
    if (tag === "ol") list.start = item.number;
    into.append(list);
    return list;
  }

  /**
   * Plain text outside every block, in its own paragraph when not blank.
   * (In Markdown, what lies between blocks is syntax: "# ", "- ", "> ".)
   */
  loose(format, into, start, end) {
    if (format === "markdown" || !this.text.slice(start, end).trim()) return;
    const paragraph = document.createElement("p");
    paragraph.className = "block-loose";
    paragraph.append(this.text.slice(start, end));
    into.append(paragraph);
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
  const builder = new Builder(text);
  const fragment = document.createDocumentFragment();
  container.replaceChildren();
  let position = 0;
  let index = 0;
  let list = null;
  while (index < top.length || position < text.length) {
    const sliceStarted = performance.now();
    while (index < top.length && performance.now() - sliceStarted < 12) {
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
        list = null;
        builder.loose(doc.format, fragment, position, node.start);
      }
      position = node.end;
      let element = builder.node(node);
      if (isItem) {
        list = builder.listFor(list, node.item, fragment);
        list.append(element);
        continue;
      }
      if (node.item.role !== "block") {
        const paragraph = document.createElement("p");
        paragraph.className = "block-loose";
        paragraph.append(element);
        element = paragraph;
      }
      fragment.append(element);
    }
    if (index >= top.length) {
      builder.loose(doc.format, fragment, position, text.length);
      position = text.length;
    }
    container.append(fragment);
    onProgress(index, top.length);
    if (index < top.length) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (isCancelled()) return false;
    }
  }
  return true;
}
