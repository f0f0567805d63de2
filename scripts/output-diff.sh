#!/usr/bin/env bash
# Proves that a change preserves behaviour: annotates the same texts with the
# release CLI built at REV and with the working tree, and compares the JSON.
#
#   scripts/output-diff.sh [REV] [DATA]
#
# REV defaults to where the current branch left main (`git merge-base HEAD
# main`), which is main itself when the branch is up to date with it, so
# that changes landing on main meanwhile are not counted as the branch's.
# DATA is the corpora folder (default ../shared/data, or $SOURCELIGHT_DATA).
# The inputs, all read from DATA and written to a temporary folder (the
# corpora never enter the repository):
#   - the 84 PolNeAR dev articles (polnear/dev/text/*.txt),
#   - eng.testa rebuilt as running text, one file per document,
#   - the text of each document of factbank-dev.xml, one file per document.
# REV is built in a temporary `git worktree` with its own target folder
# (target/output-diff/, kept between runs so rebuilding main is quick), and
# its output is cached by commit hash. Prints "identical on N inputs", or the
# files that differ and exits 1.
set -euo pipefail

root=$(git rev-parse --show-toplevel)
rev=${1:-$(git -C "$root" merge-base HEAD main)}
data=${2:-${SOURCELIGHT_DATA:-$root/../shared/data}}
if [ ! -d "$data/polnear/dev/text" ]; then
    # A worktree under /work/wt/N sits two levels below the shared folder.
    data=${2:-$root/../../shared/data}
fi
for need in polnear/dev/text conll2003/eng.testa uncertainty/factbank-dev.xml; do
    [ -e "$data/$need" ] || { echo "output-diff: no $data/$need (pass the corpora folder as the second argument)" >&2; exit 2; }
done
commit=$(git -C "$root" rev-parse --verify "$rev^{commit}")
target=${CARGO_TARGET_DIR:-$root/target}
cache="$target/output-diff"
mkdir -p "$cache"
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/tree" 2>/dev/null; rm -rf "$work"' EXIT

# The inputs, rebuilt from the corpora.
inputs="$work/inputs"
mkdir -p "$inputs"
cp "$data"/polnear/dev/text/*.txt "$inputs/"
python3 - "$data" "$inputs" <<'PY'
import re, sys, html
data, out = sys.argv[1], sys.argv[2]
# eng.testa: space-joined tokens, no space before punctuation; the
# -DOCSTART- line ends each document in this copy.
docs, doc, sent = [], [], []
for line in open(f"{data}/conll2003/eng.testa", encoding="utf-8"):
    line = line.strip()
    if line.startswith("-DOCSTART-"):
        if sent: doc.append(sent); sent = []
        if doc: docs.append(doc); doc = []
        continue
    if not line:
        if sent: doc.append(sent); sent = []
        continue
    sent.append(line.split()[0])
if sent: doc.append(sent)
if doc: docs.append(doc)
def join(tokens):
    text = ""
    for t in tokens:
        if text and not re.fullmatch(r"[.,;:!?%)\]}]|'s|n't", t):
            text += " "
        text += t
    return text
for i, d in enumerate(docs):
    with open(f"{out}/conll-testa-{i:03}.txt", "w", encoding="utf-8") as f:
        f.write("\n\n".join(join(s) for s in d) + "\n")
# factbank-dev.xml: the sentences of each document, tags removed.
xml = open(f"{data}/uncertainty/factbank-dev.xml", encoding="utf-8").read()
for i, d in enumerate(re.findall(r"<Document\b.*?</Document>", xml, re.S)):
    parts = []
    for part in re.findall(r"<DocumentPart\b.*?</DocumentPart>", d, re.S):
        sents = re.findall(r"<Sentence\b[^>]*>(.*?)</Sentence>", part, re.S)
        parts.append(" ".join(html.unescape(re.sub(r"<[^>]+>", "", s)) for s in sents))
    with open(f"{out}/factbank-{i:03}.txt", "w", encoding="utf-8") as f:
        f.write("\n\n".join(parts) + "\n")
PY
count=$(ls "$inputs" | wc -l)

annotate_all() { # BINARY OUTDIR
    mkdir -p "$2"
    for f in "$inputs"/*.txt; do
        "$1" annotate "$f" > "$2/$(basename "$f" .txt).json" 2>&1 || echo "exit $?" >> "$2/$(basename "$f" .txt).json"
    done
}

# Output at REV, cached by commit and by the inputs.
stamp=$(cat "$inputs"/* | sha1sum | cut -c1-12)
base="$cache/$commit-$stamp"
if [ ! -d "$base" ]; then
    tree="$work/tree"
    git -C "$root" worktree add --detach --quiet "$tree" "$commit"
    CARGO_TARGET_DIR="$cache/build" cargo build --quiet --release --bin sourcelight --manifest-path "$tree/Cargo.toml"
    git -C "$root" worktree remove --force "$tree"
    annotate_all "$cache/build/release/sourcelight" "$base.tmp"
    mv "$base.tmp" "$base"
fi

# Output of the working tree.
cargo build --quiet --release --bin sourcelight --manifest-path "$root/Cargo.toml"
annotate_all "$target/release/sourcelight" "$work/now"

if diff -rq "$base" "$work/now" > "$work/diff"; then
    echo "identical on $count inputs (against $rev = ${commit:0:10})"
else
    echo "differ on $(wc -l < "$work/diff") of $count inputs (against $rev = ${commit:0:10}):"
    sed -e "s|$base/||; s|$work/now/||" "$work/diff"
    exit 1
fi
