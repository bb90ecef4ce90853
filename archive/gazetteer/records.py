"""The gazetteer's data files (archive/gazetteer/data/*.tsv) read into typed records.

A file is tab-separated with a header row; several spellings share one column,
separated by `|`; the `note` column says where a row comes from and is not loaded.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
YES, NO = "yes", "no"


class DataError(ValueError):
    """A row of a data file that cannot be a record: the message names FILE:LINE."""


@dataclass(frozen=True)
class OrganizationRecord:
    name_ar: str
    name_en: str
    spellings: tuple[str, ...]
    note: str

    @property
    def all_spellings(self) -> tuple[str, ...]:
        return (self.name_ar, *self.spellings)


@dataclass(frozen=True)
class PlaceRecord:
    name_ar: str
    name_en: str
    country: str
    is_capital: bool
    latitude: float | None
    longitude: float | None
    spellings: tuple[str, ...]
    note: str

    @property
    def all_spellings(self) -> tuple[str, ...]:
        return (self.name_ar, *self.spellings)


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    name = path.name
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for line, row in enumerate(reader, start=2):
            if None in row or None in row.values():
                raise DataError(
                    f"{name}:{line}: expected {len(reader.fieldnames)} columns"
                )
            yield line, {k: v.strip() for k, v in row.items()}


def _spellings(text: str) -> tuple[str, ...]:
    return tuple(s for s in map(str.strip, text.split("|")) if s)


def _flag(text: str, where: str) -> bool:
    if text not in (YES, NO):
        raise DataError(f"{where}: expected {YES} or {NO}, not {text!r}")
    return text == YES


def _number(text: str) -> float | None:
    return float(text) if text else None


def read_organizations(
    path: Path = DATA / "organizations.tsv",
) -> list[OrganizationRecord]:
    return [
        OrganizationRecord(
            name_ar=row["name_ar"],
            name_en=row["name_en"],
            spellings=_spellings(row["spellings"]),
            note=row["note"],
        )
        for _, row in _rows(path)
    ]


def read_places(path: Path = DATA / "places.tsv") -> list[PlaceRecord]:
    return [
        PlaceRecord(
            name_ar=row["name_ar"],
            name_en=row["name_en"],
            country=row["country"],
            is_capital=_flag(row["is_capital"], f"{path.name}:{line}"),
            latitude=_number(row["latitude"]),
            longitude=_number(row["longitude"]),
            spellings=_spellings(row["spellings"]),
            note=row["note"],
        )
        for line, row in _rows(path)
    ]
