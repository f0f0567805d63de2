#!/usr/bin/env python3
"""Writes src/lexicon/words/doing_verbs.txt: verbs of doing, from WordNet 3.0.

    apt-get download wordnet-base        # Debian 1:3.0-37
    dpkg-deb -x wordnet-base_*.deb wn
    python3 scripts/doing-verbs.py wn/usr/share/wordnet

A verb is one of doing when WordNet files its commonest sense (the first
of index.verb, which orders senses by how often they were tagged) under a
lexicographer file of doing (body, consumption, contact, creation, motion,
weather), neither of its two commonest senses under communication or
cognition (saying, thinking, judging), and no inflection of it is in one
of the project's word classes of saying or cue words. Only one-word,
lower-case verbs are kept. The output is the same for the same WordNet.
"""

import sys
from pathlib import Path

WORDS = Path(__file__).resolve().parent.parent / "src/lexicon/words"

# Lexicographer file numbers (lexnames(5WN)).
DOING = {29: "body", 34: "consumption", 35: "contact", 36: "creation", 38: "motion", 43: "weather"}
SAYING = {31: "cognition", 32: "communication"}

# The project's word classes of saying, thinking, judging and cue words.
SAYING_CLASSES = [
    "speech_verbs",
    "core_speech_verbs",
    "predicate_verbs",
    "predicate_nouns",
    "claim_verbs",
    "say_forms",
    "tell_forms",
    "telling_verbs",
    "hedging_verbs",
    "inversion_verbs",
    "naming_cues",
    "raising_verbs",
    "raising_participles",
    "impersonal_participles",
    "said_to",
    "citing_words",
    "feeling_participles",
    "source_cues_after",
]

HEADER = """\
# Verbs of doing, in their base form: moving, touching, making, eating, grooming ("embed", "pile", "use"), never of saying, reporting, thinking or judging; from WordNet 3.0 by scripts/doing-verbs.py.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
# LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF
# MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE
# LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY
# PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. (WordNet licence, see data/SOURCES.md)
"""


def records(path):
    """The fields of each line of a WordNet file past its licence header."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                yield line.split()


def senses(wordnet):
    """Each one-word verb with the lexicographer files of its senses, commonest first."""
    lex_file = {fields[0]: int(fields[1]) for fields in records(f"{wordnet}/data.verb")}
    files = {}
    for fields in records(f"{wordnet}/index.verb"):
        word, count = fields[0], int(fields[2])
        if word.isalpha() and word.islower() and word.isascii():
            files[word] = [lex_file[offset] for offset in fields[-count:]]
    return files


def inflections(verb):
    """The verb and its regular inflections, as the project's lookups form them."""
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing"}
    if verb.endswith("e"):
        forms.add(verb[:-1] + "ing")
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ied", verb[:-1] + "ies"}
    forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def saying_words():
    words = set()
    for name in SAYING_CLASSES:
        for line in (WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                words.update(line.lower().split())
    return words


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: doing-verbs.py WORDNET_DIR")
    saying = saying_words()
    verbs = sorted(
        verb
        for verb, lex_files in senses(sys.argv[1]).items()
        if lex_files[0] in DOING
        and not set(lex_files[:2]) & SAYING.keys()
        and not inflections(verb) & saying
    )
    out = WORDS / "doing_verbs.txt"
    out.write_text(HEADER + "".join(v + "\n" for v in verbs), encoding="utf-8")
    print(f"doing-verbs: {len(verbs)} verbs -> {out}")


if __name__ == "__main__":
    main()
