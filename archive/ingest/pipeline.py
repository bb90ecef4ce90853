"""Ingesting files and exports: one transaction per article, nothing lost, nothing
duplicated.

An article is known by where its text came from: a file's path relative to the folder
given (its name when the file itself is given), an export line's URL (else FILE:LINE).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import hashlib
import itertools
import logging
import os
import stat
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.db import IntegrityError, transaction

from archive.arabic import normalize
from archive.gazetteer.places import load_place_index
from archive.gazetteer.places import resolve as resolve_place
from archive.ingest.cleaning import clean_title
from archive.ingest.decoding import check_text, decode
from archive.ingest.errors import RejectedFile
from archive.ingest.exports import BadLine, ExportArticle, is_export, read_export
from archive.ingest.gazetteer import Gazetteer
from archive.ingest.parse import (
    ParsedArticle,
    link_entities,
    proposals_in,
    read_article,
)
from archive.ingest.workers import Draft, Parsers, Proposed
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
    unique_slug,
)
from archive.search.outbox import queued_together

logger = logging.getLogger(__name__)

ADDED, UPDATED, UNCHANGED, DUPLICATE, REJECTED = (
    "added",
    "updated",
    "unchanged",
    "duplicate",
    "rejected",
)
OUTCOMES = (ADDED, UPDATED, UNCHANGED, DUPLICATE, REJECTED)
INGESTED_SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")

# What staff changed in the admin (Article.staff_edited) stays when a file is read
# again. The date's fields move together; "meetings" means staff deleted one, so the
# article's meeting list is theirs.
DATE_FIELDS = {"date", "date_precision", "partial_month", "partial_day"}
LINKS = {"countries", "people"}
STAFF_MEETINGS = "meetings"


@dataclass(frozen=True)
class Outcome:
    status: str
    name: str
    article_id: int | None = None
    reason: str = ""
    warning: str = ""
    kept: int = 0  # staff edits a re-read kept


@dataclass(frozen=True)
class Found:
    """An entry to ingest: its path, its place relative to the argument given, and
    why it cannot be read when discovery already knows."""

    path: Path
    location: str
    reason: str = ""


@dataclass(frozen=True)
class Origin:
    """Where an article's text came from and what its exporter said about it."""

    source_file: str
    url: str = ""
    title: str | None = None
    published_at: datetime.datetime | None = None
    source_name: str | None = None


@dataclass(frozen=True)
class Ahead:
    """An export line's checked text, its hash, and its draft being read by a worker
    (None when the line is surely unchanged or a duplicate: nothing to read)."""

    text: str
    digest: str
    draft: Future | None
    parsers: Parsers | None = None  # whose workers read it


AHEAD_PER_WORKER = 16  # lines read ahead per worker: keeps both busy, memory bounded


def discover(paths: Iterable[Path]) -> Iterator[Found]:
    """Paths given, and every .txt and export below folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield Found(path, path.name)


def _walk(root: Path) -> Iterator[Found]:
    """Links are followed, but a folder reached twice (a looping link) is refused, and
    so is a folder that cannot be listed."""
    seen = {root.resolve()}
    unreadable: list[OSError] = []

    def found(path: Path, reason: str = "") -> Found:
        return Found(path, path.relative_to(root).as_posix(), reason)

    def failed() -> list[Found]:
        failures = [found(Path(error.filename), error.strerror) for error in unreadable]
        unreadable.clear()
        return failures

    for folder, folders, files in os.walk(
        root, onerror=unreadable.append, followlinks=True
    ):
        here = Path(folder)
        yield from failed()
        kept = []
        for name in sorted(folders):
            real = (here / name).resolve()
            if real in seen:
                yield found(here / name, f"a link to a folder already read ({real})")
            else:
                seen.add(real)
                kept.append(name)
        folders[:] = kept
        for name in sorted(files):
            if name.lower().endswith(INGESTED_SUFFIXES):
                yield found(here / name)
    yield from failed()


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


def _regular_file(path: Path) -> int:
    """The file's size; RejectedFile for what must not be opened (a FIFO blocks)."""
    status = path.stat()
    if stat.S_ISFIFO(status.st_mode):
        raise RejectedFile("a FIFO (named pipe), not a file")
    if not stat.S_ISREG(status.st_mode):
        raise RejectedFile("not a regular file")
    return status.st_size


