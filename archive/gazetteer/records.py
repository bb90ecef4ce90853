"""The gazetteer's data files (archive/gazetteer/data/) read into typed records.

A .tsv file is tab-separated with a header row; several spellings share one column,
separated by `|`; the `note` column says where a row comes from and is not loaded.
People, whose offices nest, are TOML (people.toml).
"""

from __future__ import annotations

import csv
import datetime
import tomllib
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


@dataclass(frozen=True)
class CountryRecord:
    code: str
    name_ar: str
    name_en: str
    region: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]  # masculine singular, inflected when loaded
    demonyms: tuple[str, ...]  # irregular plurals, as written
    note: str


@dataclass(frozen=True)
class SourceRecord:
    slug: str
    name_ar: str
    name_en: str
    url: str
    other_names: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class OfficeRecord:
    role: str
    title: str
    country: str
    start: datetime.date | None
    end: datetime.date | None
    note: str = ""


@dataclass(frozen=True)
class PersonRecord:
    slug: str
    name_en: str
    name_ar: str
    country: str
    aliases: tuple[str, ...]  # full names, the preferred one first
    surnames: tuple[str, ...]  # short forms, for matching in context only
    offices: tuple[OfficeRecord, ...]
    note: str = ""

    @property
    def all_spellings(self) -> tuple[str, ...]:
        """What the loader stores: name_ar, the full names, then the short forms."""
        return tuple(dict.fromkeys([self.name_ar, *self.aliases, *self.surnames]))


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


def read_countries(path: Path = DATA / "countries.tsv") -> list[CountryRecord]:
    return [
        CountryRecord(
            code=row["code"],
            name_ar=row["name_ar"],
            name_en=row["name_en"],
            region=row["region"],
            names=_spellings(row["names"]),
            adjectives=_spellings(row["adjectives"]),
            demonyms=_spellings(row["demonyms"]),
            note=row["note"],
        )
        for _, row in _rows(path)
    ]


def read_sources(path: Path = DATA / "sources.tsv") -> list[SourceRecord]:
    return [
        SourceRecord(
            slug=row["slug"],
            name_ar=row["name_ar"],
            name_en=row["name_en"],
            url=row["url"],
            other_names=_spellings(row["other_names"]),
            note=row["note"],
        )
        for _, row in _rows(path)
    ]


def read_people(path: Path = DATA / "people.toml") -> list[PersonRecord]:
    with path.open("rb") as f:
        people = tomllib.load(f)["person"]
    return [
        PersonRecord(
            **{
                k: v
                for k, v in person.items()
                if k not in ("office", "aliases", "surnames")
            },
            aliases=tuple(person["aliases"]),
            surnames=tuple(person["surnames"]),
            offices=tuple(OfficeRecord(**_dated(o)) for o in person.get("office", [])),
        )
        for person in people
    ]


def _dated(office: dict) -> dict:
    return {"start": None, "end": None, **office}
