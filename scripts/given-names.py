#!/usr/bin/env python3
"""Writes src/lexicon/words/male_names.txt and female_names.txt: the given
names of the 1990 US census lists (PyPI package `names` 0.3.0, MIT; the
data is the US Census Bureau's, public domain) that one sex bears far more
than the other, with the names this project adds (OWN_MALE, OWN_FEMALE).
Deterministic: the same tarball gives the same files.

    cd /tmp && pip download --no-deps names==0.3.0
    scripts/given-names.py /tmp/names-0.3.0.tar.gz

From `names/dist.male.first` and `names/dist.female.first` (name, then the
share of that sex's people who bear it, in percent): a name is kept for a
sex when at least MIN_SHARE percent of that sex bear it and at least RATIO
times as many of that sex as of the other ("Chris", 0.197 of men and 0.024
of women, is a man's; "Robin" and "Jordan" are left out). Names are
written capitalized ("Mcdonald" as the census spells it), sorted, one a
line.
"""

import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ROOT / "src/lexicon/words"

MIN_SHARE = 0.005
RATIO = 8

# Written for this project: given names of people in the news that the
# 1990 US census lists miss, hold too rarely or share between the sexes
# where news gives them mostly to one ("Lee", "Kelly").
OWN_MALE = [
    "Aleksandr", "Alexei", "Andrzej", "Angus", "Barack", "Bernie", "Dmitry",
    "Franz", "Friedrich", "Jeb", "Jens", "Keir", "Klaus", "Lars", "Lee",
    "Mikhail", "Mitt", "Muhammad", "Narendra", "Newt", "Nikolai", "Olaf",
    "Oleg", "Reince", "Rishi", "Sergei", "Sergey", "Viktor", "Vladimir",
    "Volodymyr", "Yuri", "Yury", "Zbigniew",
]
OWN_FEMALE = [
    "Annalena", "Camila", "Dana", "Fiona", "Giorgia", "Hillary", "Ilse",
    "Irina", "Jacinda", "Kaja", "Kamala", "Katarina", "Kelly", "Kellyanne",
    "Margrethe", "Marine", "Melania", "Nikki", "Olena", "Sanna", "Svetlana",
    "Yulia",
]

HEADERS = {
    "male_names.txt": "# Given names used almost only for men, sorted (for binary search).",
    "female_names.txt": "# Given names used almost only for women, sorted (for binary search).",
}
SOURCE = (
    "# Written by scripts/given-names.py from the 1990 US census lists of the PyPI"
    " package names 0.3.0 and the script's own list; see data/SOURCES.md."
)


def shares(tar, member):
    text = tar.extractfile(member).read().decode("ascii")
    return {
        line.split()[0].capitalize(): float(line.split()[1])
        for line in text.splitlines()
        if line.strip()
    }


def kept(own, mine, other):
    census = {n for n, s in mine.items() if s >= MIN_SHARE and s >= RATIO * other.get(n, 0.0)}
    return sorted(census | set(own))


def write(name, entries):
    lines = [HEADERS[name], "#: case-sensitive", SOURCE, *entries]
    (WORDS / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    with tarfile.open(sys.argv[1]) as tar:
        male = shares(tar, "names-0.3.0/names/dist.male.first")
        female = shares(tar, "names-0.3.0/names/dist.female.first")
    men, women = kept(OWN_MALE, male, female), kept(OWN_FEMALE, female, male)
    both = set(men) & set(women)
    if both:
        sys.exit(f"in both lists: {sorted(both)}")
    write("male_names.txt", men)
    write("female_names.txt", women)


if __name__ == "__main__":
    main()
