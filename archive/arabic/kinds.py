"""Kinds of meeting as a query words them ("اتصال هاتفي", "مكالمة هاتفية" ...)."""

from __future__ import annotations

from archive.arabic.analysis import Slot
from archive.arabic.data import rows
from archive.arabic.stems import term
from archive.arabic.text import STOP_WORDS, tokenize


def _terms(wording: str) -> tuple[str, ...]:
    words = tokenize(wording, compounds=False)
    return tuple(term(w.text) for w in words if w.text not in STOP_WORDS)


# Terms of each wording -> the kind it names; longest wordings first.
WORDINGS: dict[tuple[str, ...], str] = dict(
    sorted(
        ((_terms(wording), kind) for kind, wording, *_ in rows("meeting_kinds.tsv")),
        key=lambda item: -len(item[0]),
    )
)


def wordings(kind: str) -> list[tuple[str, ...]]:
    """The terms of every wording of ``kind``."""
    return [terms for terms, named in WORDINGS.items() if named == kind]


def kinds_in(slots: list[Slot]) -> list[tuple[int, int, str]]:
    """(first slot, slot after the last, kind) for each run of query slots that
    words a kind of meeting, left to right."""
    words = [_single_term(slot) for slot in slots]
    found, start = [], 0
    while start < len(words):
        kind, length = _wording_at(words, start)
        if kind:
            found.append((start, start + length, kind))
        start += length
    return found


def _single_term(slot: Slot) -> str | None:
    """The term of a slot that is one plain word (not a name), else None."""
    (form, *others) = slot
    return form[0] if not others and len(form) == 1 else None


def _wording_at(words: list[str | None], start: int) -> tuple[str | None, int]:
    for terms, kind in WORDINGS.items():
        if tuple(words[start : start + len(terms)]) == terms:
            return kind, len(terms)
    return None, 1
