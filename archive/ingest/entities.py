"""Countries, people and officials' titles in Arabic news text.

The text is cut into words as printed and each word is normalized on its own
(``archive.arabic.normalize``), so matching ignores hamza seats, marks and final
letters while every mention keeps the offsets of the words it covers. Names match as
whole-word sequences: the first word may carry proclitics (و ف ب ل ك, the article), an
adjective its inflection, and no name runs across punctuation.

Known ambiguity, accepted: a gazetteer spelling that is also a common word matches as
that word too ("عمان" is Oman and the city of Amman; "مالي" is Mali and "financial").
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import product

from archive.arabic import normalize
from archive.models import (
    Country,
    CountryAlias,
    OfficeRole,
    Person,
    PersonAlias,
)

# --- words ----------------------------------------------------------------------------

_WORD = re.compile(
    r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d])+"
)
_SENTENCE_BREAK = re.compile(r"[.!?؟؛…\n]")
_HASHTAG = re.compile("[#_]")


@dataclass(frozen=True)
class Token:
    text: str  # as printed
    norm: str
    start: int
    end: int
    glued: bool  # only spaces since the previous word: a name may run on
    sentence: int


def tokenize(text: str) -> list[Token]:
    """The words of ``text``, each normalized, with offsets and what lies between;
    a hashtag's marks ("#", "_") and a hyphen between letters part words as spaces
    do."""
    tokens: list[Token] = []
    sentence, previous_end = 0, 0
    for match in _WORD.finditer(text):
        gap = text[previous_end : match.start()]
        sentence += bool(_SENTENCE_BREAK.search(gap))
        # A hashtag joins its words with "_" ("#مايك_بومبيو"), a hyphen the parts of
        # a name ("كيم يونغ-أون"): still one name.
        glued = bool(tokens) and (
            gap == "-" or not _HASHTAG.sub(" ", gap).strip() and "\n" not in gap
        )
        norm = normalize(match[0])
        tokens.append(
            Token(match[0], norm, match.start(), match.end(), glued, sentence)
        )
        previous_end = match.end()
    return tokens


def _words(name: str) -> tuple[str, ...]:
    return tuple(normalize(word) for word in _WORD.findall(name))


def _run(tokens: list[Token], first: int, count: int) -> bool:
    """Whether ``count`` words from ``first`` exist with nothing but spaces between."""
    last = first + count
    return last <= len(tokens) and all(t.glued for t in tokens[first + 1 : last])


@functools.lru_cache(maxsize=65536)
def unclitic(word: str) -> tuple[str, ...]:
    """A normalized word and what it may be without a conjunction and a preposition,
    least stripped first ("والصين" -> "الصين"; "للصين" -> "لصين", "الصين")."""
    forms = [word]
    for conjunction in ("", "و", "ف"):
        if not word.startswith(conjunction):
            continue
        rest = word[len(conjunction) :]
        for preposition in ("", "ب", "ل", "ك"):
            if (conjunction or preposition) and rest.startswith(preposition):
                bare = rest[len(preposition) :]
                forms.append(bare)
                if preposition == "ل" and bare.startswith("ل"):  # لل = ل + ال
                    forms.append("ا" + bare)
    return tuple(form for form in dict.fromkeys(forms) if len(form) >= 2)


_NISBA_ENDINGS = ("يتين", "يتان", "يين", "يون", "يان", "يات", "يه", "ي")


def _nisba(word: str) -> str | None:
    """The masculine singular of a relative adjective: "الصينيين" -> "الصيني"."""
    for ending in _NISBA_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)] + "ي"
    return None


def _adjective_key(name: str) -> tuple[str, ...]:
    # Only a bare alif starts an article: "ألماني" keeps its alif, "الصيني" loses "ال".
    words = [
        word[2:] if word.startswith("ال") else word for word in _WORD.findall(name)
    ]
    return tuple(_nisba(normalize(w)) or normalize(w) for w in words)


@functools.lru_cache(maxsize=65536)
def _adjective_forms(word: str, first: bool) -> tuple[str, ...]:
    """What an adjective may be in the masculine without its article and, first in
    its name, its clitics ("والصينيين" -> "صيني")."""
    forms = []
    for bare in unclitic(word) if first else (word,):
        for form in (bare, bare[2:] if bare.startswith("ال") else ""):
            if nisba := _nisba(form):
                forms.append(nisba)
    return tuple(dict.fromkeys(forms))


def _inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` is a run of consecutive words of ``whole``."""
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def _skeleton(words: Iterable[str]) -> str:
    """Consonants only: spellings of one foreign name differ mostly in long vowels
    ("رحمن", "رحمان", "رحمون"; "كازاكباييف", "كازاكبايف")."""
    return re.sub("[اويهء]", "", "".join(words))


