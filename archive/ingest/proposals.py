"""Officials whom the gazetteer lacks, named after a title: proposed people."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import partial

from archive.arabic import normalize
from archive.ingest.entities import TextEntities
from archive.ingest.gazetteer import Gazetteer
from archive.ingest.titles import GROUP, Title, serving
from archive.ingest.words import (
    HASHTAG,
    NORMALIZED,
    Token,
    comma_after,
    glued_run,
    inside,
    name_words,
    skeleton,
    unclitic,
)
from archive.vocabulary import OfficeRole

# Verbs that news puts before a person named on second mention ("وقال ترامب"); only
# those whose object needs a preposition or "أن", so the next word is their subject.
_REPORTING = frozenset(
    NORMALIZED(
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
    NORMALIZED("أكد أكدت أعلن أعلنت دعا دعت انتقد انتقدت".split())
)
# Meeting verbs put their subject, or their guest, right after them ("التقى العلولا
# رئيس الجمهورية"): a name there is one on second mention too.
_MEETING = frozenset(
    NORMALIZED("التقى التقت استقبل استقبلت اجتمع اجتمعت التقاه استقبله".split())
)
# Titles printed without a country before a name on second mention ("الرئيس شي").
_BARE_TITLES = frozenset(
    NORMALIZED("الرئيس الرئيسة الوزير الوزيرة المستشارة الملك السيد السيدة".split())
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
# Participles that report how something was said: "قال مادورو مخاطبا نائب الرئيس".
_SAYING = """مخاطبا متسائلا مضيفا مشيرا مؤكدا معربا قائلا موضحا مشددا لافتا داعيا
    محذرا منتقدا معتبرا"""
_VERBS = """
    أكد أكدت يؤكد أعلن أعلنت يعلن دعا دعت يدعو طالب طالبت وصف وصفت يصف كشف كشفت نفى
    نفت أبدى أبدت أبلغ أبلغت اعتبر اعتبرت بحث يبحث التقى يلتقي استقبل يستقبل وصل يصل
    زار يزور غادر يغادر توجه يتوجه اجتمع يجتمع أجرى يجري تلقى يتلقى بعث يبعث هنأ يهنئ
    رحب يرحب عقد يعقد
"""
_TITLE_WORDS = """رئيس رئيسة وزير وزيرة وزراء نائب ولي نظيره نظيرته المتحدث سفير زعيم
    مستشار مستشارة مبعوث مدير عضو ممثل ممثلة"""
_ALL_VERBS = (
    _REPORTING | _SUBJECT_FIRST | _MEETING | frozenset(NORMALIZED(_VERBS.split()))
)
# Prepositions with a pronoun: "جاء فيها", "قال عنه".
_BOUND_PREPOSITIONS = """فيه فيها فيهم فيهما منه منها منهم عنه عنها عنهم له لها لهم
    إليه إليها إليهم عليه عليها عليهم معه معها معهم به بها بهم لديه لديها"""
# Words that end a name: function and time words, verbs, the heads of titles.
_NOT_NAMES = (
    _REPORTING
    | _BARE_TITLES
    | frozenset(
        NORMALIZED(
            f"{_FUNCTION_WORDS} {_BOUND_PREPOSITIONS} {_VERBS} {_TITLE_WORDS}"
            f" {_SAYING}".split()
        )
    )
)
# Names that normalize as a function word does, and how the word is spelled:
# "على"/"علي" (Ali), "أمام"/"إمام" (Imomali).
_SPELLED_STOPS = {"علي": "على", "امام": "أمام"}
_NOT_NAMES -= _SPELLED_STOPS.keys()
_WORD_ONLY = re.compile("[\u064b-\u065f\u0670\u0640]")
_CONNECTORS = frozenset(NORMALIZED("بن ابن بنت عبد أبو أبي آل".split()))
_ARABIC_WORD = re.compile("[\u0621-\u064a]{2,}")
_MOST_WORDS = 5  # read so far; a five-word run must end earlier, at a reused word


@dataclass(frozen=True)
class ProposedPerson:
    name: str  # as printed
    title: str
    role: str
    country_key: str
    short: str = ""  # the words of the name the text uses alone: "ماتيس", "كيم"

    @property
    def spellings(self) -> list[str]:
        """The name, and what the text calls them on second mention ("وقال ماتيس",
        "وقال كيم"), as the gazetteer's ``add_person`` takes them."""
        # The short form may fold to the name itself ("كيم" alone): one alias each.
        if self.short and normalize(self.short) != normalize(self.name):
            return [self.name, self.short]
        return [self.name]


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
    # "ووزير", "وقع"; "للصحفيين" (to the journalists): no name starts with لل.
    return not (norm.startswith("و") and len(norm) > 2 or norm.startswith("لل"))


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


