// The page's layout around the article: the text box that collapses to one
// line once an article is annotated, and the side column (panel and
// exports) that a phone opens as a sheet from the tab bar.

import { grouped } from "./text.js";

const $ = (id) => document.getElementById(id);
const phone = window.matchMedia("(max-width: 760px)");

/** "“Council splits over…” · 3,100 words", for the collapsed text box. */
function briefOf(text) {
  const firstLine = text.trim().split("\n")[0].replace(/^[#>\-*\s]+/, "").trim();
  const words = text.split(/\s+/).filter(Boolean).length;
  const start = firstLine.length > 60 ? `${firstLine.slice(0, 60).replace(/\s+\S*$/, "")}…` : firstLine;
  return `“${start}” · ${grouped(words)} ${words === 1 ? "word" : "words"}`;
}

/**
 * Wires the text box and the side column. Returns `{ collapse(text),
 * expand(), openPanel(), closePanel(), showTabs(shown) }`.
 */
export function wireLayout() {
  const input = $("input-area");
  const edit = $("edit-text");
  const side = $("side");
  const panel = $("panel");
  const tabs = $("tabbar");
  const tabArticle = $("tab-article");
  const tabPanel = $("tab-panel");

  function collapse(text) {
    $("input-brief").textContent = briefOf(text);
    input.dataset.collapsed = "true";
    edit.setAttribute("aria-expanded", "false");
  }

  function expand() {
    input.dataset.collapsed = "false";
    edit.setAttribute("aria-expanded", "true");
    $("article").focus();
  }

  function setOpen(open) {
    side.dataset.open = String(open);
    tabPanel.setAttribute("aria-pressed", String(open));
    tabArticle.setAttribute("aria-pressed", String(!open));
    document.documentElement.dataset.sheet = String(open && phone.matches);
  }

  /** Shows the panel: a sheet over the article on a phone, the column beside it elsewhere. */
  function openPanel() {
    setOpen(true);
    if (!phone.matches) panel.scrollIntoView({ block: "nearest" });
    panel.focus({ preventScroll: phone.matches });
  }

  /** Back to the article (a phone's sheet closes); focus goes to `returnTo` if given. */
  function closePanel(returnTo) {
    const wasOpen = side.dataset.open === "true";
    setOpen(false);
    if (wasOpen && returnTo) returnTo.focus({ preventScroll: true });
  }

  edit.addEventListener("click", () => (input.dataset.collapsed === "true" ? expand() : collapse($("article").value)));
  tabPanel.addEventListener("click", () => (side.dataset.open === "true" ? closePanel(tabPanel) : openPanel()));
  tabArticle.addEventListener("click", () => closePanel($("reading")));
  $("side-close").addEventListener("click", () => closePanel(phone.matches ? tabPanel : null));
  for (const link of document.querySelectorAll("[data-opens-panel]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      openPanel();
    });
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && phone.matches && side.dataset.open === "true" && side.contains(document.activeElement)) {
      closePanel(tabPanel);
    }
  });
  phone.addEventListener("change", () => setOpen(false));

  return {
    collapse,
    expand,
    openPanel,
    closePanel,
    /** Whether an annotated article is shown (the phone's tab bar, the compact masthead). */
    showTabs(shown) {
      tabs.hidden = !shown;
      document.documentElement.dataset.annotated = String(shown);
    },
  };
}
