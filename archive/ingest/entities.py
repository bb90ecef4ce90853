"""Countries, titles and people of one text, found with a gazetteer."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace

from archive.ingest.gazetteer import Gazetteer
from archive.ingest.mentions import (
    Mention,
    Span,
    country_at,
    organization_at,
    person_at,
    scan,
)
from archive.ingest.titles import Title, also_counterparts, title_at
from archive.ingest.words import tokenize


class TextEntities:
    """Countries, organisations, titles and people a gazetteer finds in one text."""

    def __init__(self, text: str, gazetteer: Gazetteer):
        self.text = text
        self.tokens = tokenize(text)
        self.countries = scan(
            self.tokens, lambda i: country_at(self.tokens, i, gazetteer)
        )
        self.organizations = scan(
            self.tokens, lambda i: organization_at(self.tokens, i, gazetteer)
        )
        titles = self._titles()
        # Whom someone else's title names ("مستشار الرئيس الأمريكي X") is no holder;
        # a leader's wife takes part by her title alone ("قرينة الرئيس المصري").
        self.served = {title.name for title in titles if title.served}
        self.aides = [title for title in titles if title.served and not title.spouse]
        self.titles = [title for title in titles if not title.served or title.spouse]
        self.people = self._people(gazetteer)
        starts = {span.first: span.key for span in self.people}
        self.titles = [
            replace(title, person=starts.get(title.name))
            if self.names_follow(title) and not title.served
            else title
            for title in self.titles
        ]

    def mention(self, span: Span) -> Mention:
        start, end = self.tokens[span.first].start, self.tokens[span.last - 1].end
        return Mention(span.key, start, end, self.text[start:end])

    def _titles(self) -> list[Title]:
        """Titles left to right, in one pass: each counterpart ("نظيره") shares the
        office of the subject's title (``_subject``) as it stands at that word."""
        countries = {span.first: span for span in self.countries}
        titles: list[Title] = []
        firsts: dict[int, Title] = {}  # each sentence's first title
        latest = None  # the last title of an official, not someone else's
        for i, token in enumerate(self.tokens):
            if titles and titles[-1].name > i:
                continue
            subject = self._subject(firsts.get(token.sentence), latest)
            title = title_at(self.text, self.tokens, i, countries, subject)
            if title:
                titles.append(title)
                if title.counterpart or title.pair:
                    titles += also_counterparts(
                        self.text, title, self.tokens, countries
                    )
                firsts.setdefault(token.sentence, title)
                latest = latest if title.served else title
        return titles

    def _subject(self, first: Title | None, latest: Title | None) -> Title | None:
        """The title of the sentence's subject: the sentence's first, opening it or
        right after its verb; else, when the sentence has none yet, the official
        named last ("وقال ماتيس إثر محادثات مع نظيره الياباني")."""
        if first is None:
            return latest
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
