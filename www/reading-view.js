// Renders the annotated article: blocks, Markdown styling and nested
// highlights, built from DOM nodes and text nodes only (never HTML strings).
// Large articles render a slice at a time so the page stays responsive.

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

/** The element for a highlight piece covering `[start, end)`. */
function highlightElement(highlight, start, end) {
  const element = document.createElement("span");
  element.className = "hl";
  element.dataset.kind = highlight.kind;
  element.dataset.start = String(start);
  element.dataset.end = String(end);
  for (const [key, value] of Object.entries(highlight.data)) element.dataset[key] = String(value);
  if (highlight.kind !== "content") element.tabIndex = 0;
  return element;
}

function elementFor(node) {
  const item = node.item;
  if (item.role === "block") return blockElement(item);
  if (item.role === "inline") return inlineElement(item);
  return highlightElement(item, node.start, node.end);
}

/**
 * The list a list item block joins: `open` if it is of the item's sort
 * (numbered or bulleted), else a new list handed to `append`; a numbered
 * list starts at its first item's number.
 */
function listFor(open, item, append) {
  const tag = item.number != null ? "ol" : "ul";
  if (open?.localName === tag) return open;
  const list = document.createElement(tag);
  if (tag === "ol") list.start = item.number;
  append(list);
  return list;
}

/** Appends the text of `[start, end)` to `parent`, if any. */
function appendText(parent, text, start, end) {
  if (end > start) parent.append(document.createTextNode(text.slice(start, end)));
}

/** Builds the DOM for the children of `node` inside `parent`. */
function renderChildren(node, parent, text) {
  let position = node.start;
  let list = null;
  for (const child of node.children) {
    const isItem = child.item.role === "block" && child.item.kind === "list_item";
    const gapIsBlank = !text.slice(position, child.start).trim();
    if (!(list && isItem && gapIsBlank)) {
      appendText(parent, text, position, child.start);
      list = null;
    }
    position = child.end;
    if (child.item.role === "markup") continue;
    const element = elementFor(child);
    renderChildren(child, element, text);
    if (isItem) {
      list = listFor(list, child.item, (l) => parent.append(l));
      list.append(element);
    } else {
      parent.append(element);
    }
  }
  appendText(parent, text, position, node.end);
}

/**
 * Plain text outside every block, shown in its own paragraph when not blank.
 * (In Markdown, what lies between blocks is syntax: "# ", "- ", "> ".)
 */
function looseParagraph(doc, text, start, end) {
  if (doc.format === "markdown" || !text.slice(start, end).trim()) return null;
  const paragraph = document.createElement("p");
  paragraph.className = "block-loose";
  appendText(paragraph, text, start, end);
  return paragraph;
}

/**
 * Renders `doc` for `text` into `container`, a slice of top-level blocks at
 * a time. `onProgress(done, total)` hears about each slice. Resolves to
 * false if `isCancelled()` turned true before the end, else true.
 */
export async function renderArticle(container, text, doc, { onProgress = () => {}, isCancelled = () => false } = {}) {
  const root = nest(layoutItems(doc), text.length);
  const top = root.children;
  const fragment = document.createDocumentFragment();
  container.replaceChildren();
  let position = 0;
  let index = 0;
  let list = null;
  while (index < top.length || position < text.length) {
    const sliceStarted = performance.now();
    while (index < top.length && performance.now() - sliceStarted < 12) {
      const node = top[index];
      const loose = looseParagraph(doc, text, position, node.start);
      if (loose) fragment.append(loose);
      position = node.end;
      index += 1;
      if (node.item.role === "markup") continue;
      let element = elementFor(node);
      renderChildren(node, element, text);
      if (node.item.role !== "block") {
        const paragraph = document.createElement("p");
        paragraph.className = "block-loose";
        paragraph.append(element);
        element = paragraph;
      }
      if (element.tagName === "LI") {
        list = listFor(list, node.item, (l) => fragment.append(l));
        list.append(element);
      } else {
        list = null;
        fragment.append(element);
      }
    }
    if (index >= top.length) {
      const loose = looseParagraph(doc, text, position, text.length);
      if (loose) fragment.append(loose);
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
