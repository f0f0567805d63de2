// The page: wires the input, the worker, the reading view, the legend, the
// summary, the side panel, the cards and the exports together.

import { Annotator } from "./annotator.js";
import { renderArticle } from "./reading-view.js";
import { countByKind, highlightsOf } from "./highlights.js";
import { createLegend } from "./legend.js";
import { highlightKinds } from "./describe.js";
import { wireLayout } from "./layout.js";
import { renderPanel } from "./panel.js";
import { summaryParts, plainReport, profileText } from "./summary.js";
import { wireInteractions } from "./interactions.js";
import { wireInput } from "./input.js";
import { download, contractJson, copyText, frozenPage, headline } from "./exports.js";
import { loadCorrections, saveCorrections, applyCorrections, shownDocument, markCorrected } from "./corrections.js";
import { openCorrection } from "./correct-dialog.js";

import { SAMPLE_ARTICLE } from "./sample.js";
import { grouped } from "./text.js";
import { refusal, annotateWithin, LIMIT_WORDS } from "./guard.js";

const $ = (id) => document.getElementById(id);
const root = document.documentElement;
const textarea = $("article");
const formatChoice = $("format");
const view = $("reading");
const status = $("status");
const progress = $("progress");
const errorBox = $("error");
const results = $("results");
const announcer = $("announce");

/**
 * What is shown: the text, the core's document (`raw`), the reader's
 * corrections for this text, and the document as shown (`doc`: corrections
 * applied).
 */
let current = { text: "", raw: null, doc: null, corrections: [], format: "auto", name: null };
let generation = 0;
let typingTimer = 0;
/** Whether the next finished annotation collapses the text box (a whole new text arrived). */
let collapseNext = false;
let engineVersion = "";

const announce = (words) => {
  announcer.textContent = "";
  announcer.textContent = words;
};

function setBusy(busy, words) {
  root.dataset.busy = String(busy);
  if (words !== undefined) status.textContent = words;
  if (!busy) progress.hidden = true;
}

function showError(message) {
  errorBox.textContent = `${message} Your text is kept; edit it or try again.`;
  errorBox.hidden = false;
  view.dataset.state = "error";
}

const annotator = new Annotator((state, detail) => {
  if (state === "starting") setBusy(true, "Loading the annotator…");
  if (state === "ready") {
    engineVersion = detail;
    root.dataset.ready = "true";
    setBusy(false, `Ready. Paste an article (up to ${LIMIT_WORDS}) or load the sample.`);
  }
  if (state === "failed") {
    setBusy(false, "The annotator is not available.");
    showError(`The annotator could not start (${detail}).`);
  }
});

const layout = wireLayout();
const legend = createLegend($("legend"), view, () => interactions.reset());
const interactions = wireInteractions(view, $("card"), {
  current: () => current,
  kinds: () => legend.kinds(),
  announce,
  onReveal: () => layout.closePanel(),
});
legend.apply();

// Hooks for the panel and the summary: jump to a mark by its data-* attributes, open the panel.
document.addEventListener("sourcelight:select-mark", (event) => interactions.selectMark(event.detail ?? {}));
document.addEventListener("sourcelight:open-panel", () => layout.openPanel());

function sizeWords(text) {
  return text.length > 20_000 ? `${grouped(Math.round(text.length / 1000))} thousand characters` : "the article";
}

function renderSummary(doc) {
  const container = $("summary");
  container.replaceChildren();
  let profile = $("profile");
  if (!profile) {
    // The core's profile, open where there is room for it.
    profile = document.createElement("details");
    profile.id = "profile";
    profile.className = "profile";
    profile.open = window.matchMedia("(min-width: 700px)").matches;
    const label = document.createElement("summary");
    label.textContent = "Sourcing profile";
    profile.append(label, document.createElement("p"));
    container.after(profile);
  }
  profile.querySelector("p").textContent = profileText(doc);
  summaryParts(doc).forEach((part, index) => {
    if (index === 1) container.append(": ");
    else if (index > 1) container.append(part.sourceKind ? ", " : "; ");
    const button = document.createElement("button");
    button.type = "button";
    button.className = part.lead ? "summary-part summary-lead" : "summary-part";
    if (part.sourceKind) button.dataset.sourceKind = part.sourceKind;
    if (part.corrections) button.dataset.corrections = "true";
    button.textContent = part.text;
    button.addEventListener("click", () => interactions.selectGroup(part.selector, part.text));
    container.append(button);
  });
}

/** Annotates what the textarea holds and shows it; a newer call wins. */
async function annotateNow() {
  clearTimeout(typingTimer);
  const mine = ++generation;
  performance.mark("sourcelight:pasted");
  const text = textarea.value;
  const format = formatChoice.value;
  errorBox.hidden = true;
  if (!text.trim()) {
    interactions.reset();
    current = { ...current, text, raw: null, doc: null, corrections: [] };
    results.hidden = true;
    layout.showTabs(false);
    layout.expand();
    view.dataset.state = "empty";
    setBusy(false, "Paste an article or load the sample.");
    return;
  }
  const refused = refusal(text);
  if (refused) {
    interactions.close();
    results.hidden = true;
    setBusy(false, "This text is too large to annotate at once.");
    showError(refused);
    return;
  }
  setBusy(true, `Annotating ${sizeWords(text)}…`);
  view.dataset.state = "annotating";
  const showProgress = setTimeout(() => {
    if (mine === generation) {
      progress.removeAttribute("value");
      progress.hidden = false;
    }
  }, 150);
  let doc;
  try {
    doc = await annotateWithin(annotator, text, format);
  } catch (error) {
    clearTimeout(showProgress);
    if (mine !== generation) return;
    setBusy(false, "Could not annotate this text.");
    showError(error.message);
    return;
  }
  clearTimeout(showProgress);
  if (mine !== generation) return;
  performance.mark("sourcelight:annotated");
  if (collapseNext) layout.collapse(text);
  collapseNext = false;
  current = { ...current, text, raw: doc, format, corrections: loadCorrections(text) };
  await showDocument(mine);
}