class Ingester:
    """Holds what a run shares (gazetteer, sources) while articles go in one by one."""

    def __init__(self, *, reparse: bool = False, workers: int = 1):
        self.reparse = reparse
        self.max_bytes = settings.ARCHIVE_MAX_ARTICLE_BYTES
        self.gazetteer = Gazetteer.from_db()
        # Exports are read by worker processes from the gazetteer as it is now and
        # the people this run adds to it (workers.py).
        self.workers = workers
        self.parsers = self._parsers()
        self.reread = 0  # drafts read again here for a person added meanwhile
        self.places = load_place_index()
        self.countries = Country.objects.in_bulk(field_name="code")
        self._load_sources()
        # Each place a run read, and what it read there first: a file, an export line.
        self.seen: dict[str, str] = {}
        self.urls: dict[str, int] | None = None

    def close(self) -> None:
        """Stop the worker processes, if any started."""
        if self.parsers:
            self.parsers.close()

    def _parsers(self) -> Parsers | None:
        if self.workers < 2:
            return None
        return Parsers(self.workers, copy.deepcopy(self.gazetteer))

    def _load_sources(self) -> None:
        self.sources = {
            _source_key(name): source
            for source in Source.objects.all()
            for name in [*source.names(), source.name_en]
            if name
        }

    def ingest(self, found: Found) -> Iterator[Outcome]:
        """One outcome for a file, one per line for an export."""
        name = str(found.path)
        if not is_export(found.path):
            yield self._guarded(name, lambda: self._ingest_file(found))
            return
        if failure := self._guarded(name, lambda: self._check(found)):
            yield failure
            return
        empty = True
        try:
            lines = read_export(found.path, max_bytes=self.max_bytes)
            for line, ahead in self._read_ahead(lines):
                empty = False
                yield self._guarded(
                    f"{name}:{line.line}",
                    lambda line=line, ahead=ahead: self._ingest_line(
                        found, line, ahead
                    ),
                )
        except OSError as error:  # the export could not be opened
            yield Outcome(REJECTED, name, reason=error.strerror or str(error))
        else:
            if empty:
                yield Outcome(REJECTED, name, reason="empty export: no lines")

    def _read_ahead(self, lines):
        """Each line with what workers read of it meanwhile (None in one process)."""
        if self.parsers is None:
            yield from ((line, None) for line in lines)
            return
        window: deque = deque()
        for line in lines:
            window.append((line, self._ahead(line)))
            if len(window) > AHEAD_PER_WORKER * self.parsers.workers:
                yield window.popleft()
        yield from window

    def _ahead(self, line: ExportArticle | BadLine) -> Ahead | None:
        """A worker starts reading a line that will need it; whatever goes wrong
        here is found again, and reported, when the line's turn comes."""
        if isinstance(line, BadLine):
            return None
        try:
            text = check_text(line.text)
        except (RejectedFile, ValueError):
            return None
        digest = content_hash(text)
        if not self.reparse and Article.objects.filter(content_hash=digest).exists():
            return Ahead(text, digest, None)
        draft = self.parsers.submit(text, line.title, line.published_at)
        return Ahead(text, digest, draft, self.parsers)

    def _guarded(self, name: str, read) -> Outcome | None:
        """What read returns, or the rejection of whatever went wrong in it."""
        try:
            return read()
        except RejectedFile as error:
            return Outcome(REJECTED, name, reason=str(error))
        except OSError as error:
            return Outcome(REJECTED, name, reason=error.strerror or str(error))
        except Exception as error:
            # A parser bug on one strange article must not stop the run or lose others.
            logger.exception("could not ingest %s", name)
            return Outcome(REJECTED, name, reason=f"could not be read: {error}")

    def _check(self, found: Found) -> None:
        if found.reason:
            raise RejectedFile(found.reason)
        earlier = self.seen.setdefault(found.location, str(found.path))
        if earlier != str(found.path):
            raise RejectedFile(
                f"{earlier} of this run has the same name; ingest their folder, "
                "whose paths tell them apart"
            )
        size = _regular_file(found.path)
        if size > self.max_bytes and not is_export(found.path):
            raise RejectedFile(
                f"{size} bytes, over the limit of {self.max_bytes} for one article "
                "(ARCHIVE_MAX_ARTICLE_BYTES)"
            )

    def _ingest_file(self, found: Found) -> Outcome:
        self._check(found)
        decoded = decode(found.path.read_bytes())
        outcome = self.ingest_text(
            decoded.text, Origin(found.location), str(found.path)
        )
        return dataclasses.replace(outcome, warning=decoded.warning)

    def _ingest_line(
        self, found: Found, line: ExportArticle | BadLine, ahead: Ahead | None = None
    ) -> Outcome:
        if isinstance(line, BadLine):
            raise RejectedFile(line.reason)
        name = f"{found.path}:{line.line}"
        if line.url and (first := self.seen.setdefault(line.url, name)) != name:
            # Scrapers export one page again under another category: the first wins,
            # so that a rerun finds every line unchanged.
            article_id = (self.urls or {}).get(line.url)
            return Outcome(DUPLICATE, name, article_id, f"same URL as {first}")
        origin = Origin(
            source_file=f"{found.location}:{line.line}",
            url=line.url,
            title=line.title,
            published_at=line.published_at,
            source_name=line.source_name,
        )
        if ahead is None:
            return self.ingest_text(check_text(line.text), origin, name)
        return self.ingest_text(ahead.text, origin, name, ahead)

    def ingest_text(
        self, text: str, origin: Origin, name: str, ahead: Ahead | None = None
    ) -> Outcome:
        digest = ahead.digest if ahead else content_hash(text)
        existing = self._ingested_from(origin)
        same_text = Article.objects.filter(content_hash=digest).first()
        if existing is None and same_text and _legacy_name(same_text, origin):
            existing = same_text
        if same_text and same_text != existing:
            return Outcome(DUPLICATE, name, same_text.pk, f"same text as {same_text}")
        if (
            existing
            and existing.content_hash == digest
            and not self.reparse
            and _same_metadata(existing, origin)
        ):
            return Outcome(UNCHANGED, name, existing.pk)
        if ahead and ahead.draft:
            # What the worker could not read, this process cannot either.
            parsed, draft = None, ahead.draft.result()
            if ahead.parsers is not self.parsers:  # from before a reload: read again
                parsed, draft = draft.parsed, None
                self.reread += 1
        else:
            draft = None
            parsed = read_article(
                text, title=origin.title, published_at=origin.published_at
            )
        try:
            # The article and its search outbox row commit together (outbox.py).
            with transaction.atomic(), queued_together():
                article = self._save(
                    self._linked(parsed, draft),
                    existing or Article(),
                    text,
                    origin,
                    digest,
                )
        except Exception:
            # People and sources made inside the rolled-back transaction are gone again.
            self.gazetteer = Gazetteer.from_db()
            self._load_sources()
            if self.parsers:  # the workers knew them too: new workers from here on
                self.parsers.close(wait=False)
                self.parsers = self._parsers()
            raise
        if article.url:
            self.urls[article.url] = article.pk
        if existing is None:
            return Outcome(ADDED, name, article.pk)
        return Outcome(UPDATED, name, article.pk, kept=staff_edits(article))

    def _ingested_from(self, origin: Origin) -> Article | None:
        if not origin.url:
            return Article.objects.filter(source_file=origin.source_file).first()
        # Article.url has no index: one query a run rather than a table scan a line.
        if self.urls is None:
            self.urls = dict(Article.objects.exclude(url="").values_list("url", "pk"))
        pk = self.urls.get(origin.url)
        # A URL the run has not met: no query (pk=None would ask for a NULL id).
        return None if pk is None else Article.objects.filter(pk=pk).first()

    def _source(self, parsed: ParsedArticle, origin: Origin) -> Source | None:
        """The exporter's source, made a record when new; else the dateline's agency
        when the archive knows it."""
        if not origin.source_name:
            return self.sources.get(_source_key(parsed.source_name or ""))
        key = _source_key(origin.source_name)
        if key not in self.sources:
            name = origin.source_name[:100]
            self.sources[key] = Source.objects.create(
                name_ar=name, name_en=name, slug=unique_slug(Source, name)
            )
        return self.sources[key]

    def _linked(self, parsed: ParsedArticle | None, draft: Draft | None):
        """The article linked to the gazetteer as it stands, its proposed people
        made records: a worker's draft when no one added meanwhile may be named in
        it, else read again here."""
        if draft is not None:
            if not draft.may_name(*self.parsers.since(draft)):
                keys = {
                    Proposed(index): self._propose(proposal)
                    for index, proposal in enumerate(draft.proposals)
                }
                return draft.with_keys(keys)
            parsed = draft.parsed
            self.reread += 1
        for proposal in proposals_in(parsed, self.gazetteer):
            self._propose(proposal)
        return link_entities(parsed, self.gazetteer)

    def _save(self, parsed: ParsedArticle, article, text, origin, digest) -> Article:
        staff = staff_values(article)
        article.title = parsed.title[:500]
        article.body = parsed.body
        article.raw_text = text
        article.event_date = parsed.date
        article.published_at = as_printed(parsed.published_at)
        article.place = parsed.place[:100]
        article.city_id = resolve_place(parsed.place, self.places, parsed.countries)
        article.source = self._source(parsed, origin)
        article.url = origin.url
        article.source_file = article.source_file or _free_name(origin.source_file)
        article.content_hash = digest
        for field, value in staff.items():
            setattr(article, field, value)
        new = article.pk is None  # nothing linked yet: nothing to read or replace
        article.save()
        countries = {
            code: self.countries[code]
            for code in parsed.countries
            if code in self.countries
        }
        if "countries" not in article.staff_edited:
            if new:
                _link_new(article, "countries", [c.pk for c in countries.values()])
            else:
                article.countries.set(countries.values())
        if "people" not in article.staff_edited:
            if new:
                _link_new(article, "people", parsed.people)
            else:
                article.people.set(parsed.people)
        if STAFF_MEETINGS not in article.staff_edited:
            self._replace_meetings(article, parsed.meetings, countries, new=new)
        return article

    def _replace_meetings(self, article, drafts, countries, *, new=False) -> None:
        """The parsed meetings anew, but those staff made or corrected stay as they
        are, and the sentence that reports one is not read into a second."""
        staff = set()
        if not new:
            article.meetings.filter(staff_edited=False).delete()
            staff = set(article.meetings.values_list("sentence", flat=True))
        for draft in drafts:
            if draft.sentence not in staff:
                self._save_meeting(article, draft, countries)

    def _save_meeting(self, article, draft, countries) -> None:
        meeting = Meeting(article=article, kind=draft.kind, sentence=draft.sentence)
        meeting.event_date = draft.date
        meeting.place = (draft.place or "")[:100]
        meeting.city_id = resolve_place(meeting.place, self.places, draft.countries)
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

    def _propose(self, proposal) -> int:
        """A new official for staff to confirm; the run links them meanwhile. Another
        run may have proposed them since this one read the gazetteer: the database
        allows one person per name and country, and that one is linked."""
        country = Country.objects.filter(code=proposal.country_key).first()
        try:
            with transaction.atomic():  # a clash undoes this savepoint, not the file
                person = self._create_proposed(proposal, country)
        except IntegrityError:
            person = Person.objects.get(
                normalized_name=normalize(proposal.name.strip()), country=country
            )
        self.gazetteer.add_person(person.pk, proposal.spellings, proposal.country_key)
        if self.parsers:
            self.parsers.add_person(person.pk, proposal.spellings, proposal.country_key)
        return person.pk

    def _create_proposed(self, proposal, country) -> Person:
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
        return person