# --- gazetteer ------------------------------------------------------------------------


class _Names(dict):
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
    """Names of countries and people, built once per ingest run.

    Give names as printed (they are normalized here). ``people`` holds full names,
    ``surnames`` short forms, which count only after the person's full name or right
    after a title of the person's country.
    """

    def __init__(
        self,
        countries: Mapping[str, str] | None = None,
        adjectives: Mapping[str, str] | None = None,
        people: Mapping[str, Hashable] | None = None,
        person_country: Mapping[Hashable, str | None] | None = None,
        surnames: Mapping[str, Hashable] | None = None,
    ):
        self.countries = _Names()
        self.adjectives = _Names()
        self.full_names = _Names()
        self.short_names = _Names()  # to lists of people
        self.person_country: dict[Hashable, str | None] = dict(person_country or {})
        self.skeletons: dict[str, Hashable] = {}  # of full names
        for name, code in (countries or {}).items():
            self.add_country(name, code)
        for name, code in (adjectives or {}).items():
            self.add_adjective(name, code)
        for name, key in (people or {}).items():
            self._add_name(key, _words(name), full=True)
        for name, key in (surnames or {}).items():
            self._add_name(key, _words(name), full=False)

    @classmethod
    def from_db(cls) -> Gazetteer:
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
        return gazetteer

    def add_country(self, name: str, code: str) -> None:
        if words := _words(name):
            self.countries[words] = code

    def add_adjective(self, name: str, code: str) -> None:
        if words := _adjective_key(name):
            self.adjectives[words] = code

    def add_person(self, key: Hashable, names: Iterable[str], country: str | None):
        """A person's names. One word, or a run of words of another of the names, is
        a short form ("رحمن", "مهر الدين" of "سراج الدين مهر الدين")."""
        self.person_country[key] = country
        spellings = {words for words in map(_words, names) if words}
        for words in spellings:
            short = len(words) == 1 or any(
                _inside(words, other) for other in spellings if other != words
            )
            self._add_name(key, words, full=not short)

    def _add_name(self, key: Hashable, words: tuple[str, ...], *, full: bool) -> None:
        if not words:
            return
        if full:
            self.full_names[words] = key
            self.skeletons[_skeleton(words)] = key
        else:
            keys = self.short_names.get(words, [])
            self.short_names[words] = list(dict.fromkeys([*keys, key]))


# --- countries and people -------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    key: Hashable
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    """Words ``first`` to ``last`` (exclusive) of a text name ``key``."""

    key: Hashable
    first: int
    last: int
    adjective: bool = False


def _same(word: str) -> tuple[str, ...]:
    return (word,)


def _first_adjective(word: str) -> tuple[str, ...]:
    return _adjective_forms(word, True)


def _other_adjective(word: str) -> tuple[str, ...]:
    return _adjective_forms(word, False)


def _match(tokens: list[Token], i: int, names: _Names, first_forms, other_forms):
    """The longest name of ``names`` starting at word ``i``: (length, value) or None."""
    firsts = [form for form in first_forms(tokens[i].norm) if form in names.firsts]
    if not firsts:
        return None
    for count in range(min(names.longest, len(tokens) - i), 0, -1):
        if not _run(tokens, i, count):
            continue
        forms = [firsts, *(other_forms(t.norm) for t in tokens[i + 1 : i + count])]
        for words in product(*forms):
            if words in names:
                return count, names[words]
    return None