def _second_mentions(tokens: list[Token]) -> dict[tuple[str, ...], list[int]]:
    """Where runs of words stand as a second mention, after a reporting verb or a bare
    title ("وقال ترامب", "الرئيس شي"): each run of up to five words, with the first
    two places it stands. One pass, so a long text costs no more per name."""
    found: dict[tuple[str, ...], list[int]] = {}
    for p in range(1, len(tokens)):
        forms = unclitic(tokens[p - 1].norm)
        lead = any(f in _REPORTING or f in _BARE_TITLES or f in _MEETING for f in forms)
        if not lead and not any(f in _SUBJECT_FIRST for f in forms):
            continue
        if not lead and tokens[p].norm.startswith("ال"):
            continue  # "أعلن الاتحاد"
        for count in range(1, _MOST_WORDS + 1):
            if not glued_run(tokens, p - 1, count + 1):
                break
            places = found.setdefault(tuple(t.norm for t in tokens[p : p + count]), [])
            if len(places) < 2:
                places.append(p)
    return found


def _confirmed_end(
    entities: TextEntities, reuses: dict, first: int, last: int
) -> tuple[int, tuple[int, int]] | None:
    """The end of the name and the words of it reused alone, told by that reuse
    elsewhere in the text (``reuses``, of ``_second_mentions``), or None when the
    text never reuses it: nothing else tells a name from ordinary words after it.

    A surname used alone ("دونالد ترامب" ... "وقال ترامب") ends the name. A given or
    family name used alone ("قال وانغ", "الرئيس شي") says only where the name starts;
    the short syllables of an East Asian name may follow it ("وانغ يي", "شي جين بينغ").
    """
    words = tuple(t.norm for t in entities.tokens[first:last])

    def reused(start: int, stop: int) -> bool:
        places = reuses.get(words[start:stop], ())
        return any(not first <= p < last for p in places)

    def longest_reuse(start: int) -> int | None:
        stops = [
            stop for stop in range(start + 1, len(words) + 1) if reused(start, stop)
        ]
        return max(stops, default=None)

    # The first surname: words after the name may recur as other words.
    surnames = [
        (stop, start)
        for start in range(1, len(words))
        if (stop := longest_reuse(start))
    ]
    if surnames:
        stop, start = min(surnames)
        return first + stop, (first + start, first + stop)
    end = longest_reuse(0)
    if not end:
        return None
    short = (first, first + end)
    if end == 1:
        while end < min(len(words), 3) and _syllable(words[end]):
            end += 1
    return first + end, short


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
    return " ".join(HASHTAG.sub(" ", printed).split())


def _syllable(word: str) -> bool:
    return len(word) <= 4 or word.endswith("نغ")


def _proposals(entities: TextEntities, gazetteer: Gazetteer) -> list[ProposedPerson]:
    tokens = entities.tokens
    known = {span.first for span in [*entities.countries, *entities.people]}
    spans = [*entities.countries, *entities.people, *entities.organizations]
    covered = {i for span in spans for i in range(span.first, span.last)}
    reuses = _second_mentions(tokens)
    proposed: dict[str, ProposedPerson] = {}
    for title in entities.titles:
        if (
            title.former
            or title.person is not None
            or title.name >= len(tokens)
            or title.role == GROUP
        ):
            continue
        first = title.name
        apart = not tokens[first].glued and entities.names_follow(title)
        read = _candidate(tokens, first, known, apart=apart)
        if read - first < 2:
            continue
        if apart:  # "الرئيس اليمني، عبدربه منصور هادي، ": between commas only
            closed = comma_after(entities.text, tokens, read)
            last = read if closed and _opens_name(tokens[first], gazetteer) else None
            # What the text calls them after: "وقال ماتيس".
            short = (_confirmed_end(entities, reuses, first, read) or (None, None))[1]
        else:
            last, short = _confirmed_end(entities, reuses, first, read) or (None, None)
        # One word is too little to tell people apart; "محمد بن" is cut short.
        if (
            not last
            or not 2 <= last - first <= 4
            or tokens[last - 1].norm in _CONNECTORS
        ):
            continue
        _propose(entities, gazetteer, proposed, title, (first, last), short)
    for title in [*entities.titles, *map(partial(_aide, entities), entities.aides)]:
        if found := _apposed(entities, title, covered, reuses):
            short = _confirmed_end(entities, reuses, *found)
            _propose(entities, gazetteer, proposed, title, found, short and short[1])
    return _fuller(tokens, list(proposed.values()))


def _named_in_full(entities: TextEntities, words: tuple[str, ...]) -> bool:
    """Whether the text names a known person in full by the same surname, and
    another first word: "دونالد ترامب" beside "يحث ترامب"."""
    tokens = entities.tokens
    return any(
        span.last - span.first >= 2
        and tokens[span.last - 1].norm == words[-1]
        and words[0] not in unclitic(tokens[span.first].norm)
        for span in entities.people
    )


