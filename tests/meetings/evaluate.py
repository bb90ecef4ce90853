"""Score meeting extraction against the labelled set: precision, recall and F1.

    .venv/bin/python -m tests.meetings.evaluate                  # held-out halves
    .venv/bin/python -m tests.meetings.evaluate --half tune --details

Each article goes through ingest's own reading (`archive.ingest.parse`) with the
export's title and publication time, and a gazetteer from a fresh archive (migrated
in a temporary folder). A predicted meeting matches a gold encounter of its article
when they share parties (the countries or organisations taking part) or a named
person; pairs are taken greedily, best first. Encounters and predictions that touch
an `unsure` judgement count neither way. Rules are tuned on the `tune` halves only:
`--details` lists misses and false alarms for a tune half and refuses a held-out one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles.jsonl"
ANNOTATIONS = HERE / "annotations.json"
STRATA = ("random", "candidates", "cues")
MIN_NAME_WORD = 3  # shorter words (بن، آل) say nothing about who a person is


# --- the two sides -----------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    """One participant as scored: the state or body they stand for, and their name."""

    side: str | None  # ISO2 country, or "org:" + normalized organisation name
    name: frozenset[str] = frozenset()  # normalized name words


@dataclass
class Encounter:
    kind: str
    date: str | None
    parties: list[Party]
    text: str  # the evidence quote or the predicted sentence, for matching and reports

    @property
    def sides(self) -> set[str]:
        return {p.side for p in self.parties if p.side}


@dataclass
class Article:
    docno: str
    stratum: str
    half: str
    gold: list[Encounter]
    unsure: list[str]  # evidence quotes
    predicted: list[Encounter] = field(default_factory=list)


def _normalize(text: str) -> str:
    from archive.arabic import normalize

    return normalize(text or "").strip()


def _name_words(name: str | None) -> frozenset[str]:
    return frozenset(w for w in _normalize(name).split() if len(w) >= MIN_NAME_WORD)


def _side(country: str | None, organization: str | None) -> str | None:
    if country:
        return country
    return f"org:{_normalize(organization)}" if organization else None


def load_articles() -> list[Article]:
    rows = [json.loads(line) for line in ARTICLES.open(encoding="utf-8")]
    notes = {entry["docno"]: entry for entry in json.loads(ANNOTATIONS.read_text())}
    articles = []
    for row in rows:
        note = notes.get(row["docno"])
        if note is None:  # not read yet
            continue
        gold = [
            Encounter(
                kind=e["kind"],
                date=e["date"],
                parties=[
                    Party(
                        _side(p["country"], p["organization"]), _name_words(p["name"])
                    )
                    for p in e["participants"]
                ],
                text=e["evidence"],
            )
            for e in note["encounters"]
        ]
        unsure = [u["evidence"] for u in note.get("unsure", [])]
        articles.append(
            Article(row["docno"], row["stratum"], row["half"], gold, unsure)
        )
    return articles


def rows_by_docno() -> dict[str, dict]:
    rows = (json.loads(line) for line in ARTICLES.open(encoding="utf-8"))
    return {row["docno"]: row for row in rows}


# --- extraction, as ingest does it ----------------------------------------------------


def extractor() -> Callable[[dict], list[Encounter]]:
    """Predicted encounters of one corpus row, through ingest's own parser (needs a
    migrated database for the gazetteer)."""
    from archive.ingest.entities import Gazetteer
    from archive.ingest.parse import link_entities, proposals_in, read_article
    from archive.models import Organization, Person

    gazetteer = Gazetteer.from_db()
    people = {p.pk: p for p in Person.objects.select_related("country")}
    names = {
        pk: (p.name_ar, p.country.code if p.country else None)
        for pk, p in people.items()
    }
    organizations = dict(Organization.objects.values_list("pk", "name_ar"))

    def extract(row: dict) -> list[Encounter]:
        published = parsedate_to_datetime(row["time"]) if row.get("time") else None
        parsed = read_article(row["text"], title=row["title"], published_at=published)
        for proposal in proposals_in(parsed, gazetteer):
            key = ("proposed", proposal.name)
            names[key] = (proposal.name, proposal.country_key)
            gazetteer.add_person(key, proposal.spellings, proposal.country_key)
        link_entities(parsed, gazetteer)
        return [_predicted(draft, names, organizations) for draft in parsed.meetings]

    return extract


def _predicted(draft, names: dict, organizations: dict) -> Encounter:
    parties = [_party(p, names, organizations) for p in draft.participants]
    named = {p.side for p in parties}
    parties += [Party(code) for code in draft.countries if code not in named]
    return Encounter(draft.kind, _date_text(draft.date), parties, draft.sentence)


def _party(participant, names: dict, organizations: dict) -> Party:
    """A participant as the pipeline stores it: a person (with the country of their
    record unless the text gave one), an office of a country, or an organisation."""
    name, country = names.get(participant.person, ("", None))
    organization = organizations.get(participant.organization)
    return Party(_side(participant.country or country, organization), _name_words(name))


def _date_text(date) -> str | None:
    if date is None or date.year is None:
        return None
    parts = [f"{date.year:04d}", date.month and f"{date.month:02d}"]
    parts.append(date.day and date.month and f"{date.day:02d}")
    return "-".join(p for p in parts if p)


# --- matching ---------------------------------------------------------------------


def _score(predicted: Encounter, gold: Encounter) -> int:
    """How well two encounters agree on who took part; 0 when they do not match."""
    shared = len(predicted.sides & gold.sides)
    named = sum(
        1
        for p in predicted.parties
        for g in gold.parties
        if p.name and g.name and p.name & g.name
    )
    needed = min(2, len(gold.sides), len(predicted.sides))
    if named or (shared and shared >= needed):
        return shared + named
    return 0


def _touches(text: str, quotes: Iterable[str]) -> bool:
    """Whether a predicted sentence holds most of one of the quoted words."""
    words = set(_normalize(text).split())
    for quote in quotes:
        quoted = set(_normalize(quote).split())
        if quoted and len(quoted & words) >= 0.6 * len(quoted):
            return True
    return False


def pairs(article: Article) -> tuple[list[tuple[Encounter, Encounter]], list, list]:
    """(matched (predicted, gold) pairs, unmatched gold, unmatched predictions)."""
    candidates = sorted(
        (
            (_score(p, g), i, j)
            for i, p in enumerate(article.predicted)
            for j, g in enumerate(article.gold)
        ),
        reverse=True,
    )
    used_p, used_g, matched = set(), set(), []
    for score, i, j in candidates:
        if score and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((article.predicted[i], article.gold[j]))
    missed = [g for j, g in enumerate(article.gold) if j not in used_g]
    alarms = [
        p
        for i, p in enumerate(article.predicted)
        if i not in used_p and not _touches(p.text, article.unsure)
    ]
    return matched, missed, alarms


# --- scores -----------------------------------------------------------------------


@dataclass
class Count:
    hit: int = 0  # true positives
    found: int = 0  # predicted
    wanted: int = 0  # gold

    def add(self, hit: int, found: int, wanted: int) -> None:
        self.hit += hit
        self.found += found
        self.wanted += wanted

    @property
    def precision(self) -> float:
        return self.hit / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hit / self.wanted if self.wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    articles: Count = field(default_factory=Count)
    encounters: Count = field(default_factory=Count)
    participants: Count = field(default_factory=Count)  # parties, end to end
    parties_in_found: Count = field(default_factory=Count)  # within matched pairs
    kind: Count = field(default_factory=Count)
    date: Count = field(default_factory=Count)
    n_articles: int = 0

    def rows(self) -> dict[str, Count]:
        return {
            "articles with an encounter": self.articles,
            "encounters": self.encounters,
            "participants (countries, bodies)": self.participants,
            "participants of found encounters": self.parties_in_found,
            "kind of found encounters": self.kind,
            "date (where annotated)": self.date,
        }


def score(articles: Iterable[Article]) -> Report:
    report = Report()
    for article in articles:
        report.n_articles += 1
        matched, missed, alarms = pairs(article)
        report.articles.add(
            bool(article.gold) and bool(matched or alarms),
            bool(matched or alarms),
            bool(article.gold),
        )
        report.encounters.add(
            len(matched), len(matched) + len(alarms), len(article.gold)
        )
        for predicted, gold in matched:
            shared = len(predicted.sides & gold.sides)
            report.parties_in_found.add(shared, len(predicted.sides), len(gold.sides))
            report.participants.add(shared, len(predicted.sides), len(gold.sides))
            if gold.kind != "unsure":
                report.kind.add(predicted.kind == gold.kind, 1, 1)
            if gold.date or predicted.date:
                hit = predicted.date is not None and predicted.date == gold.date
                report.date.add(hit, predicted.date is not None, gold.date is not None)
        for gold in missed:
            report.participants.add(0, 0, len(gold.sides))
            report.kind.add(0, 0, gold.kind != "unsure")
            report.date.add(0, 0, gold.date is not None)
        for predicted in alarms:
            report.participants.add(0, len(predicted.sides), 0)
    return report


def run(half: str) -> tuple[dict[str, Report], list[Article]]:
    """Reports by stratum for one half ("tune", "heldout" or "all"), and its articles
    with their predictions, extracting with the current database's gazetteer."""
    extract = extractor()
    rows = rows_by_docno()
    chosen = [a for a in load_articles() if half in ("all", a.half)]
    for article in chosen:
        article.predicted = extract(rows[article.docno])
    reports = {s: score(a for a in chosen if a.stratum == s) for s in STRATA}
    return reports | {"all": score(chosen)}, chosen


