//! Table-driven tests on sentences of our own: each kind of hedge, each
//! context rule, and hedges inside quotations.

use crate::annotation::HedgeKind::{self, Epistemic, Modal, Other, Reporting, Weasel};
use crate::{annotate, Options};

/// One case: the text, the hedges expected (words, kind, inside a
/// quotation), and why.
struct Case {
    text: &'static str,
    hedges: &'static [(&'static str, HedgeKind, bool)],
    why: &'static str,
}

const CASES: &[Case] = &[
    Case {
        text: "The ferry may leave before noon.",
        hedges: &[("may", Modal, false)],
        why: "modal may",
    },
    Case {
        text: "The harbour festival opens in May.",
        hedges: &[],
        why: "the month after a preposition",
    },
    Case {
        text: "Ticket sales dipped on May 4 and recovered.",
        hedges: &[],
        why: "the month before a day number",
    },
    Case {
        text: "May was the wettest month on record.",
        hedges: &[],
        why: "the month opening a sentence",
    },
    Case {
        text: "The board met Theresa May at the quay.",
        hedges: &[],
        why: "the name, capitalized mid-sentence",
    },
    Case {
        text: "Harbour Talks May Shift to Spring",
        hedges: &[("May", Modal, false)],
        why: "modal may in a title-case headline",
    },
    Case {
        text: "The ferry could not dock at the pier.",
        hedges: &[],
        why: "a negated could",
    },
    Case {
        text: "The crew couldn't reach the lighthouse.",
        hedges: &[],
        why: "a negated could, contracted",
    },
    Case {
        text: "The strike could delay deliveries for weeks.",
        hedges: &[("could", Modal, false)],
        why: "modal could",
    },
    Case {
        text: "The old pier could be demolished next spring.",
        hedges: &[("could", Modal, false)],
        why: "could before a future time",
    },
    Case {
        text: "The ministry will publish the figures on Monday.",
        hedges: &[],
        why: "will as plain future",
    },
    Case {
        text: "Divers can stay under water for an hour.",
        hedges: &[],
        why: "can as ability",
    },
    Case {
        text: "The storm will likely reach the coast tonight.",
        hedges: &[("likely", Epistemic, false)],
        why: "likely hedges a future",
    },
    Case {
        text: "The expected result arrived on Friday.",
        hedges: &[],
        why: "adjectival expected",
    },
    Case {
        text: "Prices rose faster than expected.",
        hedges: &[],
        why: "expected in a comparison",
    },
    Case {
        text: "The harbour master is expected to resign.",
        hedges: &[("is expected to", Epistemic, false)],
        why: "is expected to: the span takes the be and the to",
    },
    Case {
        text: "The wreck is believed to lie off the cape.",
        hedges: &[("is believed to", Epistemic, false)],
        why: "is believed to",
    },
    Case {
        text: "The crews are widely expected to strike.",
        hedges: &[("are widely expected to", Epistemic, false)],
        why: "an adverb between be and the participle",
    },
    Case {
        text: "Crews expected to strike gathered at the gate.",
        hedges: &[("expected to", Epistemic, false)],
        why: "expected to without be",
    },
    Case {
        text: "The lighthouse, said to be the oldest on the coast, will close.",
        hedges: &[("said to be", Reporting, false)],
        why: "said to be, without is",
    },
    Case {
        text: "The skipper is understood to have quit.",
        hedges: &[("is understood to", Reporting, false)],
        why: "is understood to",
    },
    Case {
        text: "The ferry could be rerouted through the canal.",
        hedges: &[("could", Modal, false)],
        why: "could be + participle",
    },
    Case {
        text: "The toll may be lowered for residents.",
        hedges: &[("may", Modal, false)],
        why: "may be + participle",
    },
    Case {
        text: "The quay may still be closed to traffic.",
        hedges: &[("may", Modal, false)],
        why: "may still be + participle",
    },
    Case {
        text: "Smoke could be seen from the pier.",
        hedges: &[],
        why: "could of perception is ability",
    },
    Case {
        text: "Neither skipper could be reached for comment.",
        hedges: &[],
        why: "could be reached is ability",
    },
    Case {
        text: "The ferry would stop if the crew could find a berth.",
        hedges: &[],
        why: "could inside a condition",
    },
    Case {
        text: "Repairs will start as soon as possible.",
        hedges: &[],
        why: "possible of extent",
    },
    Case {
        text: "There is no doubt the pier is unsafe.",
        hedges: &[],
        why: "a denied doubt",
    },
    Case {
        text: "The new owner assumed the harbour's debts.",
        hedges: &[],
        why: "assume as taking on",
    },
    Case {
        text: "The island has the potential to draw tourists.",
        hedges: &[],
        why: "potential, the noun",
    },
    Case {
        text: "The council met potential buyers of the pier.",
        hedges: &[],
        why: "potential, a role",
    },
    Case {
        text: "The town's potential future port needs a wider road.",
        hedges: &[("potential", Epistemic, false)],
        why: "potential before a noun after a possessive",
    },
    Case {
        text: "Wreaths were laid at the Tomb of the Unknown Sailor.",
        hedges: &[],
        why: "a capitalized candidate inside a name",
    },
    Case {
        text: "A second crossing is possible next year.",
        hedges: &[("possible", Epistemic, false)],
        why: "epistemic possible",
    },
    Case {
        text: "The old bridge has reportedly been sold.",
        hedges: &[("reportedly", Reporting, false)],
        why: "reporting adverb",
    },
    Case {
        text: "The mayor is said to favour the plan.",
        hedges: &[("is said to", Reporting, false)],
        why: "is said to",
    },
    Case {
        text: "Some say the harbour is too small.",
        hedges: &[("Some say", Weasel, false)],
        why: "weasel: some say",
    },
    Case {
        text: "Critics claim the new fee is unfair.",
        hedges: &[("Critics claim", Weasel, false)],
        why: "weasel: critics claim",
    },
    Case {
        text: "It is widely believed that the vote was close.",
        hedges: &[("It is widely believed", Weasel, false)],
        why: "weasel: it is believed",
    },
    Case {
        text: "The casualty figures remain unconfirmed.",
        hedges: &[("unconfirmed", Other, false)],
        why: "other: unconfirmed",
    },
    Case {
        text: "\u{201C}We might sail early,\u{201D} the captain said.",
        hedges: &[("might", Modal, true)],
        why: "a hedge inside a direct quotation is the speaker's",
    },
    Case {
        text: "The captain said the ship might sail early.",
        hedges: &[("might", Modal, false)],
        why: "the same hedge outside quotation marks is the writer's",
    },
];