def _country_at(tokens: list[Token], i: int, gazetteer: Gazetteer) -> Span | None:
    name = _match(tokens, i, gazetteer.countries, unclitic, _same)
    adjective = _match(
        tokens, i, gazetteer.adjectives, _first_adjective, _other_adjective
    )
    if adjective and (not name or adjective[0] > name[0]):
        return Span(adjective[1], i, i + adjective[0], adjective=True)
    return Span(name[1], i, i + name[0]) if name else None


def _scan(tokens: list[Token], find) -> list[Span]:
    """Non-overlapping spans, left to right, each the longest at its first word."""
    spans, i = [], 0
    while i < len(tokens):
        span = find(i)
        if span:
            spans.append(span)
        i = span.last if span else i + 1
    return spans


def _respelled(
    tokens: list[Token], i: int, gazetteer: Gazetteer, title_country: str | None
) -> Span | None:
    """A full name in another spelling ("عبدالفتاح" for "عبد الفتاح"), trusted only
    right after a title of the person's country."""
    if not title_country:
        return None
    for count in range(min(4, len(tokens) - i), 1, -1):
        if _run(tokens, i, count):
            key = gazetteer.skeletons.get(
                _skeleton(t.norm for t in tokens[i : i + count])
            )
            if key is not None and gazetteer.person_country.get(key) == title_country:
                return Span(key, i, i + count)
    return None


def _person_at(
    tokens: list[Token],
    i: int,
    gazetteer: Gazetteer,
    seen: dict[Hashable, int],
    title_country: str | None,
) -> Span | None:
    found = _match(tokens, i, gazetteer.full_names, unclitic, _same)
    if found:
        return Span(found[1], i, i + found[0])
    found = _match(tokens, i, gazetteer.short_names, unclitic, _same)
    if not found:
        return _respelled(tokens, i, gazetteer, title_country)
    count, keys = found
    # The person most recently named in full, else the only one of the country a
    # title just named ("الرئيس الصيني شي").
    named = sorted((k for k in keys if k in seen), key=seen.__getitem__)
    titled = [k for k in keys if gazetteer.person_country.get(k) == title_country]
    if named:
        return Span(named[-1], i, i + count)
    if title_country and len(titled) == 1:
        return Span(titled[0], i, i + count)
    return None


# --- titles ---------------------------------------------------------------------------

_NORMALIZED = functools.partial(map, normalize)
_R = OfficeRole
# (office, its form before an adjective, its form before a country's name, role);
# "*" is any one word ("وزير الدفاع الأمريكي", "وزير دفاع أمريكا").
_TITLE_TABLE = (
    ("الرئيس", "الرئيس", "رئيس", _R.HEAD_OF_STATE),
    ("الرئيسة", "الرئيسة", "رئيسة", _R.HEAD_OF_STATE),
    ("الرئيس", None, "رئيس جمهورية", _R.HEAD_OF_STATE),
    ("الرئيس", None, "رئيس دولة", _R.HEAD_OF_STATE),
    ("العاهل", "العاهل", "عاهل", _R.HEAD_OF_STATE),
    ("الملك", "الملك", "ملك", _R.HEAD_OF_STATE),
    ("الأمير", None, "أمير", _R.HEAD_OF_STATE),
    ("السلطان", None, "سلطان", _R.HEAD_OF_STATE),
    ("رئيس الوزراء", "رئيس الوزراء", "رئيس وزراء", _R.HEAD_OF_GOVERNMENT),
    ("رئيسة الوزراء", "رئيسة الوزراء", "رئيسة وزراء", _R.HEAD_OF_GOVERNMENT),
    ("رئيس الحكومة", "رئيس الحكومة", "رئيس حكومة", _R.HEAD_OF_GOVERNMENT),
    ("رئيسة الحكومة", "رئيسة الحكومة", "رئيسة حكومة", _R.HEAD_OF_GOVERNMENT),
    ("المستشار", "المستشار", None, _R.HEAD_OF_GOVERNMENT),
    ("المستشارة", "المستشارة", None, _R.HEAD_OF_GOVERNMENT),
    (
        "نائب رئيس الوزراء",
        "نائب رئيس الوزراء",
        "نائب رئيس وزراء",
        _R.DEPUTY_HEAD_OF_GOVERNMENT,
    ),
    (
        "نائبة رئيس الوزراء",
        "نائبة رئيس الوزراء",
        "نائبة رئيس وزراء",
        _R.DEPUTY_HEAD_OF_GOVERNMENT,
    ),
    (
        "نائب رئيس الحكومة",
        "نائب رئيس الحكومة",
        "نائب رئيس حكومة",
        _R.DEPUTY_HEAD_OF_GOVERNMENT,
    ),
    ("وزير الخارجية", "وزير الخارجية", "وزير خارجية", _R.FOREIGN_MINISTER),
    ("وزيرة الخارجية", "وزيرة الخارجية", "وزيرة خارجية", _R.FOREIGN_MINISTER),
    ("وزير الخارجية", "وزير الشؤون الخارجية", None, _R.FOREIGN_MINISTER),
    ("وزير", "وزير *", "وزير *", _R.MINISTER),
    ("وزيرة", "وزيرة *", "وزيرة *", _R.MINISTER),
    ("نائب الرئيس", "نائب الرئيس", "نائب رئيس", _R.OTHER),
    ("ولي العهد", "ولي العهد", "ولي عهد", _R.OTHER),
    # "الزعيم الكوري الشمالي", "زعيم كوريا الشمالية"; "زعيم المعارضة" names no country.
    ("الزعيم", "الزعيم", "زعيم", _R.HEAD_OF_STATE),
    # A counterpart holds the office of the title named before it in the sentence.
    ("", "نظيره", None, None),
    ("", "نظيرته", None, None),
)


