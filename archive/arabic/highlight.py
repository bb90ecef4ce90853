"""HTML snippets: the densest passage of a text, the words a query matches marked.

The text is shown as written, marks included; everything but ``<mark>`` is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from archive.arabic.analysis import analyze_with_offsets, query_slots
from archive.arabic.names import DEFAULT_NAMES, NameRegistry

_SPACE = re.compile(r"\s")


def highlight(
    text: str,
    query_words: Iterable[str],
    max_chars: int = 300,
    *,
    names: NameRegistry = DEFAULT_NAMES,
    matches: list[tuple[int, int]] | None = None,
) -> str:
    """HTML snippet of ``text`` around its best passage, query words in ``<mark>``.

    Words match when their index terms do. ``matches``, the offsets of the matches
    where the index already knows them, spare analysing the text at all.
    """
    if matches is None:
        matches = _matches(text, 0, _wanted(list(query_words), names), names)
    matches = _merge(matches)
    start, end = _passage(text, matches, max_chars)
    spans = [(s, e) for s, e in matches if start <= s and e <= end]
    html_parts = ["…"] if start > 0 else []
    cursor = start
    for span_start, span_end in spans:
        html_parts.append(html.escape(text[cursor:span_start]))
        html_parts.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    html_parts.append(html.escape(text[cursor:end]))
    if end < len(text):
        html_parts.append("…")
    return "".join(html_parts)


def _wanted(words: list[str], names: NameRegistry) -> set[str]:
    """Index terms the query words may match, alone or together (names)."""
    return {
        term
        for query in [" ".join(words), *words]
        for slot in query_slots(query, names, fewest=False)
        for form in slot
        for term in form
    }


def _matches(
    text: str, shift: int, wanted: set[str], names: NameRegistry
) -> list[tuple[int, int]]:
    return [
        (shift + token.start, shift + token.end)
        for token in analyze_with_offsets(text, names)
        if token.text in wanted
    ]


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _passage(
    text: str, spans: list[tuple[int, int]], max_chars: int
) -> tuple[int, int]:
    """The window of about ``max_chars`` holding the most matches, cut between words."""
    first, last = _densest(spans, max_chars)
    start = max(0, first - (max_chars - (last - first)) // 3)  # some context before
    end = min(len(text), start + max_chars)
    start = max(0, end - max_chars)
    # Cut at the spaces nearest the window's edges; a word longer than the window
    # is cut, not allowed to stretch the snippet.
    if start > 0 and not text[start - 1].isspace():
        space = _SPACE.search(text, start, first)
        start = space.end() if space else start
    if end < len(text) and not text[end].isspace():
        spaces = list(_SPACE.finditer(text, last, end))
        end = spaces[-1].start() if spaces else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _densest(spans: list[tuple[int, int]], max_chars: int) -> tuple[int, int]:
    """(start, end) of the run of matches that fits ``max_chars`` and has the most."""
    best = (0, 0, 0)  # count, start, end
    right = 0
    for left, (start, _) in enumerate(spans):
        right = max(right, left)
        while right + 1 < len(spans) and spans[right + 1][1] - start <= max_chars:
            right += 1
        if right - left + 1 > best[0]:
            best = (right - left + 1, start, spans[right][1])
    return best[1], best[2]