def _link_new(article: Article, field: str, target_ids: list) -> None:
    """Link a new article in one insert: `add` would first read which links exist
    (none yet) and signal the outbox, which the article's own save queued already."""
    link = Article._meta.get_field(field)
    through, target = link.remote_field.through, link.m2m_reverse_field_name()
    through.objects.bulk_create(
        through(article_id=article.pk, **{f"{target}_id": pk}) for pk in target_ids
    )


def staff_values(article: Article) -> dict:
    """The fields staff edited, as they are, to put back after a re-read."""
    fields = set(article.staff_edited) - LINKS - {STAFF_MEETINGS}
    if fields & DATE_FIELDS:
        fields |= DATE_FIELDS
    return {field: getattr(article, field) for field in fields}


def staff_edits(article: Article) -> int:
    """How many staff edits an article holds: fields, and meetings kept as made."""
    meetings = article.meetings.filter(staff_edited=True).count()
    return len(article.staff_edited) + meetings


def _source_key(name: str) -> str:
    """Exports write "france24" for "France 24", "cnn" for "CNN"."""
    return "".join(normalize(name).casefold().split())


def _legacy_name(article: Article, origin: Origin) -> bool:
    """Archives from before paths counted hold bare file names: "a/x.txt" is the
    article they stored as "x.txt" when its text is the same."""
    name = PurePosixPath(origin.source_file).name
    return not origin.url and article.source_file == name != origin.source_file


def _same_metadata(article: Article, origin: Origin) -> bool:
    """An export line whose text stayed may still bring a new URL, title or time."""
    # What staff edited stays whatever the export says (staff_values).
    staff = set(article.staff_edited)
    return (
        article.url == origin.url
        and (
            origin.title is None
            or "title" in staff
            or article.title == clean_title(origin.title)[:500]
        )
        and (
            origin.published_at is None
            or "published_at" in staff
            or article.published_at == as_printed(origin.published_at)
        )
    )


def _free_name(name: str) -> str:
    """FILE:LINE names the line an article was first read from; when a reordered
    export puts another article on that line, the newcomer's name says so."""
    # A generator: the first name is almost always free, so make no others.
    candidates = itertools.chain([name], (f"{name}#{n}" for n in range(2, 1000)))
    return next(
        c for c in candidates if not Article.objects.filter(source_file=c).exists()
    )
