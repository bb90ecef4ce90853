"""Countries, titles and people of one text, found with a gazetteer."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace

from archive.ingest.gazetteer import Gazetteer
from archive.ingest.mentions import (
    Mention,
    Span,
    country_at,
    person_at,
    scan,
)
from archive.ingest.titles import Title, title_at
from archive.ingest.words import tokenize


class TextEntities:
    """Countries, titles and people that a gazetteer finds in one text."""

    def __init__(self, text: str, gazetteer: Gazetteer):
        self.text = text
        self.tokens = tokenize(text)
        self.countries = scan(
            self.tokens, lambda i: country_at(self.tokens, i, gazetteer)
        )
        titles = self._titles()
        # Whom someone else's title names ("مستشار الرئيس الأمريكي X") is no holder.
        self.served = {title.name for title in titles if title.served}
        self.titles = [title for title in titles if not title.served]
        self.people = self._people(gazetteer)
        starts = {span.first: span.key for span in self.people}
        self.titles = [
            replace(title, person=starts.get(title.name))
            if self.names_follow(title)
            else title
            for title in self.titles
        ]

    def mention(self, span: Span) -> Mention:
        start, end = self.tokens[span.first].start, self.tokens[span.last - 1].end
        return Mention(span.key, start, end, self.text[start:end])

    def _titles(self) -> list[Title]:
        countries = {span.first: span for span in self.countries}
        titles: list[Title] = []
        for i in range(len(self.tokens)):
            if titles and titles[-1].name > i:
                continue
            title = title_at(
                self.text, self.tokens, i, countries, self._subject_title(titles, i)
            )
            if title:
                titles.append(title)
        return titles

    def _subject_title(self, titles: list[Title], i: int) -> Title | None:
        """The title of the sentence's subject, that a counterpart ("نظيره") shares:
        the sentence's first, opening it or right after its verb."""
        sentence = self.tokens[i].sentence
        first = next(
            (t for t in titles if self.tokens[t.first].sentence == sentence), None
        )
        if first is None:
            return None
        lead = 0  # words since punctuation
        while lead < 3 and self.tokens[first.first - lead].glued:
            lead += 1
        return first if lead <= 2 else None

    def names_follow(self, title: Title) -> bool:
        """Whether a name may follow the title: next to it, or after one comma."""
        if title.name >= len(self.tokens):
            return False
        gap = self.text[self.tokens[title.name - 1].end : self.tokens[title.name].start]
        return self.tokens[title.name].glued or gap.strip() in {",", "،"}

    def _people(self, gazetteer: Gazetteer) -> list[Span]:
        titled = {t.name: t.country for t in self.titles if self.names_follow(t)}
        spans: list[Span] = []
        seen: dict[Hashable, int] = {}
        i = 0
        while i < len(self.tokens):
            span = person_at(self.tokens, i, gazetteer, seen, titled.get(i))
            if span:
                spans.append(span)
                seen[span.key] = len(spans)
            i = span.last if span else i + 1
        return spans


def find_countries(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Country names and adjectives, in text order."""
    entities = TextEntities(text, gazetteer)
    return [entities.mention(span) for span in entities.countries]


def find_people(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Known people: full names by any spelling, short forms once introduced."""
    entities = TextEntities(text, gazetteer)
    return [entities.mention(span) for span in entities.people]
