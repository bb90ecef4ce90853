"""Names found against false matches: every spelling of every known person, asked as a
query, over the relevance documents and, given its path, a sample of the corpus.

A document a query matches is *found* when it prints one of the person's spellings
(the gazetteer's name, aliases and short forms, the core's list, and the variants of
``data/name_variants.tsv``), normalized, a clitic allowed before the first word but
never the article; otherwise the match is *false*: it came through a stem or a
spelling shared with another word (رحمون matching عبد الرحمن).

Run: ``.venv/bin/python -m tests.relevance.names [CORPUS.jsonl.gz [N]]``
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from archive import arabic
from archive.arabic.names import fold_transliteration, name_words
from archive.arabic.stems import strip_clitics
from tests.relevance.evaluate import load_documents
from tests.relevance.registry import production_names

GAZETTEER = Path(arabic.__file__).resolve().parents[1] / "gazetteer" / "data"
SEED = 8


def gazetteer_names() -> list[arabic.Name]:
    """The names the database holds after migrate, as ``archive.search.names`` loads
    them (countries, people, places, then the core's list), from the data files."""
    return production_names()


def corpus_sample(path: Path, size: int) -> dict[str, str]:
    """``size`` articles of the corpus drawn with a fixed seed."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines]
    drawn = random.Random(SEED).sample(articles, size)
    return {a["docno"]: f"{a['title']}\n{a['text']}" for a in drawn}


def _positions(text: str, names: arabic.NameRegistry) -> dict[str, set[int]]:
    found: dict[str, set[int]] = defaultdict(set)
    for token in arabic.analyze_with_offsets(text, names):
        found[token.text].add(token.pos)
    return found


def _matches(slot: arabic.Slot, positions: dict[str, set[int]]) -> bool:
    return any(
        any(
            all(p + i in positions.get(t, ()) for i, t in enumerate(form))
            for p in positions.get(form[0], ())
        )
        for form in slot
    )


def _prints(words: list[str], spellings: set[tuple[str, ...]]) -> bool:
    """Whether ``words`` hold one of ``spellings``, both folded as the registry folds
    people's names (غ/ج, doubled letters): a clitic may stand before its first word,
    never the article."""
    words = [fold_transliteration(word) for word in words]
    spellings = {tuple(map(fold_transliteration, s)) for s in spellings}
    for start, word in enumerate(words):
        for clitics, rest in [("", word), *strip_clitics(word)]:
            if "ال" in clitics or clitics.endswith("لل"):
                continue
            for spelling in spellings:
                following = tuple(words[start + 1 : start + len(spelling)])
                if rest == spelling[0] and following == spelling[1:]:
                    return True
    return False


def people(names: list[arabic.Name]) -> Iterator[arabic.Name]:
    return (name for name in names if name.person)


def measure(documents: dict[str, str], names: list[arabic.Name]) -> dict[str, int]:
    """For every spelling of every person asked alone: matched documents that print
    one of the person's spellings (found) and those that do not (false)."""
    registry = arabic.NameRegistry(names)
    positions = {doc: _positions(text, registry) for doc, text in documents.items()}
    words = {
        doc: [
            t.text
            for t in arabic.tokenize(text, compounds=False)
            if t.text not in arabic.STOP_WORDS
        ]
        for doc, text in documents.items()
    }
    totals = {"queries": 0, "found": 0, "false": 0}
    # A name the core lists again (رحمون) is the gazetteer's person, with all of its
    # spellings.
    grouped: dict[str, set[str]] = defaultdict(set)
    for name in people(names):
        canonical = registry.canonical(name.canonical) or name.canonical
        grouped[canonical] |= name.spellings
        grouped[canonical].update(registry.spellings(name_words(canonical)))
    for printed in grouped.values():
        spellings = {name_words(s) for s in printed} - {()}
        for spelling in sorted(printed):
            slots = arabic.query_slots(spelling, registry)
            if not slots:
                continue
            totals["queries"] += 1
            for doc in documents:
                if all(_matches(slot, positions[doc]) for slot in slots):
                    kind = "found" if _prints(words[doc], spellings) else "false"
                    totals[kind] += 1
                    if kind == "false" and "-v" in sys.argv:
                        sys.stdout.write(f"false: {spelling} in {doc}\n")
    return totals


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    documents = load_documents()
    if args:
        documents |= corpus_sample(Path(args[0]), int(args[1]) if args[1:] else 2000)
    totals = measure(documents, gazetteer_names())
    sys.stdout.write(f"{len(documents)} documents: {totals}\n")


if __name__ == "__main__":
    main()
