#!/usr/bin/env python3
"""Writes src/lexicon/words/demonyms.txt: the English nationality adjectives
of the npm package i18n-nationality 1.4.0 (MIT), with the group adjectives
this project adds (OWN). Deterministic: the same tarball gives the same file.

    cd /tmp && npm pack i18n-nationality@1.4.0
    scripts/demonyms.py /tmp/i18n-nationality-1.4.0.tgz

From `package/langs/en.json` (one value per country code, some a list):
a bracketed note is dropped ("Congolese (Republic of the Congo)"); a value
of one-word alternatives is split ("Bosnian - Herzegovinian", "Trinidadian
or Tobagonian", "Kittian and Nevisian"); what is left is kept unless it is
a place, not an adjective: a name with a comma or an "and", a name in
data/ner/places.txt ("Bermuda", "Hong Kong"), or one of NOT_ADJECTIVES.
Entries are written lower case, sorted, one a line.
"""

import json
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/lexicon/words/demonyms.txt"

# Place names the package gives where a country has no adjective and that
# the place list writes otherwise.
NOT_ADJECTIVES = {"Curaçao", "Holy See", "Saint Barthélemy", "Åland Islands"}

# Written for this project: peoples, regions and faiths news names as it
# names nationalities, and the usual forms the package spells otherwise.
OWN = [
    "African", "Arab", "Argentine", "Asian", "Basque", "Briton", "Buddhist", "Catalan",
    "Catholic", "Chechen", "Christian", "Emirati", "English", "European",
    "Hindu", "Hispanic", "Jewish", "Korean", "Kurd", "Kurdish", "Latina",
    "Latino", "Muslim", "Palestinian", "Persian", "Protestant", "Scottish",
    "Shia", "Shiite", "Sikh", "Sunni", "Tibetan", "Uighur", "Uyghur", "Yemeni",
]


def package_adjectives(tarball):
    with tarfile.open(tarball) as tar:
        member = tar.extractfile("package/langs/en.json")
        values = json.load(member)["nationalities"].values()
    places = set((ROOT / "data/ner/places.txt").read_text(encoding="utf-8").split("\n"))
    kept = set()
    for value in values:
        for v in value if isinstance(value, list) else [value]:
            v = re.sub(r"\s*\(.*?\)", "", v)
            parts = re.split(r" - | or | and ", v)
            if len(parts) > 1 and all(" " not in p for p in parts):
                candidates = parts
            else:
                candidates = [v]
            for c in candidates:
                place = "," in c or " and " in c or c in places or c in NOT_ADJECTIVES
                if not place:
                    kept.add(c)
    return kept


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: scripts/demonyms.py i18n-nationality-1.4.0.tgz")
    words = sorted({w.lower() for w in package_adjectives(sys.argv[1]) | set(OWN)})
    header = [
        "# Nationality and group adjectives, and their nouns (\"Kuwaiti\", \"South African\", \"Kurd\"): a name of these words is no person, organization or place.",
        "#: phrases",
        "# Written by scripts/demonyms.py from the npm package i18n-nationality 1.4.0 (MIT) and the script's own list; see data/SOURCES.md.",
    ]
    OUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(words)} entries")


if __name__ == "__main__":
    main()
