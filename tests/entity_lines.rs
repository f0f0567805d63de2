//! Entities in the lines around an article's prose: headlines in Title
//! Case or capitals, bylines, datelines, captions and credit lines, and the
//! kinds a reader would agree with. Every text here is written for the
//! test. Each case lists every entity the annotator must give, as its
//! name, kind and number of mentions, and nothing else.

use sourcelight::annotation::EntityKind::{self, *};
use sourcelight::{annotate, Options};

/// A text and the entities expected in it: (name, kind, mentions).
type Case = (&'static str, &'static [(&'static str, EntityKind, usize)]);

const CASES: &[Case] = &[
    // A Title Case headline neither becomes an entity nor takes the
    // senator's mentions.
    (
        "Senator Blasts Rival Over Tax Plan\n\nSenator Maren Holt criticized her rival on Tuesday. \
         Holt said the tax plan would hurt farmers.\n",
        &[("Maren Holt", Person, 2)],
    ),
    // A headline pasted as a paragraph with a closing stop is still read
    // as a headline: its fragments are no names, its confirmed names stand.
    (
        "Poll: Harbour Voters Abandon Green Party for Maren Holt.\n\n\
         A new poll shows voters in the harbour district turning to Maren Holt, \
         a former ferry captain. Holt leads by nine points.\n",
        &[("Maren Holt", Person, 3)],
    ),
    // A lone common word in a Title Case headline is no name, even when
    // the prose has it inside a name.
    (
        "The Latest: Ferry Strike Ends In Halden\n\n\
         The ferry strike in Halden ended on Friday, the Latest Word Company said.\n",
        &[("Latest Word Company", Organization, 1), ("Halden", Place, 2)],
    ),
    // A capitals headline keeps the place the prose names, not its verbs.
    (
        "FLOODS CLOSE ROADS ACROSS SLOVENIA AFTER STORM\n\n\
         Rain fell across Slovenia for a third day on Tuesday.\n",
        &[("Slovenia", Place, 2)],
    ),
    // A byline gives its person, not "Staff Writer"; a dateline its place.
    (
        "Harbour Fees Rise Again\n\nBy Tove Aaberg, Staff Writer\n\n\
         OSLO — The port authority raised its fees on Monday. Aaberg asked why.\n",
        &[("Tove Aaberg", Person, 2), ("OSLO", Place, 1)],
    ),
    // A rally headline is no name; the agency's reporting line gives people.
    (
        "Mayor Rallies Voters At Lakeside Rally\n\n\
         Mayor Ines Varga spoke to 2,000 people in Lakeside on Sunday.\n\n\
         (Reporting by Tove Aaberg; Editing by Mara Lind)\n",
        &[
            ("Ines Varga", Person, 1),
            ("Lakeside", Place, 1),
            ("Tove Aaberg", Person, 1),
            ("Mara Lind", Person, 1),
        ],
    ),
    // A headline in sentence case: a lone word the prose does not bear
    // out is no name ("Latest", "Ah"); the names the prose gives stand.
    (
        "The Latest: Halden council delays vote on ferry fees.\n\n\
         The council in Halden put off the vote on Tuesday.\n",
        &[("Halden", Place, 2)],
    ),
    (
        "Ah, friends again: Maren Holt backs Tove Berg.\n\n\
         Maren Holt said on Monday that she would back Tove Berg. Berg thanked Holt.\n",
        &[("Maren Holt", Person, 3), ("Tove Berg", Person, 3)],
    ),
    // A caption's photo credit gives the agency and the photographer; a
    // gallery label and "FILE PHOTO" are no names.
    (
        "Slideshow (4 images)\n\n\
         FILE PHOTO: A ferry leaves the quay in Halden, May 3, 2026. WIRE/Per Arne Lundgren/File Photo\n\n\
         The ferry from Halden was late again on Monday.\n",
        &[
            ("Halden", Place, 2),
            ("WIRE", Organization, 1),
            ("Per Arne Lundgren", Person, 1),
        ],
    ),
    // A surname that is also a city is a person when she speaks.
    (
        "Anna Lublin, a teacher, spoke first. \"We were not told,\" Ms. Lublin said.\n",
        &[("Anna Lublin", Person, 2)],
    ),
    // A council is an organization, read whole with its national name,
    // whatever the tagger guessed for its words.
    (
        "Helga Brandvold told the Norwegian Fisheries Council in Bergen on Monday that \
         quotas would fall.\n",
        &[
            ("Helga Brandvold", Person, 1),
            ("Norwegian Fisheries Council", Organization, 1),
            ("Bergen", Place, 1),
        ],
    ),
    // A dateline's short month is a date, not a name; the agency is an
    // organization.
    (
        "HALDEN, Dec 7 (Wire) - Mara Lind resigned on Monday.\n",
        &[("HALDEN", Place, 1), ("Wire", Organization, 1), ("Mara Lind", Person, 1)],
    ),
    // Capitalized common words opening a sentence are no names, and a
    // rank before a name is not part of it.
    (
        "Well, the vote is over. Here the council met on Friday. All members agreed. \
         When Kessler spoke, Retired Lt. Dana Pruitt left early on Wednesday.\n",
        &[("Kessler", Person, 1), ("Dana Pruitt", Person, 1)],
    ),
    // A headline's first word is capitalized whatever it is: it is no part
    // of the name after it; a headline's pronoun, common abbreviation or
    // Title Case fragment is no name.
    (
        "Weary Holt and her rivals;\n\nMaren Holt met her rivals on Monday. Holt said little.\n",
        &[("Maren Holt", Person, 3)],
    ),
    (
        "Keep the Fees, Holt; Just Tell Us the Plan.\n\nMaren Holt kept the ferry fees. \
         Holt said the TV crews had left.\n",
        &[("Maren Holt", Person, 3)],
    ),
    (
        "Maren Holt’s ‘2nd’ Film Explores The History Of The Ferry To Halden.\n\n\
         The film by Maren Holt follows the ferry from Halden.\n",
        &[("Maren Holt", Person, 2), ("Halden", Place, 2)],
    ),
    // A headline word the article writes in lower case is no name.
    (
        "Campaign Scrambles For Black Voter Turnout In Halden\n\n\
         The campaign wants more black voters in Halden, an aide to Mayor Ines Varga said.\n",
        &[("Halden", Place, 2), ("Ines Varga", Person, 1)],
    ),
    // A Title Case headline of three words is a headline too.
    (
        "Sales Fall Again.\n\nFares on the Halden ferry rose by a fifth, the operator said.\n",
        &[("Halden", Place, 1)],
    ),
    // A headline's given name before the prose's surname is the person's
    // full name, not a fragment nor a word to cut.
    (
        "Anna Holt Quits As Harbour Chief.\n\nHolt, who ran the harbour in Halden for ten \
         years, resigned on Friday. Holt gave no reason.\n",
        &[("Anna Holt", Person, 3), ("Halden", Place, 1)],
    ),
    // Named works and operations are "other"; so is a nationality.
    (
        "The novel \"The Quiet Harbour\" by Lena Okafor was adapted into a film. \
         Operation Northern Shield began in March. Kenyan officials said the Kenyan runner won.\n",
        &[
            ("Quiet Harbour", Other, 1),
            ("Lena Okafor", Person, 1),
            ("Operation Northern Shield", Other, 1),
            ("Kenyan", Other, 2),
        ],
    ),
];

#[test]
fn headlines_bylines_and_captions_give_the_right_entities() {
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let analysis = annotate(text, &Options::default()).expect("annotates");
        let mut found: Vec<(String, EntityKind, usize)> = analysis
            .annotations
            .entities
            .iter()
            .map(|e| (e.name.clone(), e.kind, e.mentions.len()))
            .collect();
        let mut want: Vec<(String, EntityKind, usize)> = expected
            .iter()
            .map(|&(n, k, m)| (n.to_string(), k, m))
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0));
        want.sort_by(|a, b| a.0.cmp(&b.0));
        if found != want {
            failures.push(format!("{text:?}\n  want {want:?}\n  got  {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
