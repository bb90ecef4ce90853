"""The names ingest looks for: countries (names and adjectives), people, organisations.

Names match as whole-word sequences: the first word may carry proclitics (و ف ب ل ك,
the article), an adjective its inflection, and no name runs across punctuation.

Known ambiguity, accepted: a gazetteer spelling that is also a common word matches as
that word too ("عمان" is Oman and the city of Amman; "مالي" is Mali and "financial").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping

from archive.arabic.names import verified_variants
from archive.ingest.words import adjective_key, inside, name_words, skeleton


class Names(dict):
    """Names (tuples of normalized words) to what they name, indexed by first word."""

    def __init__(self):
        super().__init__()
        self.firsts: set[str] = set()
        self.longest = 0

    def __setitem__(self, words: tuple[str, ...], value) -> None:
        super().__setitem__(words, value)
        self.firsts.add(words[0])
        self.longest = max(self.longest, len(words))


class Gazetteer:
    """Names of countries, people and organisations, built once per ingest run.

    Give names as printed (they are normalized here). ``people`` holds full names,
    ``surnames`` short forms, which count only after the person's full name or right
    after a title of the person's country. An organisation's spellings may include
    its adjective ("الأممي" of the United Nations).
    """

    def __init__(
        self,
        countries: Mapping[str, str] | None = None,
        adjectives: Mapping[str, str] | None = None,
        people: Mapping[str, Hashable] | None = None,
        person_country: Mapping[Hashable, str | None] | None = None,
        surnames: Mapping[str, Hashable] | None = None,
    ):
        self.countries = Names()
        self.adjectives = Names()
        self.full_names = Names()
        self.short_names = Names()  # to lists of people
        self.organizations = Names()
        self.person_country: dict[Hashable, str | None] = dict(person_country or {})
        self.skeletons: dict[str, Hashable] = {}  # of full names
        for name, code in (countries or {}).items():
            self.add_country(name, code)
        for name, code in (adjectives or {}).items():
            self.add_adjective(name, code)
        for name, key in (people or {}).items():
            self._add_name(key, name_words(name), full=True)
        for name, key in (surnames or {}).items():
            self._add_name(key, name_words(name), full=False)

    @classmethod
    def from_db(cls) -> Gazetteer:
        # Imported here: everything else in ingest works on strings, without Django.
        from archive.models import (
            Country,
            CountryAlias,
            Organization,
            OrganizationAlias,
            Person,
            PersonAlias,
        )

        gazetteer = cls()
        for code, name in Country.objects.values_list("code", "name_ar"):
            gazetteer.add_country(name, code)
        aliases = CountryAlias.objects.values_list(
            "text", "country__code", "is_adjective"
        )
        for text, code, is_adjective in aliases:
            if is_adjective:
                gazetteer.add_adjective(text, code)
            else:
                gazetteer.add_country(text, code)
        names: dict[int, list[str]] = defaultdict(list)
        for person_id, text in PersonAlias.objects.values_list("person_id", "text"):
            names[person_id].append(text)
        people = Person.objects.values_list("pk", "name_ar", "country__code")
        for pk, name, code in people:
            gazetteer.add_person(pk, [name, *names[pk]], code)
        spellings: dict[int, list[str]] = defaultdict(list)
        aliases = OrganizationAlias.objects.values_list("organization_id", "text")
        for pk, text in aliases:
            spellings[pk].append(text)
        for pk, name in Organization.objects.values_list("pk", "name_ar"):
            gazetteer.add_organization(pk, [name, *spellings[pk]])
        return gazetteer

    def add_organization(self, key: Hashable, names: Iterable[str]) -> None:
        for words in filter(None, map(name_words, names)):
            self.organizations[words] = key

    def add_country(self, name: str, code: str) -> None:
        if words := name_words(name):
            self.countries[words] = code

    def add_adjective(self, name: str, code: str) -> None:
        if words := adjective_key(name):
            self.adjectives[words] = code

    def add_person(self, key: Hashable, names: Iterable[str], country: str | None):
        """A person's names. One word, or a run of words of another of the names, is
        a short form ("رحمن", "مهر الدين" of "سراج الدين مهر الدين"); so is a full
        name's surname ("الأسد" of "بشار الأسد"), which news uses alone once it has
        named the person in full. The spellings search verified for a name count
        too (كيم يونغ اون of كيم جونغ أون)."""
        self.person_country[key] = country
        spellings = {words for words in map(name_words, names) if words}
        spellings |= {v for words in spellings for v in verified_variants(words)}
        for words in spellings:
            short = len(words) == 1 or any(
                inside(words, other) for other in spellings if other != words
            )
            self._add_name(key, words, full=not short)
            if not short and (surname := _surname(words)):
                self._add_name(key, surname, full=False)

    def _add_name(self, key: Hashable, words: tuple[str, ...], *, full: bool) -> None:
        if not words:
            return
        if full:
            self.full_names[words] = key
            self.skeletons[skeleton(words)] = key
        else:
            keys = self.short_names.get(words, [])
            self.short_names[words] = list(dict.fromkeys([*keys, key]))


# Words before a last word that make it a father's or a family's name, not the
# person's own: "محمد بن سلمان" (Salman is the father), "تميم بن حمد آل ثاني".
_LINEAGE = frozenset(name_words("بن ابن بنت عبد أبو أبي آل"))
_SHORTEST_SURNAME = 4  # letters: "عون", "أون", "إن" are words or syllables too


def _surname(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The last word of a full name, when news may use it alone for the person: not
    a father's name after "بن", nor an East Asian name's last syllable ("جونغ
    أون", "جين بينغ")."""
    last = words[-1]
    if words[-2] in _LINEAGE or len(last) < _SHORTEST_SURNAME or last.endswith("نغ"):
        return None
    return (last,)
