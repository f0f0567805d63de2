// The correction form: a dialog opened from a card's "Correct this…"
// button. It changes a speaker (pick a name or type one), an entity's
// kind, dismisses a false highlight, or keeps a note; `onChange(list)`
// receives the new list of corrections.

import { withCorrection, withoutCorrections, correctionsOn } from "./corrections.js";
import { ENTITY_KINDS, labelOf } from "./describe.js";
import { slice, excerpt } from "./text.js";
import { kindWords, speakerLabel } from "./sources.js";

const SPEAKER_KINDS = ["person", "organization", "anonymous", "unnamed_group", "document"];

function field(form, labelText, control) {
  const label = document.createElement("label");
  label.className = "correct-field";
  label.append(labelText, control);
  form.append(label);
  return control;
}

function select(options, value) {
  const control = document.createElement("select");
  for (const [id, words] of options) control.append(new Option(words, id, false, id === value));
  return control;
}

/** The attribution a target stands for in the shown document, if any. */
function attributionAt(doc, target) {
  return doc.attributions.find((a) => (a.cue ?? a.content)?.start === target.start && (a.cue ?? a.content)?.end === target.end);
}

/**
 * The words the form's title quotes: for an attribution its source and cue
 * together ("a spokesman said", not the bare "said" its target points at).
 */
function titleRange(doc, target) {
  const attribution = target.type === "attribution" ? attributionAt(doc, target) : null;
  const parts = [attribution?.source, attribution?.cue].filter(Boolean);
  if (parts.length < 2) return target;
  return { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
}

/** Builds the form's fields for `target`; returns a function reading them into a new list. */
function fields(form, target, { text, doc, corrections }) {
  const existing = correctionsOn(corrections, target);
  const readers = [];
  if (target.type === "attribution" || target.type === "quote") {
    const attribution = attributionAt(doc, target);
    const names = doc.entities.filter((e) => e.kind === "person" || e.kind === "organization");
    const list = document.createElement("datalist");
    list.id = "correct-names";
    for (const entity of names) list.append(new Option(entity.name));
    form.append(list);
    const name = document.createElement("input");
    name.setAttribute("list", list.id);
    name.name = "speaker";
    name.value = existing.speaker?.speaker.name ?? "";
    name.placeholder = attribution ? speakerLabel(doc, attribution) : "who said it";
    field(form, "Speaker (pick a name or type one)", name);
    const kind = field(form, "Kind of source", select(SPEAKER_KINDS.map((k) => [k, kindWords(doc, k).one]), existing.speaker?.source_kind ?? attribution?.source_kind ?? "person"));
    kind.name = "source-kind";
    readers.push((list) => {
      const typed = name.value.trim();
      const kindOnly = !typed && attribution?.speaker && kind.value !== attribution.source_kind;
      if (kindOnly) {
        const { name: same, entity } = attribution.speaker;
        return withCorrection(list, { kind: "speaker", target, speaker: { name: same, entity }, source_kind: kind.value });
      }
      if (!typed) return withoutCorrections(list, target, "speaker");
      const entity = names.find((e) => e.name.toLowerCase() === typed.toLowerCase());
      return withCorrection(list, { kind: "speaker", target, speaker: { name: entity ? entity.name : typed, entity: entity ? entity.id : null }, source_kind: kind.value });
    });
  }
  if (target.type === "entity") {
    const entity = doc.entities.find((e) => e.first?.start === target.start && e.first?.end === target.end);
    const kind = field(form, "Kind of name", select(ENTITY_KINDS.map((k) => [k, labelOf(doc, k)]), entity?.kind));
    kind.name = "entity-kind";
    const machine = existing.entity_kind ? null : entity?.kind;
    readers.push((list) =>
      kind.value === machine ? withoutCorrections(list, target, "entity_kind") : withCorrection(list, { kind: "entity_kind", target, entity_kind: kind.value }),
    );
  }
  const dismiss = document.createElement("input");
  dismiss.type = "checkbox";
  dismiss.name = "dismiss";
  dismiss.checked = Boolean(existing.dismiss);
  const dismissLabel = field(form, "", dismiss).parentElement;
  dismiss.after(" This highlight is wrong: dismiss it");
  dismissLabel?.classList?.add("correct-check");
  readers.push((list) => (dismiss.checked ? withCorrection(list, { kind: "dismiss", target }) : withoutCorrections(list, target, "dismiss")));
  const note = document.createElement("textarea");
  note.name = "note";
  note.rows = 3;
  note.value = existing.note?.note ?? "";
  field(form, "Your note", note);
  readers.push((list) => (note.value.trim() ? withCorrection(list, { kind: "note", target, note: note.value.trim() }) : withoutCorrections(list, target, "note")));
  return () => readers.reduce((list, read) => read(list), corrections);
}

/**
 * Opens the correction dialog for `target` over the shown `doc` of `text`
 * with the current `corrections`. Resolves to the new list of corrections,
 * or null when the reader cancels.
 */
export function openCorrection(target, state) {
  const dialog = document.createElement("dialog");
  dialog.className = "correct-dialog";
  dialog.setAttribute("aria-labelledby", "correct-title");
  const form = document.createElement("form");
  form.method = "dialog";
  const title = document.createElement("h2");
  title.id = "correct-title";
  title.textContent = `Correct “${excerpt(slice(state.text, titleRange(state.doc, target)), 60)}”`;
  const hint = document.createElement("p");
  hint.className = "correct-hint";
  hint.textContent = "Kept in this browser with this text, never sent. Shown as corrected and included in the exports.";
  form.append(title, hint);
  const read = fields(form, target, state);
  const actions = document.createElement("div");
  actions.className = "correct-actions";
  const save = document.createElement("button");
  save.type = "submit";
  save.value = "save";
  save.className = "primary";
  save.textContent = "Save";
  const undo = document.createElement("button");
  undo.type = "submit";
  undo.value = "undo";
  undo.textContent = "Remove my corrections here";
  undo.hidden = !Object.keys(correctionsOn(state.corrections, target)).length;
  const cancel = document.createElement("button");
  cancel.type = "submit";
  cancel.value = "cancel";
  cancel.textContent = "Cancel";
  actions.append(save, undo, cancel);
  form.append(actions);
  dialog.append(form);
  document.body.append(dialog);
  const closed = new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      const answers = { save: read, undo: () => withoutCorrections(state.corrections, target) };
      dialog.remove();
      resolve(answers[dialog.returnValue]?.() ?? null);
    });
  });
  dialog.showModal();
  form.querySelector("input, select, textarea")?.focus();
  return closed;
}
