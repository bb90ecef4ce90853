"""Build ``archive/arabic/data/name_variants.tsv``: the spellings of people's names
that ``transliterations`` proposes (ي for ج/غ and back) and the corpus verifies.

A candidate counts when at least ``MIN_ARTICLES`` articles print it (a clitic allowed
before it, never the article) and it is no chance word: it has several words, or an
article printing it also prints another spelling of the same person. Spellings the
registry already joins (غ/ج, doubled letters) are no candidates.

The table is data, verified once and read when a registry is built: a word's presence
in an index's vocabulary would say nothing of whom it names (يونسون is printed, for a
company), would change with every article added, and would cost a lookup per query.

Run: ``.venv/bin/python -m tests.relevance.variants CORPUS.jsonl.gz``
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from archive import arabic
from archive.arabic.names import (
    _SHORTEST_FOLDED,
    fold_transliteration,
    name_words,
    transliterations,
)
from tests.relevance.names import gazetteer_names

MIN_ARTICLES = 2
TABLE = Path(arabic.__file__).resolve().parent / "data" / "name_variants.tsv"
HEADER = """\
# Spellings of people's names by ي for ج/غ (archive.arabic.names.transliterations)
# that 2018 Arabic news prints for the same person, verified by
# tests/relevance/variants.py over ../shared/corpus: printed in 2 articles at least,
# of several words or beside another spelling of the person. Built, not edited.
# spelling\tvariant\tarticles printing it\tof which also another spelling
"""


def _folded(words: tuple[str, ...]) -> str:
    return " ".join(map(fold_transliteration, words))


def _pattern(spellings) -> re.Pattern:
    alternatives = "|".join(map(re.escape, sorted(spellings, key=len, reverse=True)))
    clitics = "|".join(c for c in arabic.CLITICS if c and "ال" not in c)
    return re.compile(rf"(?<![^\W_])(?:{clitics})?({alternatives})(?![^\W_])")


def candidates() -> tuple[dict[str, tuple[str, int]], dict[str, set[int]]]:
    """Folded candidate -> (the spelling it comes from, person); folded known
    spelling -> people."""
    people = [name for name in gazetteer_names() if name.person]
    known: dict[str, set[int]] = defaultdict(set)
    for number, person in enumerate(people):
        for spelling in person.spellings:
            known[_folded(name_words(spelling))].add(number)
    found: dict[str, tuple[str, int]] = {}
    for number, person in enumerate(people):
        for spelling in sorted(person.spellings):
            for variant in transliterations(name_words(spelling)):
                if len(variant) == 1 and len(variant[0]) < _SHORTEST_FOLDED:
                    continue
                folded = _folded(variant)
                if folded not in known:
                    found.setdefault(folded, (spelling, number))
    return found, known


def verify(corpus: Path) -> list[tuple[str, str, int, int]]:
    found, known = candidates()
    wanted, others = _pattern(found), _pattern(known)
    printed, beside = Counter(), Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            text = arabic.normalize(f"{article['title']}\n{article['text']}")
            text = " ".join(map(fold_transliteration, text.split()))
            hits = {match[1] for match in wanted.finditer(text)}
            if not hits:
                continue
            people = {p for match in others.finditer(text) for p in known[match[1]]}
            for hit in hits:
                printed[hit] += 1
                beside[hit] += found[hit][1] in people
    rows = []
    for folded, count in sorted(printed.items()):
        spelling, _ = found[folded]
        if count >= MIN_ARTICLES and (" " in folded or beside[folded]):
            variant = _unfolded(folded, spelling)
            rows.append((spelling, variant, count, beside[folded]))
    return rows


def _unfolded(folded: str, spelling: str) -> str:
    """The variant spelled with the letters of ``spelling`` where the fold joined
    them: يونغ, not يونج, from جونغ."""
    words = name_words(spelling)
    for variant in transliterations(words):
        if _folded(variant) == folded:
            return " ".join(variant)
    return folded


def main() -> None:
    rows = verify(Path(sys.argv[1]))
    lines = ["\t".join(map(str, row)) for row in rows]
    TABLE.write_text(HEADER + "".join(f"{line}\n" for line in lines), "utf-8")
    sys.stdout.write(f"{len(rows)} verified spellings -> {TABLE}\n")


if __name__ == "__main__":
    main()
