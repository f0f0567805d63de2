// Taking the results away: the contract JSON with the reader's
// corrections, the page itself frozen into a self-contained HTML file, and
// a short plain-text report on the clipboard. Files are made in the page
// (Blob URLs); nothing is uploaded.

import { documentWithCorrections } from "./corrections.js";
import { slice, count } from "./text.js";
import { speakerLabel, kindWords, sourceNature } from "./sources.js";

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

/** The core's document with the reader's `corrections`, as pretty JSON with a trailing newline. */
export function contractJson(doc, corrections = []) {
  return `${JSON.stringify(documentWithCorrections(doc, corrections), null, 2)}\n`;
}

/** A plain-text headline is at most this many characters, alone in its first paragraph. */
const HEADLINE_LIMIT = 120;

/**
 * The article's own headline: its first heading, else (plain text has no
 * headings) a short first block followed by others; or null.
 */
export function headline(text, doc) {
  const blocks = doc?.blocks ?? [];
  const heading = blocks.find((b) => b.kind === "heading");
  // The core may take a short Title Case line for navigation; as the first line it is the title.
  const first = ["paragraph", "navigation"].includes(blocks[0]?.kind) ? blocks[0] : null;
  const short = !heading && blocks.length > 1 && first && first.end - first.start <= HEADLINE_LIMIT ? first : null;
  const words = heading ?? short ? slice(text, heading ?? short).trim() : "";
  return words || null;
}

/** Every rule of the page's own stylesheets, as text. */
function pageStyles(page) {
  return [...page.styleSheets]
    .map((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText).join("\n");
      } catch {
        return "";
      }
    })
    .join("\n");
}

/** Replaces each button in `root` by a span with its classes, data and text: nothing to press. */
function inert(root) {
  for (const button of root.querySelectorAll("button")) {
    const span = root.ownerDocument.createElement("span");
    span.className = button.className;
    for (const [key, value] of Object.entries(button.dataset)) span.dataset[key] = value;
    span.append(...button.childNodes);
    button.replaceWith(span);
  }
}

/** One footnote per attribution: who is credited, as what, and how. */
function footnotes(out, text, doc) {
  const section = out.createElement("section");
  section.className = "footnotes";
  const heading = out.createElement("h2");
  heading.textContent = "Who is credited";
  const list = out.createElement("ol");
  doc.attributions.forEach((a, i) => {
    const item = out.createElement("li");
    item.id = `fn-${i + 1}`;
    item.dataset.attribution = String(i);
    const who = out.createElement("strong");
    who.textContent = speakerLabel(doc, a);
    const facts = [
      sourceNature(doc, a),
      a.source ? `written “${slice(text, a.source)}”` : null,
      a.cue ? `cue “${slice(text, a.cue)}”` : "credited by you",
      a.direct ? "direct" : "indirect",
      a.hedged ? "hedged" : "not hedged",
      a.via ? `second-hand via ${slice(text, a.via)}` : null,
    ].filter(Boolean);
    item.append(who, `: ${facts.join(", ")}.`);
    const flags = doc.reader?.flags.get(`attribution:${i}`);
    if (flags?.kinds.length) item.append(" Corrected by the reader.");
    if (flags?.note) item.append(` Reader's note: ${flags.note}`);
    list.append(item);
  });
  section.append(heading, list);
  return section;
}

/** A footnote number after the last piece of each source and credited quotation. */
function footnoteRefs(article) {
  const last = new Map();
  for (const mark of article.querySelectorAll('.hl[data-attribution]:is([data-kind="source"]:not([data-via]),[data-kind="quote"])')) {
    last.set(`${mark.dataset.kind}:${mark.dataset.attribution}`, mark);
  }
  for (const mark of last.values()) {
    const n = Number(mark.dataset.attribution) + 1;
    const ref = article.ownerDocument.createElement("sup");
    ref.className = "fn-ref";
    const link = article.ownerDocument.createElement("a");
    link.href = `#fn-${n}`;
    link.textContent = String(n);
    ref.append(link);
    mark.after(ref);
  }
}