/** Shows `current` with the reader's corrections applied; false if a newer call won. */
async function showDocument(mine) {
  const { text, raw, corrections } = current;
  const doc = shownDocument(applyCorrections(raw, corrections));
  interactions.reset();
  current = { ...current, doc };
  results.hidden = false;
  layout.showTabs(true);
  view.dataset.state = "rendering";
  view.setAttribute("aria-busy", "true");
  const highlights = highlightsOf(doc, text);
  const finished = await renderArticle(view, text, doc, highlights, {
    onProgress: (done, total) => {
      if (total > 200) {
        progress.hidden = false;
        progress.max = total;
        progress.value = done;
      }
    },
    isCancelled: () => mine !== generation,
  });
  if (!finished) return false;
  performance.mark("sourcelight:article");
  // The summary, legend and panel in the same task as the article's last
  // slice: a task between them let the browser lay out and paint the page
  // twice, and the article appeared no sooner for it.
  renderSummary(doc);
  legend.update(countByKind(highlights), highlightKinds(doc));
  renderPanel($("panel"), text, doc, interactions.selectGroup);
  markCorrected(view, doc);
  view.removeAttribute("aria-busy");
  view.dataset.state = "done";
  performance.mark("sourcelight:done");
  setBusy(false, `Annotated ${doc.format === "markdown" ? "as Markdown" : "as plain text"}, in this browser.`);
  return true;
}

/** Keeps the reader's new corrections for this text and shows them. */
async function correctionsChanged(list) {
  current.corrections = list;
  const kept = saveCorrections(current.text, list);
  if (await showDocument(generation)) {
    announce(kept ? "Correction saved in this browser." : "Correction shown, but this browser would not store it.");
  }
}

// "Correct this…" on a card: the form, then the article again, with focus
// back on the highlight corrected (or on the article if it was dismissed).
document.addEventListener("click", async (event) => {
  const button = event.target.closest?.(".card-correct");
  if (!button || !current.doc) return;
  const target = JSON.parse(button.dataset.target);
  const selected = view.querySelector(".hl.selected");
  const back = selected ? `.hl[data-kind="${selected.dataset.kind}"][data-start="${selected.dataset.start}"]` : null;
  interactions.close();
  const list = await openCorrection(target, { text: current.text, doc: current.doc, corrections: current.corrections });
  if (list) await correctionsChanged(list);
  const again = back ? view.querySelector(back) : null;
  if (again) interactions.focusMark(again);
  else view.focus();
});

/** Annotates soon after typing stops; at once for a whole new text. */
function textChanged(reason, fileName) {
  if (fileName !== undefined) current.name = fileName;
  if (reason === "replace") {
    collapseNext = true;
    annotateNow();
    return;
  }
  collapseNext = false;
  clearTimeout(typingTimer);
  typingTimer = setTimeout(annotateNow, textarea.value.length > 100_000 ? 800 : 300);
}

wireInput(textarea, $("file"), $("input-area"), textChanged, (message) => showError(message));
formatChoice.addEventListener("change", () => annotateNow());
$("sample").addEventListener("click", () => {
  textarea.value = SAMPLE_ARTICLE;
  current.name = "sample-article.md";
  collapseNext = true;
  annotateNow();
});

$("clear").addEventListener("click", () => {
  textarea.value = "";
  current.name = null;
  annotateNow();
  textarea.focus();
});

/** A file name for exports, from the opened file or the article's title. */
function exportName(extension) {
  const { text, doc, name } = current;
  const base = name ? name.replace(/\.[^.]+$/, "") : headline(text, doc) ?? "article";
  const safe = base.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 60) || "article";
  return `${safe}.sourcelight.${extension}`;
}

$("export-json").addEventListener("click", () => {
  if (current.raw) download(exportName("json"), contractJson(current.raw, current.corrections), "application/json");
});
$("export-html").addEventListener("click", () => {
  if (!current.doc) return;
  interactions.close();
  download(exportName("html"), frozenPage(document, current.text, current.doc), "text/html");
});
$("copy-report").addEventListener("click", async () => {
  if (!current.doc) return;
  const copied = await copyText(plainReport(current.text, current.doc, engineVersion), $("report-fallback"));
  announce(copied ? "Sourcing report copied to the clipboard." : "Select the report below and copy it.");
  $("copy-report").dataset.copied = String(copied);
});

if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  // Registered once the annotator has started: installing it fetches every
  // file of the page again, the wasm too, which would compete with the
  // page's own start-up in a fresh profile.
  annotator.ready
    .catch(() => {})
    .then(() => navigator.serviceWorker.register("./sw.js"))
    .then(() => navigator.serviceWorker.ready)
    .then(() => (root.dataset.offline = "ready"))
    .catch(() => (root.dataset.offline = "unavailable"));
} else {
  root.dataset.offline = "unavailable";
}
