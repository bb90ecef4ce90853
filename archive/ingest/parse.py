"""From decoded text to all the archive records of one article, on a string."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from archive.dates import PartialDate
from archive.ingest.cleaning import clean, clean_title
from archive.ingest.datelines import article_date, parse_dateline
from archive.ingest.entities import TextEntities
from archive.ingest.errors import RejectedFile
from archive.ingest.gazetteer import Gazetteer
from archive.ingest.meetings import MeetingDraft, find_meetings
from archive.ingest.proposals import ProposedPerson, propose_people
from archive.ingest.words import Token


@dataclass
class ParsedArticle:
    title: str
    body: str
    date: PartialDate | None
    published_at: datetime.datetime | None
    place: str
    source_name: str | None
    countries: list[str] = field(default_factory=list)
    people: list = field(default_factory=list)
    meetings: list[MeetingDraft] = field(default_factory=list)


def read_article(
    text: str,
    *,
    title: str | None = None,
    published_at: datetime.datetime | None = None,
) -> ParsedArticle:
    """Title, body, dateline and dates: everything that needs no gazetteer.

    An export's own ``title`` and ``published_at`` win over what the text prints; the
    publication time gives a dateline its missing year and a lead's weekday its day.
    """
    cleaned = clean(text)
    if not cleaned.body.strip():
        raise RejectedFile("no article text once page furniture is removed")
    body = cleaned.body
    if title is not None:
        title = clean_title(title)
        if cleaned.title and cleaned.title != title:  # the lead's first line, short
            body = f"{cleaned.title}\n\n{body}"
    dateline = parse_dateline(body)
    published_at = published_at or cleaned.published_at
    return ParsedArticle(
        title=cleaned.title if title is None else title,
        body=body,
        date=article_date(body, published_at),
        published_at=published_at,
        place=dateline.place or "",
        source_name=dateline.source_name or cleaned.source_name,
    )


def proposals_in(article: ParsedArticle, gazetteer: Gazetteer) -> list[ProposedPerson]:
    """Officials named by title whom the gazetteer lacks (title counts as text too)."""
    return propose_people(f"{article.title}\n{article.body}", gazetteer)


def link_entities(article: ParsedArticle, gazetteer: Gazetteer) -> ParsedArticle:
    """Countries, people and meetings, once the gazetteer knows every proposed name."""
    link_words(article, gazetteer)
    return article


def link_words(article: ParsedArticle, gazetteer: Gazetteer) -> list[Token]:
    """Link the article as `link_entities` does, and return the words of its title
    and body read for it (a worker needs them too: no second tokenizing)."""
    # One scan gives both people and countries (find_people and find_countries
    # would each scan the text again).
    entities = TextEntities(f"{article.title}\n{article.body}", gazetteer)
    article.people = _unique(span.key for span in entities.people)
    article.meetings = find_meetings(
        article.body,
        gazetteer=gazetteer,
        article_date=article.date,
        place=article.place,
        published=article.published_at and article.published_at.date(),
    )
    met_in = (code for meeting in article.meetings for code in meeting.countries)
    mentioned = (span.key for span in entities.countries)
    article.countries = _unique([*mentioned, *met_in])
    return entities.tokens


def _unique(items) -> list:
    return list(dict.fromkeys(items))
