"""Officials' titles bound to a country: "وزير الخارجية الصيني", "رئيس طاجيكستان"."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, replace

from archive.arabic import normalize
from archive.ingest.mentions import Span
from archive.ingest.words import (
    NORMALIZED,
    Token,
    comma_after,
    glued_run,
    name_words,
    unclitic,
)
from archive.vocabulary import OfficeRole

_R = OfficeRole
GROUP = ""  # the role of a delegation or a government: no one person's office
# (office, its form before an adjective, its form before a country's name, role);
# "*" is any one word ("وزير الدفاع الأمريكي", "وزير دفاع أمريكا").
_TITLE_TABLE = (
    ("الرئيس", "الرئيس", "رئيس", _R.HEAD_OF_STATE),
    ("الرئيسة", "الرئيسة", "رئيسة", _R.HEAD_OF_STATE),
    ("الرئيس", None, "رئيس جمهورية", _R.HEAD_OF_STATE),
    ("الرئيس", None, "رئيس دولة", _R.HEAD_OF_STATE),
    ("العاهل", "العاهل", "عاهل", _R.HEAD_OF_STATE),
    ("الملك", "الملك", "ملك", _R.HEAD_OF_STATE),
    ("الملكة", "الملكة", "ملكة", _R.HEAD_OF_STATE),
    ("الأمير", None, "أمير", _R.HEAD_OF_STATE),
    ("السلطان", None, "سلطان", _R.HEAD_OF_STATE),
    ("رئيس الوزراء", "رئيس الوزراء", "رئيس وزراء", _R.HEAD_OF_GOVERNMENT),
    ("رئيسة الوزراء", "رئيسة الوزراء", "رئيسة وزراء", _R.HEAD_OF_GOVERNMENT),
    ("رئيس الحكومة", "رئيس الحكومة", "رئيس حكومة", _R.HEAD_OF_GOVERNMENT),
    ("رئيسة الحكومة", "رئيسة الحكومة", "رئيسة حكومة", _R.HEAD_OF_GOVERNMENT),
    ("المستشار", "المستشار", "مستشار", _R.HEAD_OF_GOVERNMENT),
    ("المستشارة", "المستشارة", "مستشارة", _R.HEAD_OF_GOVERNMENT),
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
    # A minister of state's portfolio before the state: "وزير الدولة للشؤون المالية
    # الإماراتي".
    ("وزير الدولة للشؤون", "وزير الدولة للشؤون *", None, _R.MINISTER),
    ("وزيرة الدولة للشؤون", "وزيرة الدولة للشؤون *", None, _R.MINISTER),
    ("نائب الرئيس", "نائب الرئيس", "نائب رئيس", _R.OTHER),
    ("ولي العهد", "ولي العهد", "ولي عهد", _R.OTHER),
    # "الزعيم الكوري الشمالي", "زعيم كوريا الشمالية"; "زعيم المعارضة" names no country.
    ("الزعيم", "الزعيم", "زعيم", _R.HEAD_OF_STATE),
    ("نائب وزير الخارجية", "نائب وزير الخارجية", "نائب وزير خارجية", _R.OTHER),
    # A deputy or an assistant stands for the state as the minister would, not as
    # someone else's aide ("مستشار الرئيس"): "مساعد وزير الدفاع السعودي".
    ("نائب وزير", "نائب وزير *", "نائب وزير *", _R.OTHER),
    ("مساعد وزير", "مساعد وزير *", "مساعد وزير *", _R.OTHER),
    # Speakers, chiefs of staff and spy chiefs meet their peers for the state too:
    # "رئيس مجلس النواب الأردني", "رئيس أركان الجيش المصري", "مدير المخابرات
    # المصرية".
    ("رئيس البرلمان", "رئيس البرلمان", "رئيس برلمان", _R.OTHER),
    ("رئيس مجلس النواب", "رئيس مجلس النواب", None, _R.OTHER),
    ("رئيس مجلس الشورى", "رئيس مجلس الشورى", None, _R.OTHER),
    ("رئيس مجلس الشيوخ", "رئيس مجلس الشيوخ", None, _R.OTHER),
    ("رئيس أركان الجيش", "رئيس أركان الجيش", "رئيس أركان جيش", _R.OTHER),
    ("رئيس هيئة الأركان", "رئيس هيئة الأركان", None, _R.OTHER),
    ("قائد الجيش", "قائد الجيش", "قائد جيش", _R.OTHER),
    ("مدير المخابرات", "مدير المخابرات", "مدير مخابرات", _R.OTHER),
    ("رئيس المخابرات", "رئيس المخابرات", "رئيس مخابرات", _R.OTHER),
    ("السفير", "السفير", "سفير", _R.OTHER),
    ("السفيرة", "السفيرة", "سفيرة", _R.OTHER),
    ("المبعوث", "المبعوث", "مبعوث", _R.OTHER),
    ("المبعوثة", "المبعوثة", "مبعوثة", _R.OTHER),
    ("المندوب", "المندوب", "مندوب", _R.OTHER),
    ("المندوبة", "المندوبة", "مندوبة", _R.OTHER),
    # Who stands for a state without an office of one person: take part, propose
    # no one ("وفد من الكويت", "مسؤولين كوريين شماليين", "الحكومة الأردنية").
    ("وفد", "وفد", "وفد من", GROUP),
    ("وفد", "وفدا", "وفدا من", GROUP),
    ("وفد", None, "وفد", GROUP),  # "وفد تركيا", and "وفدا تركيا" where the
    ("وفد", None, "وفدا", GROUP),  # adjective is spelled as the country
    ("وفد", "الوفد", None, GROUP),
    # Its kind before its state: "وفدا برلمانيا أميركيا", "الوفد الحكومي المصري".
    ("وفد", "وفد *", None, GROUP),
    ("وفد", "وفدا *", None, GROUP),
    ("وفد", "الوفد *", None, GROUP),
    ("مسؤولون", "مسؤولين", "مسؤولين من", GROUP),
    ("مسؤولون", "مسؤولون", "مسؤولون من", GROUP),
    ("مسؤولون", "المسؤولين", None, GROUP),
    ("الحكومة", "الحكومة", "حكومة", GROUP),
    # A leader's wife stands for the state at visits, under no office of one.
    ("السيدة الأولى", "السيدة الأولى", None, GROUP),
    # Two holders, each adjective joined by "و": "الرئيسين الفرنسي والتركي",
    # "وزيري الدفاع الإسرائيلي ... والروسي".
    ("الرئيس", "الرئيسين", None, _R.HEAD_OF_STATE),
    ("الرئيس", "الرئيسان", None, _R.HEAD_OF_STATE),
    ("الزعيم", "الزعيمين", None, _R.HEAD_OF_STATE),
    ("الزعيم", "الزعيمان", None, _R.HEAD_OF_STATE),
    ("رئيس الوزراء", "رئيسي الوزراء", None, _R.HEAD_OF_GOVERNMENT),
    ("رئيس الوزراء", "رئيسا الوزراء", None, _R.HEAD_OF_GOVERNMENT),
    ("وزير الخارجية", "وزيري الخارجية", None, _R.FOREIGN_MINISTER),
    ("وزير الخارجية", "وزيرا الخارجية", None, _R.FOREIGN_MINISTER),
    ("وزير", "وزيري *", None, _R.MINISTER),
    ("وزير", "وزيرا *", None, _R.MINISTER),
    # A counterpart holds the office of the title named before it in the sentence.
    ("", "نظيره", None, None),
    ("", "نظيرته", None, None),
    # Two or more, each adjective joined by "و": "نظيريه الياباني والكوري الجنوبي".
    ("", "نظيريه", None, None),
    ("", "نظرائه", None, None),
    # Theirs, after several named: "وزراء خارجية ألمانيا وفرنسا مع نظيرهم الإيراني".
    ("", "نظيرهم", None, None),
    ("", "نظيرتهم", None, None),
    ("", "نظرائهم", None, None),
)


@dataclass(frozen=True)
class _Pattern:
    words: tuple[str, ...]
    adjective: bool  # followed by an adjective, else by a country's name
    office: str
    role: str | None
    then: tuple[str, ...] = ()  # words after the country that end the title


def _pattern_words(form: str) -> tuple[str, ...]:
    """A table form's words, normalized, with "*" kept (``name_words`` drops it)."""
    return tuple("*" if word == "*" else name_words(word)[0] for word in form.split())