def _fuller(tokens: list[Token], people: list[ProposedPerson]) -> list[ProposedPerson]:
    """Of two proposed with one surname, the one the text prints in full more often:
    "سعد الحريري" (five times), not the headline's "احتجاز الحريري" (once)."""
    norms = [t.norm for t in tokens]

    def printed(person: ProposedPerson) -> int:
        words = list(name_words(person.name))
        size = len(words)
        return sum(norms[i : i + size] == words for i in range(len(norms)))

    times = {person.name: printed(person) for person in people}
    return [
        person
        for person in people
        if not any(
            name_words(other.name)[-1] == name_words(person.name)[-1]
            and times[other.name] > times[person.name]
            for other in people
        )
    ]


def _propose(
    entities: TextEntities,
    gazetteer: Gazetteer,
    proposed: dict[str, ProposedPerson],
    title: Title,
    span: tuple[int, int],
    short: tuple[int, int] | None,
) -> None:
    """Add the name of words ``span`` holding ``title``, unless known or cut short."""
    tokens, (first, last) = entities.tokens, span
    words = tuple(t.norm for t in tokens[first:last])
    start = tokens[first].start
    if _conjoined(entities, first):  # "محمد بن سلمان وجاريد كوشنر"
        words, start = (words[0][1:], *words[1:]), start + 1
    shape = skeleton(words)
    if shape in gazetteer.skeletons or shape in proposed:
        return  # known, perhaps by another spelling
    if any(inside(words, full) for full in gazetteer.full_names):
        return  # a known name's short form: "بن سلمان"
    if _ends_known(words, gazetteer) and (
        len(words) >= 3 or _named_in_full(entities, words)
    ):
        return  # "إقناع ترامب", "يحث ترامب": words before a known name
    name = entities.text[start : tokens[last - 1].end]
    alone = short and entities.text[tokens[short[0]].start : tokens[short[1] - 1].end]
    proposed[shape] = ProposedPerson(
        _unhashed(name),
        _unhashed(title.text),
        title.role,
        title.country,
        _unhashed(alone) if alone and short[1] <= last else "",
    )


def _apposed(
    entities: TextEntities, title: Title, covered: set[int], reuses: dict
) -> tuple[int, int] | None:
    """The words of a name printed right before the title it holds: (first, last),
    or None. Two or three words after a word that is no name, and told a name by a
    comma before the title ("قال أنور قرقاش، وزير الدولة الإماراتي"), a verb before
    it ("وقال ميخائيل بوغدانوف نائب وزير الخارجية الروسي"), or its surname reused."""
    tokens, text, last = entities.tokens, entities.text, title.first
    if title.former or title.counterpart or title.role == GROUP or last < 2:
        return None
    if title.person is not None:
        return None  # the title's own holder follows it
    if not text.startswith(title.text, tokens[last].start):
        return None  # "والرئيس الأميركي": another person joined by "و"
    comma = comma_after(text, tokens, last)
    if not tokens[last].glued and not comma:
        return None
    first = last
    while (
        first > 0
        and last - first < 4
        and (first == last or tokens[first].glued)
        and first - 1 not in covered
        and (name_word(tokens[first - 1], 1) or _conjoined(entities, first - 1))
    ):
        first -= 1
    if not name_word(tokens[first], 0):
        return None
    before = tokens[first - 1] if first and tokens[first].glued else None
    joined = _conjoined(entities, first)
    if before and not joined and (first - 1 in covered or name_word(before, 0)):
        return None  # a word that may be a name too: where the name starts is unclear
    forms = unclitic(before.norm) if before else ()
    # "قال" takes no object: the title after its subject is the subject's. After
    # "استقبل" or "دعا" it is the object's ("ودعت حنان عشراوي رئيس باراغواي").
    if comma or any(f in _REPORTING for f in forms):
        longest = 3
    elif joined or (
        not any(f in _ALL_VERBS for f in forms)
        and _confirmed_end(entities, reuses, first, last)
    ):
        longest = 2  # a reused surname does not tell a third word from the left
    else:
        return None
    return (first, last) if 2 <= last - first <= longest else None


def _conjoined(entities: TextEntities, first: int) -> bool:
    """Whether word ``first`` starts with the "و" that joins it to a known person's
    name just before ("بين ولي العهد السعودي محمد بن سلمان وجاريد كوشنر")."""
    token = entities.tokens[first]
    return (
        token.glued
        and token.norm.startswith("و")
        and any(span.last == first for span in entities.people)
    )


def _aide(entities: TextEntities, title: Title) -> Title:
    """Someone else's title as its aide holds it, with the words that make it so:
    "صهر ومستشار الرئيس الأمريكي" of the United States."""
    tokens, first = entities.tokens, title.first
    while first > 0 and tokens[first].glued and serving(tokens[first - 1]):
        first -= 1
    text = entities.text[tokens[first].start : tokens[title.name - 1].end]
    return replace(title, text=text, office=text, role=OfficeRole.OTHER, first=first)


def propose_people(text: str, gazetteer: Gazetteer) -> list[ProposedPerson]:
    """Officials named after a title and a country whom the gazetteer lacks."""
    return _proposals(TextEntities(text, gazetteer), gazetteer)