@dataclass(frozen=True)
class _Pattern:
    words: tuple[str, ...]
    adjective: bool  # followed by an adjective, else by a country's name
    office: str
    role: str | None


_PATTERNS = [
    _Pattern(_words(form), form == before_adjective, office, role)
    for office, before_adjective, before_name, role in _TITLE_TABLE
    for form in (before_adjective, before_name)
    if form
]
# Offices printed before the one bound to the country: "نائب رئيس الوزراء وزير خارجية
# كازاخستان", "عضو مجلس الدولة ووزير الخارجية الصيني".
_PREFIXES = sorted(
    {p.words for p in _PATTERNS if p.adjective and p.role and len(p.words) > 1}
    | {_words("عضو مجلس الدولة"), _words("مستشار الدولة")},
    key=len,
    reverse=True,
)

# A word before the title that makes it someone else's: "نائب وزير الخارجية",
# "المتحدث باسم الرئيس", "زوجة الرئيس".
_MODIFIERS = frozenset(
    _NORMALIZED(
        """نائب نائبة مساعد مساعدة مساعدي وكيل وكيلة مستشار مستشارة مستشاري مبعوث
        مبعوثة باسم زوجة عقيلة قرينة حرم ابنة ابن نجل شقيق شقيقة صهر والد والدة سفير
        سفيرة مكتب ديوان""".split()
    )
)
_FORMER = frozenset(
    _NORMALIZED(
        """السابق السابقة الأسبق الأسبقة المنتخب المنتخبة المخلوع آنذاك حينها حينذاك
        وقتها""".split()
    )
)
_QUALIFIERS = _FORMER | frozenset(
    _NORMALIZED("الجديد الجديدة الحالي الحالية المكلف المؤقت بالوكالة بالإنابة".split())
)
HONORIFICS = frozenset(
    _NORMALIZED(
        """الشيخ الشيخة الأمير الأميرة الملك السلطان السيد السيدة الدكتور الدكتورة
        المشير الجنرال الفريق اللواء""".split()
    )
)


@dataclass(frozen=True)
class Title:
    """An official's title bound to a country, and the word where a name follows."""

    text: str  # as printed: "نائب رئيس الوزراء وزير خارجية كازاخستان"
    office: str  # without the country: "وزير الخارجية"
    role: str
    country: str
    first: int  # word indices
    name: int
    former: bool
    # Someone else's title: "مستشار الرئيس الأمريكي", "زوجة الرئيس".
    served: bool = False
    person: Hashable | None = None