# --- the command ------------------------------------------------------------------


def table(reports: dict[str, Report], half: str) -> str:
    """One row a stratum: precision / recall (F1 for encounters)."""
    lines = [
        f"| {half} half (articles) | articles P / R | encounters P / R / F1 "
        "| participants P / R | countries right in found | kind right in found "
        "| date P / R |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for stratum, r in reports.items():
        e = r.encounters
        lines.append(
            f"| {stratum} ({r.n_articles}, {e.wanted} encounters) "
            f"| {_pr(r.articles)} | {_pr(e)} / {e.f1:.2f} | {_pr(r.participants)} "
            f"| {_share(r.parties_in_found)} | {_share(r.kind)} "
            f"| {_pr(r.date)} |"
        )
    return "\n".join(lines)


def _share(count: Count) -> str:
    return f"{count.precision:.2f}" if count.found else "–"


def _pr(count: Count) -> str:
    precision = f"{count.precision:.2f}" if count.found else "–"
    recall = f"{count.recall:.2f}" if count.wanted else "–"
    return f"{precision} / {recall}"


def details(articles: list[Article]) -> str:
    lines = []
    for article in articles:
        matched, missed, alarms = pairs(article)
        for gold in missed:
            lines.append(f"MISS  {article.docno} {sorted(gold.sides)} {gold.text}")
        for predicted in alarms:
            sides = sorted(predicted.sides)
            lines.append(f"FALSE {article.docno} {sides} {predicted.text[:160]}")
        for predicted, gold in matched:
            if gold.kind not in ("unsure", predicted.kind):
                lines.append(f"KIND  {article.docno} {predicted.kind} != {gold.kind}")
    return "\n".join(lines)


def _migrated_archive() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    os.environ["ARCHIVE_DATA_DIR"] = tempfile.mkdtemp(prefix="meetings-eval-")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("heldout", "tune", "all"), default="heldout")
    parser.add_argument("--details", action="store_true", help="misses, false alarms")
    args = parser.parse_args(argv)
    if args.details and args.half != "tune":
        parser.error(
            "--details shows the tune half only: rules never fit held-out text"
        )
    _migrated_archive()
    reports, articles = run(args.half)
    sys.stdout.write(table(reports, args.half) + "\n")
    if args.details:
        sys.stdout.write(details(articles) + "\n")


if __name__ == "__main__":
    main()
