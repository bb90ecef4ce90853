"""Ingesting files: one transaction per file, nothing lost, nothing duplicated."""

from __future__ import annotations

import datetime
import hashlib
import logging
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from archive.analysis import normalize
from archive.ingest.decoding import decode
from archive.ingest.errors import RejectedFile
from archive.ingest.gazetteer import Gazetteer
from archive.ingest.parse import (
    ParsedArticle,
    link_entities,
    proposals_in,
    read_article,
)
from archive.models import (
    Article,
    Country,
    Meeting,
    Office,
    Organization,
    Person,
    PersonAlias,
    PersonStatus,
    Source,
)

logger = logging.getLogger(__name__)

ADDED, UPDATED, UNCHANGED, DUPLICATE, REJECTED = (
    "added",
    "updated",
    "unchanged",
    "duplicate",
    "rejected",
)
OUTCOMES = (ADDED, UPDATED, UNCHANGED, DUPLICATE, REJECTED)


@dataclass(frozen=True)
class Outcome:
    status: str
    name: str
    article_id: int | None = None
    reason: str = ""


def text_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and every *.txt below folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


def content_hash(text: str) -> str:
    """The same article in another encoding or with other line ends hashes the same."""
    lines = (line.rstrip() for line in unicodedata.normalize("NFC", text).splitlines())
    canonical = "\n".join(lines).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def as_printed(moment: datetime.datetime | None) -> datetime.datetime | None:
    """Pages print local wall-clock times with no zone: kept as printed, marked UTC."""
    if moment is None or moment.tzinfo:
        return moment
    return moment.replace(tzinfo=datetime.UTC)


class Ingester:
    """Holds what a run shares (gazetteer, sources) while files go in one by one."""

    def __init__(self, *, reparse: bool = False):
        self.reparse = reparse
        self.gazetteer = Gazetteer.from_db()
        self.sources = {
            normalize(name): source
            for source in Source.objects.all()
            for name in source.names()
        }

    def ingest_path(self, path: Path) -> Outcome:
        try:
            text = decode(path.read_bytes())
            return self.ingest_text(text, name=path.name)
        except RejectedFile as error:
            return Outcome(REJECTED, path.name, reason=str(error))
        except OSError as error:
            return Outcome(REJECTED, path.name, reason=error.strerror or str(error))
        except Exception as error:
            # A parser bug on one strange file must not stop the run or lose the rest.
            logger.exception("could not ingest %s", path)
            return Outcome(REJECTED, path.name, reason=f"could not be read: {error}")

    def ingest_text(self, text: str, *, name: str) -> Outcome:
        digest = content_hash(text)
        existing = Article.objects.filter(source_file=name).first()
        same_text = Article.objects.filter(content_hash=digest).first()
        if existing and existing.content_hash == digest and not self.reparse:
            return Outcome(UNCHANGED, name, existing.pk)
        if same_text and same_text != existing:
            return Outcome(DUPLICATE, name, same_text.pk, f"same text as {same_text}")
        parsed = read_article(text)
        try:
            with transaction.atomic():
                article = self._save(parsed, existing or Article(), text, name, digest)
        except Exception:
            # People proposed inside the rolled-back transaction are gone again.
            self.gazetteer = Gazetteer.from_db()
            raise
        return Outcome(ADDED if existing is None else UPDATED, name, article.pk)

    def _save(self, parsed: ParsedArticle, article, text, name, digest) -> Article:
        for proposal in proposals_in(parsed, self.gazetteer):
            self._propose(proposal)
        link_entities(parsed, self.gazetteer)
        article.title = parsed.title[:500]
        article.body = parsed.body
        article.raw_text = text
        article.event_date = parsed.date
        article.published_at = as_printed(parsed.published_at)
        article.place = parsed.place[:100]
        article.source = self.sources.get(normalize(parsed.source_name or ""))
        article.source_file = name
        article.content_hash = digest
        article.save()
        countries = Country.objects.in_bulk(parsed.countries, field_name="code")
        article.countries.set(countries.values())
        article.people.set(parsed.people)
        article.meetings.all().delete()
        for draft in parsed.meetings:
            self._save_meeting(article, draft, countries)
        return article

    def _save_meeting(self, article, draft, countries) -> None:
        meeting = Meeting(article=article, kind=draft.kind, sentence=draft.sentence)
        meeting.event_date = draft.date
        meeting.place = (draft.place or "")[:100]
        meeting.save()
        meeting.countries.set(
            c for code, c in countries.items() if code in draft.countries
        )
        people = Person.objects.in_bulk(draft.people)
        organizations = Organization.objects.in_bulk(
            p.organization for p in draft.participants if p.organization is not None
        )
        for participant in draft.participants:
            if not participant.names_someone:
                continue  # a state named alone: one of the meeting's countries
            meeting.add_participant(
                people.get(participant.person),
                participant.office[:200],
                country=countries.get(participant.country),
                organization=organizations.get(participant.organization),
            )

    def _propose(self, proposal) -> None:
        """A new official for staff to confirm; the run links them meanwhile."""
        country = Country.objects.filter(code=proposal.country_key).first()
        person = Person.objects.create(
            name_ar=proposal.name, country=country, status=PersonStatus.PROPOSED
        )
        for text in proposal.spellings:  # create(): save() normalizes the alias
            PersonAlias.objects.create(person=person, text=text)
        if country:
            Office.objects.create(
                person=person,
                role=proposal.role,
                title_ar=proposal.title,
                country=country,
            )
        self.gazetteer.add_person(person.pk, proposal.spellings, proposal.country_key)