def _fits(tokens: list[Token], i: int, words: tuple[str, ...]) -> str | None:
    """The form of word ``i`` that starts ``words`` here, or None."""
    if not _run(tokens, i, len(words)):
        return None
    for expected, token in zip(words[1:], tokens[i + 1 :], strict=False):
        if token.norm != expected and not (expected == "*" and len(token.norm) > 2):
            return None
    return next((form for form in unclitic(tokens[i].norm) if form == words[0]), None)


def _printed(
    text: str, tokens: list[Token], first: int, last: int, form: str | None = None
) -> str:
    """Words ``first``..``last`` as printed, less the clitics ``form`` does without."""
    start, norm = tokens[first].start, tokens[first].norm
    if form and norm.startswith("لل") and form == "ا" + norm[1:]:  # لل = ل + ال
        return "ا" + text[start + 1 : tokens[last - 1].end]
    skip = len(norm) - len(form) if form else 0
    while skip > 0:
        skip -= bool(normalize(text[start]))
        start += 1
    return text[start : tokens[last - 1].end]


_PATTERNS_BY_FIRST: dict[str, list[_Pattern]] = {}
for _pattern in _PATTERNS:
    _PATTERNS_BY_FIRST.setdefault(_pattern.words[0], []).append(_pattern)


def _title_at(
    text: str,
    tokens: list[Token],
    i: int,
    countries: dict[int, Span],
    subject: Title | None,
) -> Title | None:
    """The title starting at word ``i``; a counterpart's takes ``subject``'s office."""
    found = _pattern_at(tokens, i, countries)
    if not found:
        return None
    pattern, form, country = found
    served = i > 0 and tokens[i].glued and _modified(tokens[i - 1])
    office, role = pattern.office, pattern.role
    if pattern.words[-1] == "*":
        office = f"{office} {_printed(text, tokens, i + 1, i + 2)}"
    if role is None:  # a counterpart
        if not subject:
            return None
        office, role = subject.office, subject.role
        printed = f"{office} {_printed(text, tokens, country.first, country.last)}"
    else:
        i, form = _chain(tokens, i, form)
        printed = _printed(text, tokens, i, country.last, form)
    name, former = _name_position(tokens, country.last, text)
    return Title(printed, office, role, country.key, i, name, former, served)


def _pattern_at(tokens: list[Token], i: int, countries: dict[int, Span]):
    """(pattern, form of word ``i``, country) of the title naming the longest
    country here; the first in the table on a tie."""
    best = None
    firsts = unclitic(tokens[i].norm)
    candidates = [p for f in firsts for p in _PATTERNS_BY_FIRST.get(f, [])]
    for pattern in sorted(candidates, key=_PATTERNS.index):
        form = _fits(tokens, i, pattern.words)
        country = countries.get(i + len(pattern.words))
        if not (form and country and tokens[country.first].glued):
            continue
        if country.adjective == pattern.adjective and (
            not best or country.last > best[2].last
        ):
            best = (pattern, form, country)
    return best


def _name_position(tokens: list[Token], at: int, text: str) -> tuple[int, bool]:
    """Where the holder's name starts after a title's country, past qualifiers and
    honorifics ("الجديد", "الشيخ", "عاهل الأردن، الملك"); and whether a qualifier
    says "former"."""
    former = False
    while at < len(tokens) and tokens[at].glued and tokens[at].norm in _QUALIFIERS:
        former |= tokens[at].norm in _FORMER
        at += 1
    if (
        at + 1 < len(tokens)
        and not tokens[at].glued
        and tokens[at].norm in HONORIFICS
        and tokens[at + 1].glued
        and _comma_after(text, tokens, at)
    ):
        at += 1
    while at < len(tokens) and tokens[at].glued and tokens[at].norm in HONORIFICS:
        at += 1
    return at, former


def _modified(token: Token) -> bool:
    return any(form in _MODIFIERS for form in unclitic(token.norm))


def _chain(tokens: list[Token], i: int, form: str) -> tuple[int, str]:
    """Where the printed title starts, taking in offices printed before it."""
    while True:
        for words in _PREFIXES:
            start = i - len(words)
            prefix = start >= 0 and tokens[i].glued and _fits(tokens, start, words)
            if prefix:
                i, form = start, prefix
                break
        else:
            return i, form