/** The reader's corrections and notes, listed. */
function correctionList(out, text, doc) {
  const corrections = doc.reader?.corrections ?? [];
  if (!corrections.length) return null;
  const section = out.createElement("section");
  section.className = "reader-corrections";
  const heading = out.createElement("h2");
  heading.textContent = `Corrections by the reader (${corrections.length})`;
  const list = out.createElement("ul");
  for (const c of corrections) {
    const item = out.createElement("li");
    item.dataset.correction = c.kind;
    const claim = doc.attributions.findIndex((a) => (a.cue ?? a.content)?.start === c.target.start);
    const words = `“${text.slice(c.target.start, c.target.end)}”`;
    const on = c.target.type === "attribution" && claim >= 0 ? `${words} (footnote ${claim + 1})` : words;
    const what = {
      speaker: () => `speaker of ${on} is ${c.speaker?.name} (${kindWords(doc, c.source_kind ?? "person").one})`,
      entity_kind: () => `${on} is a name of kind ${c.entity_kind}`,
      dismiss: () => `${on} was wrongly highlighted (dismissed)`,
      note: () => `note on ${on}: ${c.note}`,
    }[c.kind];
    item.textContent = what ? what() : c.kind;
    list.append(item);
  }
  section.append(heading, list);
  return section;
}

/**
 * The page as the reader sees it, frozen into one HTML file: the page's
 * own stylesheet, its summary, legend, article and panel (buttons made
 * inert), a numbered footnote per attribution so that each quote's speaker
 * and each source's kind read without script, and the reader's corrections.
 */
export function frozenPage(page, text, doc) {
  const title = headline(text, doc) ?? "Annotated article";
  const out = page.implementation.createHTMLDocument(title);
  out.documentElement.lang = "en";
  const meta = (attributes) => {
    const element = out.createElement("meta");
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    out.head.prepend(element);
  };
  meta({ name: "color-scheme", content: "light dark" });
  meta({ name: "viewport", content: "width=device-width, initial-scale=1" });
  meta({ "http-equiv": "Content-Security-Policy", content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:" });
  meta({ charset: "utf-8" });
  const results = out.importNode(page.getElementById("results"), true);
  for (const gone of results.querySelectorAll(".exports, #report-fallback, #reading-help, #card, .views, .side-close, .source-nav, .source-filters, .filter-note")) gone.remove();
  for (const marked of results.querySelectorAll(".linked, .selected")) marked.classList.remove("linked", "selected");
  for (const hidden of results.querySelectorAll(".source-card[hidden]")) hidden.hidden = false;
  for (const focusable of results.querySelectorAll("[tabindex]")) focusable.removeAttribute("tabindex");
  for (const details of results.querySelectorAll("details")) details.open = true;
  inert(results);
  footnoteRefs(results.querySelector("#reading"));
  const header = out.createElement("header");
  header.className = "export-head";
  const h1 = out.createElement("h1");
  h1.textContent = title;
  const made = out.createElement("p");
  made.className = "export-made";
  const corrections = doc.reader?.corrections.length ?? 0;
  made.textContent = `Annotated by sourcelight in the reader's browser${corrections ? `, with ${count(corrections, "correction")} by the reader` : ""}. The marks are pointers, not verdicts.`;
  header.append(h1, made);
  const main = out.createElement("main");
  main.className = "frozen";
  main.append(header, results, footnotes(out, text, doc));
  const list = correctionList(out, text, doc);
  if (list) main.append(list);
  out.body.append(main);
  // The stylesheet goes in as text: a <style> element made here would be
  // refused by the page's own policy (style-src 'self').
  const style = `<style>${pageStyles(page).replaceAll("</", "<\\/")}</style>`;
  return `<!doctype html>\n${out.documentElement.outerHTML.replace("</head>", `${style}</head>`)}\n`;
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
