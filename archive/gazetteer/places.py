"""Which place a dateline or a meeting names: "دوشنبه", "في دوشانبي", "بالرياض".

`resolve` is pure: it looks a name up in a `PlaceIndex` (normalized spelling →
candidate places), trying the name as printed before taking a clitic off, so
بكين and لندن stay whole. A spelling two places share (طرابلس) resolves only when
the article's countries pick one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from archive.arabic import normalize
from archive.models import Place, PlaceAlias


class Candidate(NamedTuple):
    place_id: int
    country_code: str


PlaceIndex = Mapping[str, tuple[Candidate, ...]]

# "في الرياض"; the clitics a place name takes: و، ب، ل and لل for ل + ال.
PREPOSITIONS = {normalize("في"), normalize("وفي")}
CLITICS = (("لل", "ال"), ("وب", ""), ("ول", ""), ("و", ""), ("ب", ""), ("ل", ""))


def resolve(name: str, index: PlaceIndex, countries: Iterable[str] = ()) -> int | None:
    """The id of the place `name` names, or None when none (or no single one) does."""
    for key in _readings(normalize(name)):
        candidates = index.get(key)
        if candidates:
            return _pick(candidates, set(countries))
    return None


def _readings(text: str) -> list[str]:
    words = text.split()
    if len(words) > 1 and words[0] in PREPOSITIONS:
        words = words[1:]
    text = " ".join(words)
    readings = [text]
    for clitic, replacement in CLITICS:
        if text.startswith(clitic) and len(text) > len(clitic) + 2:
            readings.append(replacement + text[len(clitic) :])
    return readings


def _pick(candidates: tuple[Candidate, ...], countries: set[str]) -> int | None:
    if len(candidates) == 1:
        return candidates[0].place_id
    named = [c for c in candidates if c.country_code in countries]
    return named[0].place_id if len(named) == 1 else None


def place_index(aliases: Iterable[tuple[str, int, str]]) -> dict[str, tuple]:
    """The index from (normalized spelling, place id, country code) rows."""
    index: dict[str, set[Candidate]] = defaultdict(set)
    for key, place_id, code in aliases:
        index[key].add(Candidate(place_id, code))
    return {key: tuple(sorted(found)) for key, found in index.items()}


def load_place_index() -> dict[str, tuple]:
    """Every place by every spelling, and by its Arabic name (staff may add a place
    without spellings)."""
    spellings = PlaceAlias.objects.values_list(
        "normalized", "place_id", "place__country__code"
    )
    names = Place.objects.values_list("name_ar", "pk", "country__code")
    return place_index([*spellings, *((normalize(n), pk, c) for n, pk, c in names)])
