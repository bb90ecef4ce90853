"""Countries: every ISO 3166-1 entry, under the names Arabic news prints.

Conventions for `CountryAlias` rows (the entity matcher relies on them):

* Text is stored without tashkeel or tatweel; `normalized` is
  `archive.arabic.normalize` of the text and is unique across all countries: one
  spelling names one country.
* A country's name is stored as news writes it, with ال only when the name itself
  carries it: "الصين", "الهند", "الولايات المتحدة", but "كازاخستان", "روسيا".
  The matcher strips clitics (و ف ب ل ك) in front of a name, never its own ال.
* Adjectives and demonyms (`is_adjective=True`) are stored WITHOUT ال on every word:
  "صيني", "صينية", "صينيون", "صينيين", "كوري جنوبي". The matcher removes ال (and
  clitics: "والصيني", "بالصينية") before looking them up. Every adjective below is given
  in the masculine singular and `inflect` adds the feminine and the two plurals;
  irregular plurals ("روس", "أتراك", "كازاخ") are listed as they are.
* Ambiguous adjectives are left out on purpose: "كوري" (KR or KP), "كونغولي" (CG or CD),
  "غيني" (GN, GQ, GW or PG), "قمري" (Comoros, but also "lunar": التقويم القمري),
  "مالي" (Mali, but also "financial"; the country name "مالي" has to stay),
  "مجري" (Hungarian, but also مجرى "course"), "روماني" (Romanian or Roman),
  "إنجليزي" (the language; الدوري الإنجليزي), "عربي".

The names, spellings and regions live in data/countries.tsv (`region`, `names`,
`adjectives`, `demonyms`, and a `note` on the exceptions); pycountry's Arabic
translations add the spellings the file lacks. Regions (`archive.models.Region`) follow
the UN M49 geoscheme, except that the 22 Arab League states form `arab_world` wherever
they lie, the five Central Asian states `central_asia`, and:

* AF (Afghanistan) is `south_asia`, as M49 places it; Iran too would be south_asia in
  M49, but Arabic news treats it with Turkey and the Caucasus: `west_asia`.
* EH (Western Sahara) is not an Arab League member: `africa`.
* HK, MO and TW are `east_asia`; AQ (Antarctica) is `other`, the only one.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass, field

import pycountry

from archive.arabic import MARKS, normalize
from archive.gazetteer.records import CountryRecord, read_countries

_MARKS = re.compile(f"[{MARKS}]")


def strip_marks(text: str) -> str:
    """Text as news prints it: no harakat, shadda, sukun, dagger alef or tatweel."""
    text = _MARKS.sub("", unicodedata.normalize("NFC", text))
    text = re.sub(r"\sو\s+", " و", text)  # pycountry's "البوسنة و الهرسك"
    return " ".join(text.split())


# --- The data: data/countries.tsv, one row per ISO 3166-1 country ----------------

RECORDS: dict[str, CountryRecord] = {r.code: r for r in read_countries()}
# The display name, as Arabic news writes it (pycountry's translation is often a
# literal or dated one: "الاتحاد الروسي", "روسيا البيضاء", "Türkiye", "صربية"...).
NAME_AR: dict[str, str] = {code: r.name_ar for code, r in RECORDS.items()}
REGIONS: dict[str, set[str]] = {
    region: {code for code, r in RECORDS.items() if r.region == region}
    for region in {r.region for r in RECORDS.values()}
}


def region_of(code: str) -> str:
    return RECORDS[code].region


@dataclass(frozen=True)
class Spellings:
    """Curated spellings: names, adjectives to inflect, forms to take as they are."""

    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


# Names first (the display name is added on its own), then adjectives in the masculine
# singular without ال, then irregular plurals / demonyms as written (without ال).
CURATED: dict[str, Spellings] = {
    code: Spellings(r.names, r.adjectives, r.demonyms)
    for code, r in RECORDS.items()
    if r.names or r.adjectives or r.demonyms
}

# Parts of pycountry's Arabic names that are no name news would print.
PYCOUNTRY_SKIP = {
    "محافظة صينية",  # TW: "تايوان، محافظة صينية"
    "فيرجن",  # VG and VI: "فيرجن، جزر فيرجن ..."
    "المقعد المقدس",  # VA: a literal "Holy See"
    "ولاية مدينة الفاتيكان",
    "تريستان دا كونا",  # SH
    "الكونغو",  # CD's first part: the name of CG
    "كوريا",  # KR and KP
    "القطاع الفرنسي",  # MF: "سانت مارتين (القطاع الفرنسي)"
    "الجزء الهولندي",  # SX
    "سانت مارتن",  # SX, but the island's French half is MF
}


def inflect(adjective: str) -> list[str]:
    """Masculine singular, feminine, nominative and oblique plurals: صيني → صينية ..."""
    words = adjective.split()

    def form(suffix: str) -> str:
        return " ".join(w + suffix if w.endswith("ي") else w for w in words)

    return [adjective, form("ة"), form("ون"), form("ين")]


@dataclass
class CountryRow:
    code: str
    name_en: str
    name_ar: str
    region: str
    # (text, is_adjective), curated first; each normalized spelling once per country
    aliases: list[tuple[str, bool]] = field(default_factory=list)


def _translator():
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=["ar"], fallback=True
    ).gettext


def _pycountry_parts(translated: str) -> list[str]:
    """Both parts of "كوريا، جمهورية كوريا" and of "المجر (هنغاريا)", marks removed."""
    text = strip_marks(translated)
    if not re.search("[\u0621-\u064a]", text):
        return []  # left untranslated ("Türkiye")
    parts = re.split(r"[،,()]", text)
    return [p.strip() for p in parts if p.strip() and p.strip() not in PYCOUNTRY_SKIP]


def curated_aliases(code: str) -> list[tuple[str, bool]]:
    """The hand-written spellings of one country: (text, is_adjective)."""
    spellings = CURATED.get(code, Spellings())
    out = [(NAME_AR[code], False)]
    out += [(strip_marks(n), False) for n in spellings.names]
    for adjective in spellings.adjectives:
        out += [(strip_marks(a), True) for a in inflect(adjective)]
    out += [(strip_marks(d), True) for d in spellings.demonyms]
    return out


def curated_collisions() -> dict[str, set[str]]:
    """Normalized curated spellings that two countries claim (should be empty)."""
    owners: dict[str, set[str]] = {}
    for code in NAME_AR:
        for text, _ in curated_aliases(code):
            owners.setdefault(normalize(text), set()).add(code)
    return {n: codes for n, codes in owners.items() if len(codes) > 1}


def country_rows() -> list[CountryRow]:
    """Every ISO 3166-1 country with its names, region and aliases, ready to load.

    Curated spellings must not collide across countries (ValueError); a spelling that
    only pycountry's translation gives is dropped when another country already has it.
    """
    clashes = curated_collisions()
    if clashes:
        raise ValueError(f"one spelling, several countries: {clashes}")
    translate = _translator()
    rows, taken = [], {}
    for entry in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = entry.alpha_2
        record = RECORDS[code]
        row = CountryRow(code, record.name_en, record.name_ar, record.region)
        for text, adjective in curated_aliases(code):
            key = normalize(text)
            if key not in taken:
                taken[key] = code
                row.aliases.append((text, adjective))
        rows.append(row)
    for row, entry in zip(
        rows, sorted(pycountry.countries, key=lambda c: c.alpha_2), strict=True
    ):
        for text in _pycountry_parts(translate(entry.name)):
            key = normalize(text)
            if key not in taken:
                taken[key] = row.code
                row.aliases.append((text, False))
    return rows
