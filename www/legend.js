// The legend: one toggle per highlight kind, with its colour, its count and
// what it means. Turning a kind off hides only that kind's styling.

import { KINDS } from "./describe.js";

/**
 * Fills `container` with a toggle per kind for `counts`; toggling sets the
 * class `off-<kind>` on `view`. Kinds keep their on/off state across calls.
 */
export function renderLegend(container, view, counts) {
  container.replaceChildren();
  for (const { kind, label, meaning } of KINDS) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "legend-item";
    button.dataset.legend = kind;
    const shown = !view.classList.contains(`off-${kind}`);
    button.setAttribute("aria-pressed", String(shown));
    button.title = `${label}: ${meaning}. Press to ${shown ? "hide" : "show"} this highlighting.`;
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.dataset.swatch = kind;
    swatch.textContent = "Ab";
    swatch.setAttribute("aria-hidden", "true");
    const name = document.createElement("span");
    name.className = "legend-label";
    name.textContent = label;
    const number = document.createElement("span");
    number.className = "legend-count";
    number.dataset.count = kind;
    number.textContent = String(counts[kind] ?? 0);
    button.append(swatch, name, number);
    button.addEventListener("click", () => {
      const nowShown = view.classList.toggle(`off-${kind}`) === false;
      button.setAttribute("aria-pressed", String(nowShown));
      button.title = `${label}: ${meaning}. Press to ${nowShown ? "hide" : "show"} this highlighting.`;
    });
    container.append(button);
  }
}