_PATTERNS = [
    _Pattern(_pattern_words(form), form == before_adjective, office, role)
    for office, before_adjective, before_name, role in _TITLE_TABLE
    for form in (before_adjective, before_name)
    if form
]
# Titles printed around their country: "السيدة الأميركية الأولى".
_PATTERNS.append(
    _Pattern(
        _pattern_words("السيدة"), True, "السيدة الأولى", GROUP, _pattern_words("الأولى")
    )
)
# Offices printed before the one bound to the country: "نائب رئيس الوزراء وزير خارجية
# كازاخستان", "عضو مجلس الدولة ووزير الخارجية الصيني".
_PREFIXES = sorted(
    {p.words for p in _PATTERNS if p.adjective and p.role and len(p.words) > 1}
    | {name_words("عضو مجلس الدولة"), name_words("مستشار الدولة")},
    key=len,
    reverse=True,
)

# A word before the title that makes it someone else's: "نائب وزير الخارجية",
# "المتحدث باسم الرئيس", "زوجة الرئيس".
_MODIFIERS = frozenset(
    NORMALIZED(
        """نائب نائبة مساعد مساعدة مساعدي وكيل وكيلة مستشار مستشارة مستشاري مبعوث
        مبعوثة باسم زوجة عقيلة قرينة حرم ابنة ابن نجل شقيق شقيقة صهر والد والدة سفير
        سفيرة مكتب ديوان""".split()
    )
)
_SPOUSES = frozenset(NORMALIZED("زوجة عقيلة قرينة حرم".split()))
_LEADERS = frozenset((_R.HEAD_OF_STATE, _R.HEAD_OF_GOVERNMENT))
_FORMER = frozenset(
    NORMALIZED(
        """السابق السابقة الأسبق الأسبقة المنتخب المنتخبة المخلوع آنذاك حينها حينذاك
        وقتها""".split()
    )
)
_QUALIFIERS = _FORMER | frozenset(
    NORMALIZED("الجديد الجديدة الحالي الحالية المكلف المؤقت بالوكالة بالإنابة".split())
)
HONORIFICS = frozenset(
    NORMALIZED(
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
    counterpart: bool = False  # "نظيره الياباني": the subject's office
    pair: bool = False  # "الرئيسين الفرنسي والتركي": one of two, the next joined
    spouse: bool = False  # "قرينة الرئيس المصري": takes part, the name next served


def also_counterparts(
    text: str, title: Title, tokens: list[Token], countries: dict[int, Span]
) -> list[Title]:
    """The counterparts a counterpart's title goes on to name, each adjective joined
    by "و": "نظيريه الياباني والكوري الجنوبي" is two."""
    more = []
    at = title.name
    while (span := countries.get(at)) and span.adjective:
        if not tokens[at].norm.startswith("و") or not tokens[at].glued:
            break
        adjective = text[tokens[at].start + 1 : tokens[span.last - 1].end]
        printed = f"{title.office} {adjective}".strip()
        more.append(
            replace(title, text=printed, country=span.key, first=at, name=span.last)
        )
        at = span.last
    return more


def fits(tokens: list[Token], i: int, words: tuple[str, ...]) -> str | None:
    """The form of word ``i`` that starts ``words`` here, or None."""
    if not glued_run(tokens, i, len(words)):
        return None
    for at, expected in enumerate(words[1:], start=i + 1):
        norm = tokens[at].norm
        if norm != expected and not (expected == "*" and len(norm) > 2):
            return None
    return next((form for form in unclitic(tokens[i].norm) if form == words[0]), None)


def printed_words(
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


_PAIRS = frozenset(
    NORMALIZED("الرئيسين الرئيسان الزعيمين الزعيمان رئيسي رئيسا وزيري وزيرا".split())
)
_PATTERNS_BY_FIRST: dict[str, list[_Pattern]] = {}
for _pattern in _PATTERNS:
    _PATTERNS_BY_FIRST.setdefault(_pattern.words[0], []).append(_pattern)


def title_at(
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
    served = i > 0 and tokens[i].glued and serving(tokens[i - 1])
    office, role = pattern.office, pattern.role
    end = country.last + len(pattern.then)
    spouse = served and role in _LEADERS and _spouse(tokens[i - 1])
    if pattern.words[-1] == "*":  # the last word, whatever it is: "وزير الدفاع"
        wild = i + len(pattern.words) - 1
        office = f"{office} {printed_words(text, tokens, wild, wild + 1)}"
    if role is None:  # a counterpart, of another country than the subject's
        if subject and subject.country == country.key:
            subject = None  # the title was another official's
        # With no subject's title to share, the country alone: "والتقى بولتن نظيره
        # الكوري الجنوبي".
        office, role = (subject.office, subject.role) if subject else ("", GROUP)
        country_text = printed_words(text, tokens, country.first, country.last)
        printed = f"{office} {country_text}".strip()
    elif spouse:  # the wife takes part for the state; the name next is the leader's
        wife = printed_words(text, tokens, i - 1, i, spouse)
        i, office, role = i - 1, f"{wife} {office}", GROUP
        printed = printed_words(text, tokens, i, end, spouse)
    else:
        i, form = _chain(tokens, i, form)
        printed = printed_words(text, tokens, i, end, form)
    name, former = _name_position(tokens, end, text)
    return Title(
        printed,
        office,
        role,
        country.key,
        i,
        name,
        former,
        served,
        counterpart=pattern.role is None,
        pair=pattern.words[0] in _PAIRS,
        spouse=bool(spouse),
    )


def _pattern_at(tokens: list[Token], i: int, countries: dict[int, Span]):
    """(pattern, form of word ``i``, country) of the title naming the longest
    country here; the first in the table on a tie."""
    best = None
    firsts = unclitic(tokens[i].norm)
    candidates = [p for f in firsts for p in _PATTERNS_BY_FIRST.get(f, [])]
    for pattern in sorted(candidates, key=_PATTERNS.index):
        form = fits(tokens, i, pattern.words)
        country = countries.get(i + len(pattern.words))
        if not (form and country and tokens[country.first].glued):
            continue
        if not _ends(tokens, country.last, pattern.then):
            continue
        if country.adjective == pattern.adjective and (
            not best or country.last > best[2].last
        ):
            best = (pattern, form, country)
    return best


def _ends(tokens: list[Token], at: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` follow word ``at - 1`` with only spaces between."""
    if at + len(words) > len(tokens):
        return False
    after = tokens[at : at + len(words)]
    return all(t.glued and t.norm == word for t, word in zip(after, words, strict=True))


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
        and comma_after(text, tokens, at)
    ):
        at += 1
    while at < len(tokens) and tokens[at].glued and tokens[at].norm in HONORIFICS:
        at += 1
    return at, former


def serving(token: Token) -> bool:
    """Whether a word makes the title after it someone else's: "مستشار", "وصهر"."""
    return any(form in _MODIFIERS for form in unclitic(token.norm))


def _spouse(token: Token) -> str | None:
    """The form of a word that makes a leader's title his wife's: "وقرينة"."""
    return next((form for form in unclitic(token.norm) if form in _SPOUSES), None)


def _chain(tokens: list[Token], i: int, form: str) -> tuple[int, str]:
    """Where the printed title starts, taking in offices printed before it."""
    while True:
        for words in _PREFIXES:
            start = i - len(words)
            prefix = start >= 0 and tokens[i].glued and fits(tokens, start, words)
            if prefix:
                i, form = start, prefix
                break
        else:
            return i, form