#[test]
fn hedges_are_found_by_kind_and_context() {
    let mut failures = Vec::new();
    for case in CASES {
        let analysis = annotate(case.text, &Options::default()).expect("annotates");
        let found: Vec<(&str, HedgeKind, bool)> = analysis
            .annotations
            .hedges
            .iter()
            .map(|h| (h.span.slice(case.text), h.kind, h.in_quote))
            .collect();
        if found != case.hedges {
            failures.push(format!(
                "{} ({:?}): expected {:?}, found {:?}",
                case.why, case.text, case.hedges, found
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn attribution_hedged_by_cue_source_or_content() {
    let cases: &[(&str, bool, &str)] = &[
        (
            "Sources said the port would close next month.",
            true,
            "an anonymous source hedges",
        ),
        (
            "Mara Lind said the port may close in winter.",
            true,
            "the content holds a writer's hedge",
        ),
        (
            "Mara Lind said the port will close on Friday.",
            false,
            "a named source, firm content",
        ),
    ];
    for (text, hedged, why) in cases {
        let analysis = annotate(text, &Options::default()).expect("annotates");
        let attributions = &analysis.annotations.attributions;
        assert!(
            !attributions.is_empty(),
            "{why}: no attribution in {text:?}"
        );
        assert_eq!(attributions[0].hedged, *hedged, "{why}: {text:?}");
    }
}

#[test]
fn the_first_letter_index_passes_every_entry_and_rejects_other_words() {
    use super::lexicon::ENTRIES;
    use super::may_be_entry;
    for entry in ENTRIES {
        assert!(may_be_entry(entry.word), "{}", entry.word);
        assert!(
            may_be_entry(&entry.word.to_ascii_uppercase()),
            "{}",
            entry.word
        );
    }
    for word in ["the", "fog", "harbour", "", "\u{e9}t\u{e9}", "zoning", "x"] {
        assert!(!may_be_entry(word), "{word}");
    }
}
