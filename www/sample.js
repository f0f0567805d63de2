// The sample article: our own fictional story (no real outlet's text) that
// shows every kind of annotation: people, organizations and places whose
// surnames come back, quotations with "X said", a scare quote, "according
// to" an outlet, second-hand anonymous sourcing, "people familiar with the
// matter", hedges, Markdown styling, accents and an emoji.

/** The sample article, in Markdown. */
export const SAMPLE_ARTICLE = `# Harbour town weighs the sale of its century-old ferry line

*By Tove Aaberg, Staff Writer*

PORT ELLIN — The town council of Port Ellin is expected to vote next month on selling the Ellin Sound Ferry Company, which has carried islanders to the mainland since 1921.

Mayor Renata Kowalczyk defended the plan at a crowded meeting on Tuesday. "We cannot keep patching boats that are older than our grandparents," Kowalczyk said. "The islanders deserve a service that runs on time."

Critics called the proposal a "fire sale" of a public asset. Jonas Whitlow, who chairs the Islanders' Transport Association, said the town had never published a valuation. Whitlow said his group could take the council to court.

The buyer is reportedly Northwind Marine, a shipping firm based in Halvard, according to the Ellin Courier. Northwind declined to comment. Its so-called "island pledge" has never been put in writing.

The price could exceed 40 million crowns, according to sources cited by the Northern Ledger. People familiar with the matter said the deal may include a promise to keep the winter timetable.

> "A ferry is not a luxury here. It is the road," said Aino Beaulieu, who runs a café on Skerry Island 🌊.

The finance committee will publish its report on [the town website](https://example.org/ferry) before the vote, *Kowalczyk* told reporters.
`;