# --- one text -------------------------------------------------------------------------


class TextEntities:
    """Countries, titles and people that a gazetteer finds in one text."""

    def __init__(self, text: str, gazetteer: Gazetteer):
        self.text = text
        self.tokens = tokenize(text)
        self.countries = _scan(
            self.tokens, lambda i: _country_at(self.tokens, i, gazetteer)
        )
        titles = self._titles()
        # Whom someone else's title names ("مستشار الرئيس الأمريكي X") is no holder.
        self.served = {title.name for title in titles if title.served}
        self.titles = [title for title in titles if not title.served]
        self.people = self._people(gazetteer)
        starts = {span.first: span.key for span in self.people}
        self.titles = [
            replace(title, person=starts.get(title.name))
            if self._names(title)
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
            title = _title_at(
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

    def _names(self, title: Title) -> bool:
        """Whether a name may follow the title: next to it, or after one comma."""
        if title.name >= len(self.tokens):
            return False
        gap = self.text[self.tokens[title.name - 1].end : self.tokens[title.name].start]
        return self.tokens[title.name].glued or gap.strip() in {",", "،"}

    def _people(self, gazetteer: Gazetteer) -> list[Span]:
        titled = {t.name: t.country for t in self.titles if self._names(t)}
        spans: list[Span] = []
        seen: dict[Hashable, int] = {}
        i = 0
        while i < len(self.tokens):
            span = _person_at(self.tokens, i, gazetteer, seen, titled.get(i))
            if span:
                spans.append(span)
                seen[span.key] = len(spans)
            i = span.last if span else i + 1
        return spans


# --- proposals ------------------------------------------------------------------------

# Verbs that news puts before a person named on second mention ("وقال ترامب"); only
# those whose object needs a preposition or "أن", so the next word is their subject.
_REPORTING = frozenset(
    _NORMALIZED(
        """
        قال قالت يقول أضاف أضافت يضيف تابع تابعت استطرد استطردت أوضح أوضحت يوضح أشار
        أشارت يشير لفت لفتت شدد شددت يشدد أعرب أعربت يعرب حذر حذرت ذكر ذكرت رأى رأت
        يرى أفاد أفادت تعهد تعهدت صرح صرحت
        """.split()
    )
)
# Verbs that news puts before their subject too ("ودعا روحاني إلى"), trusted only
# before a word without the article ("أعلن الاتحاد" is no second mention).
_SUBJECT_FIRST = frozenset(
    _NORMALIZED("أكد أكدت أعلن أعلنت دعا دعت انتقد انتقدت".split())
)
# Titles printed without a country before a name on second mention ("الرئيس شي").
_BARE_TITLES = frozenset(
    _NORMALIZED("الرئيس الرئيسة الوزير الوزيرة المستشارة الملك السيد السيدة".split())
)
_FUNCTION_WORDS = """
    في من إلى على عن مع إن أن إنه أنه إنها أنها بأن لأن كان كانت قد لقد التي الذي الذين
    اللذين هذا هذه ذلك تلك هو هي هنا هناك اليوم أمس غدا يوم صباح مساء ليلة الليلة خلال
    بعد قبل عقب أثناء لدى حول ضد منذ حتى عند بين أمام دون غير إلا أو ثم كما لكن إذا إذ
    لو عندما حينما بينما حيث كي لكي ربما سواء أيضا جدا فقط لا لم لن ما عبر نحو كل كلا
    بشأن إزاء حيال بسبب ضمن وفق إثر جراء بهدف عدم مرة مرات مما أول لأول عام العام
    الأسبوع الشهر الماضي المقبل الجاري مجددا رسميا شخصيا هاتفيا رسالة زيارة بزيارة
    لزيارة الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
"""
_VERBS = """
    أكد أكدت يؤكد أعلن أعلنت يعلن دعا دعت يدعو طالب طالبت وصف وصفت يصف كشف كشفت نفى
    نفت أبدى أبدت أبلغ أبلغت اعتبر اعتبرت بحث يبحث التقى يلتقي استقبل يستقبل وصل يصل
    زار يزور غادر يغادر توجه يتوجه اجتمع يجتمع أجرى يجري تلقى يتلقى بعث يبعث هنأ يهنئ
    رحب يرحب عقد يعقد
"""
_TITLE_WORDS = """رئيس رئيسة وزير وزيرة وزراء نائب ولي نظيره نظيرته المتحدث سفير زعيم
    مستشار مستشارة مبعوث مدير عضو"""
# Prepositions with a pronoun: "جاء فيها", "قال عنه".
_BOUND_PREPOSITIONS = """فيه فيها فيهم فيهما منه منها منهم عنه عنها عنهم له لها لهم
    إليه إليها إليهم عليه عليها عليهم معه معها معهم به بها بهم لديه لديها"""
# Words that end a name: function and time words, verbs, the heads of titles.
_NOT_NAMES = (
    _REPORTING
    | _BARE_TITLES
    | frozenset(
        _NORMALIZED(
            f"{_FUNCTION_WORDS} {_BOUND_PREPOSITIONS} {_VERBS} {_TITLE_WORDS}".split()
        )
    )
)
# Names that normalize as a function word does, and how the word is spelled:
# "على"/"علي" (Ali), "أمام"/"إمام" (Imomali).
_SPELLED_STOPS = {"علي": "على", "امام": "أمام"}
_NOT_NAMES -= _SPELLED_STOPS.keys()
_WORD_ONLY = re.compile("[\u064b-\u065f\u0670\u0640]")
_CONNECTORS = frozenset(_NORMALIZED("بن ابن بنت عبد أبو أبي آل".split()))
_ARABIC_WORD = re.compile("[\u0621-\u064a]{2,}")
_MOST_WORDS = 5  # read so far; a five-word run must end earlier, at a reused word


@dataclass(frozen=True)
class ProposedPerson:
    name: str  # as printed
    title: str
    role: str
    country_key: str


def name_word(token: Token, position: int) -> bool:
    """Whether a word may be the ``position``-th (from 0) of a person's name."""
    norm = token.norm
    if not _ARABIC_WORD.fullmatch(norm) or norm in _NOT_NAMES:
        return False
    if _SPELLED_STOPS.get(norm, "") == _WORD_ONLY.sub("", token.text):
        return False
    if position == 0:  # a given name takes no article or "و" ("ووزير")
        forms = unclitic(norm)
        return not any(f.startswith("ال") or f in _NOT_NAMES for f in forms)
    return not (norm.startswith("و") and len(norm) > 2)  # "ووزير", "وقع"


def _candidate(
    tokens: list[Token], first: int, known: set[int], *, apart: bool = False
) -> int:
    """Where the run of name-like words that starts at ``first`` ends, before any
    word that begins a known country or person; ``apart``: the first word need not
    follow the one before with only spaces between (a comma stands before it)."""
    last = first
    while (
        last < len(tokens)
        and last - first < _MOST_WORDS
        and (tokens[last].glued or apart and last == first)
        and last not in known
        and name_word(tokens[last], last - first)
    ):
        last += 1
    return last


def _short_form_at(tokens: list[Token], p: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand at ``p`` as a second mention: after a reporting verb
    or a bare title ("وقال ترامب", "الرئيس شي")."""
    if p < 1 or not _run(tokens, p - 1, len(words) + 1):
        return False
    if tuple(t.norm for t in tokens[p : p + len(words)]) != words:
        return False
    return any(
        f in _REPORTING
        or f in _BARE_TITLES
        or f in _SUBJECT_FIRST
        and not words[0].startswith("ال")  # "أعلن الاتحاد"
        for f in unclitic(tokens[p - 1].norm)
    )


def _confirmed_end(entities: TextEntities, first: int, last: int) -> int | None:
    """The end of the name, told by its reuse elsewhere in the text, or None when the
    text never reuses it: nothing else tells a name from ordinary words after it.

    A surname used alone ("دونالد ترامب" ... "وقال ترامب") ends the name. A given or
    family name used alone ("قال وانغ", "الرئيس شي") says only where the name starts;
    the short syllables of an East Asian name may follow it ("وانغ يي", "شي جين بينغ").
    """
    tokens = entities.tokens
    words = tuple(t.norm for t in tokens[first:last])
    elsewhere = [p for p in range(len(tokens)) if not first <= p < last]

    def reused(start: int, stop: int) -> bool:
        return any(_short_form_at(tokens, p, words[start:stop]) for p in elsewhere)

    def longest_reuse(start: int) -> int | None:
        stops = [
            stop for stop in range(start + 1, len(words) + 1) if reused(start, stop)
        ]
        return max(stops, default=None)

    # The first surname: words after the name may recur as other words.
    surnames = [
        stop for start in range(1, len(words)) if (stop := longest_reuse(start))
    ]
    if surnames:
        return first + min(surnames)
    end = longest_reuse(0)
    if end == 1:
        while end < min(len(words), 3) and _syllable(words[end]):
            end += 1
    return first + end if end else None


def _opens_name(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether a word after a comma may open a name: not "و" and a word ("واستقال"),
    unless a known name starts so ("وليد")."""
    return not token.norm.startswith("و") or token.norm in gazetteer.full_names.firsts


def _ends_known(words: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether ``words`` end with the surname of a known name that they do not
    start with: the words before it are then no given names."""
    return any(
        full[-1] == words[-1] and full[0] not in words[:-1]
        for full in gazetteer.full_names
        if len(full) >= 2
    )


def _unhashed(printed: str) -> str:
    """Words as printed without a hashtag's marks: "#مايك_بومبيو" -> "مايك بومبيو"."""
    return " ".join(_HASHTAG.sub(" ", printed).split())


def _comma_after(text: str, tokens: list[Token], last: int) -> bool:
    """Whether a comma, and nothing else, follows word ``last - 1``."""
    end = tokens[last - 1].end
    stop = tokens[last].start if last < len(tokens) else len(text)
    return text[end:stop].strip() in {",", "،"}


def _syllable(word: str) -> bool:
    return len(word) <= 4 or word.endswith("نغ")


def _proposals(entities: TextEntities, gazetteer: Gazetteer) -> list[ProposedPerson]:
    tokens = entities.tokens
    known = {span.first for span in [*entities.countries, *entities.people]}
    proposed: dict[str, ProposedPerson] = {}
    for title in entities.titles:
        if title.former or title.person is not None or title.name >= len(tokens):
            continue
        first = title.name
        apart = not tokens[first].glued and entities._names(title)
        read = _candidate(tokens, first, known, apart=apart)
        if read - first < 2:
            continue
        if apart:  # "الرئيس اليمني، عبدربه منصور هادي، ": between commas only
            closed = _comma_after(entities.text, tokens, read)
            last = read if closed and _opens_name(tokens[first], gazetteer) else None
        else:
            last = _confirmed_end(entities, first, read)
        # One word is too little to tell people apart; "محمد بن" is cut short.
        if (
            not last
            or not 2 <= last - first <= 4
            or tokens[last - 1].norm in _CONNECTORS
        ):
            continue
        words = tuple(t.norm for t in tokens[first:last])
        skeleton = _skeleton(words)
        if skeleton in gazetteer.skeletons or skeleton in proposed:
            continue  # known, perhaps by another spelling
        if any(_inside(words, full) for full in gazetteer.full_names):
            continue  # a known name's short form: "بن سلمان"
        if len(words) >= 3 and _ends_known(words, gazetteer):
            continue  # "إقناع ترامب", "ارتكب جيريمي هانت": words before a known name
        name = entities.text[tokens[first].start : tokens[last - 1].end]
        proposed[skeleton] = ProposedPerson(
            _unhashed(name), _unhashed(title.text), title.role, title.country
        )
    return list(proposed.values())


# --- public ---------------------------------------------------------------------------


def find_countries(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Country names and adjectives, in text order."""
    entities = TextEntities(text, gazetteer)
    return [entities.mention(span) for span in entities.countries]


def find_people(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Known people: full names by any spelling, short forms once introduced."""
    entities = TextEntities(text, gazetteer)
    return [entities.mention(span) for span in entities.people]


def propose_people(text: str, gazetteer: Gazetteer) -> list[ProposedPerson]:
    """Officials named after a title and a country whom the gazetteer lacks."""
    return _proposals(TextEntities(text, gazetteer), gazetteer)
