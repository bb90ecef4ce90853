"""Meetings that news reports, sentence by sentence: who met whom, how, when, where.

A sentence reports a meeting when a cue says so (a meeting verb, a verb of talks bound
by "مع", a meeting noun bound to its participants by "مع"/"بين", "جمع" or a pronoun, a
phone or video cue) and at least two known people take part. Follow-up sentences about
the same people are the same meeting.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable
from dataclasses import dataclass, field

from archive.arabic import normalize
from archive.dates import PartialDate
from archive.ingest.datelines import date_in_sentence
from archive.ingest.entities import (
    HONORIFICS,
    Gazetteer,
    TextEntities,
    Title,
    Token,
    name_word,
    unclitic,
)
from archive.vocabulary import MeetingKind

IN_PERSON, PHONE, VIDEO = MeetingKind.IN_PERSON, MeetingKind.PHONE, MeetingKind.VIDEO


@dataclass
class MeetingDraft:
    kind: str
    date: PartialDate | None
    place: str
    sentence: str
    people: list[Hashable] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    titles: dict[Hashable, str] = field(default_factory=dict)


def _normalized(words: str) -> frozenset[str]:
    return frozenset(map(normalize, words.split()))


_MEETING_VERBS = _normalized(
    """التقى التقت التقيا التقوا يلتقي تلتقي يلتقيان اجتمع اجتمعت اجتمعا اجتمعوا يجتمع
    تجتمع يجتمعان استقبل استقبلت يستقبل تستقبل"""
)
# Verbs of talks, a meeting only with whom: "بحث الرئيس مع نظيره" (but "بحث الملف").
_TALK_VERBS = _normalized("بحث بحثت بحثا تباحث تباحثت تباحثا ناقش ناقشت ناقشا")
# A meeting noun's verb that names who met: "قمة جمعت بين X وY", "لقاء جمعه بـY".
_GATHERED = _normalized("جمع جمعت")
_GATHERED_HIM = _normalized("جمعه جمعها جمعته جمعتها")
# "لقائ": the hamza's seat before a suffix ("لقائه").
_MEETING_NOUNS = _normalized(
    "لقاء لقائ لقاءات اجتماع اجتماعات محادثات مباحثات مفاوضات استقبال قمة"
)
_PRONOUNS = ("هما", "ها", "ه")
_ENDINGS = ("", "ا", *_PRONOUNS)  # "ا": the indefinite object, "عقدا اجتماعا"
# Verbs that hold a meeting named by a noun: "أجرى محادثات", "عقد الجانبان اجتماعا".
_HOLDING_VERBS = _normalized("أجرى أجريا أجرت يجري تجري عقد عقدا عقدت يعقد تعقد")
_HOLDING_NOUNS = _normalized("عقد إجراء")
_BEFORE = _normalized("قبل")
_WITH, _BETWEEN = normalize("مع"), normalize("بين")
# Near a cue, a meeting yet to happen, which is no record of one: "من المقرر أن
# يلتقي", "قمة مرتقبة", "لقاء محتمل", "لعقد قمة", "سيلتقي", "عندما يلتقي".
_PLANNED = _normalized(
    """المقرر المقررة مقرر مقررة المرتقب المرتقبة مرتقب مرتقبة المحتمل المحتملة
    محتمل محتملة احتمال المنتظر المنتظرة المتوقع يعتزم تعتزم سوف المقبل المقبلة
    القادم القادمة لعقد لإجراء تمهيدا قبيل موعد ألغى ألغت إلغاء وافق وافقت
    يوافق اقترح اقترحت يقترح عرض عرضت يطلب تطلب إمكانية منفتحة منفتح الوشيك
    الوشيكة وشيك وشيكة سيشهد ستشهد التزامه التزامها استعداده استعدادها الإعدادات
    الاستعدادات التحضيرات تحضيرا لاستضافة قريبا"""
)
# When an imperfect meeting verb ("يلتقي", "يجري") tells of a day to come: a weekday
# but today's ("اليوم (الأحد)") or a past one ("الأحد الماضي"), "غدا", "لاحقا", a clock.
_WEEKDAYS = _normalized("الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت")
_PAST_DAY = _normalized("الماضي الفائت المنصرم أمس")
_TODAY = _normalized("اليوم")
_LATER = _normalized("غدا غد لاحقا الساعة")
# "سيزور موسكو ويلتقي": a future verb ("سـ") in the sentence of an imperfect one; not
# nouns that start alike ("سياسة", "سيارة", "ستة") nor names ("سيرغي", "سيول").
_FUTURE_VERB = re.compile("^[وف]?س[يتن][^ ]{3,6}$")
_NOT_FUTURE = tuple(
    map(normalize, "سياس سيار سياد سيطر سينا سيد ستين ستة ستا سيول سيري ستو".split())
)
# "أن" before a verb in the subjunctive: what is hoped, expected or feared ("من
# المتوقع أن تتركز محادثات", "احتمال أن يتخذ ... خلال لقائه").
_THAT = ("أن", "بأن", "وأن")
_NOT_VERBS = _normalized("يوم يونيو يوليو يناير")
# Receiving verbs: people joined by "و" to the first after it received together.
_RECEIVING = _normalized("استقبل استقبلت يستقبل تستقبل")
# Verbs whose object list ("التقى X Y، وZ") tells encounters one by one.
_MET = _normalized("التقى التقت يلتقي تلتقي")
_COORDINATE_HEADS = _normalized(
    """رئيس رئيسة وزير وزيرة نائب ولي زعيم زعيمة ملك أمير سفير مستشار المستشارة
    نظيره نظيرته"""
)
_BARE_HEADS = _normalized("الرئيس الرئيسة الزعيم الزعيمة العاهل المستشار المستشارة")
_BEFORE_UNDONE = _normalized("أن لن لم لا عندما حين حينما كي لكي")
_CALL_VERBS = _normalized("تلقى تلقت أجرى أجرت")
_CALLS = _normalized("اتصال اتصالا")
_ON = _normalized("على")
_FIRST_PERSON = re.compile("^[وف]?أ")
_VIDEO_LEADS = _normalized("عبر تقنية بتقنية رابط دائرة الاتصال اتصال")
_VIDEO_WORDS = _normalized("الفيديو فيديو المرئي مرئي")
_VIRTUAL = re.compile("^(ال)?افتراضي(ا|ه)?$")
_CONFERENCE = _normalized("مؤتمر مؤتمرا")
_SUMMIT = normalize("قمة")
# Encounters one after another, not one meeting of all: "على التوالي", "كل على حدة",
# "في اتصالين هاتفيين", "لقاءات".
_SEPARATELY = re.compile(
    "^((التوالي|حده|حدا|حدي|منفصل(ه|ا|ين|تين)?)"
    "|(ال)?(محادثت(ين|ان)|اتصال(ين|ان|ات)|مكالم(تين|تان|ات)|لقاء(ين|ات)"
    "|اجتماع(ين|ات))(ه|ها|هما)?)$"
)
_HOW = _normalized("في خلال عبر أثناء")
_RELATIVES = _normalized("الذي التي الذين اللذين اللتين اللواتي")
_TOWARDS = _normalized("في إلى")
# Words that open a reported clause: people before them are not the meeting's.
_CLAUSE_OPENERS = _normalized("إن أن إنه أنه إنها أنها بأن بأنه لأن")


def _forms(token: Token) -> tuple[str, ...]:
    return unclitic(token.norm)


def _is(token: Token, words: frozenset[str]) -> bool:
    return any(form in words for form in _forms(token))


def _meeting_noun(word: str) -> tuple[bool, bool] | None:
    """(with a pronoun, definite) when a normalized word is a meeting noun."""
    for form in unclitic(word):
        definite = form.startswith("ال")
        bare = form[2:] if definite else form
        for ending in _ENDINGS:
            if (
                bare.endswith(ending)
                and bare[: len(bare) - len(ending)] in _MEETING_NOUNS
            ):
                return ending in _PRONOUNS, definite
    return None


@dataclass(frozen=True)
class _Cue:
    kind: str
    at: int  # word index
    partner: int | None = None  # the "مع" or "بين" that names who met
    anaphoric: bool = False  # "اجتماعه", "الاجتماع": may point to a meeting told before
    pronoun: bool = False  # "اجتماعه": someone's, maybe not named in the sentence
    verb: bool = False
    talk: bool = False  # "بحث X مع Y": how, maybe told after ("في اتصال هاتفي")


def _cues(
    tokens: list[Token],
    first: int,
    last: int,
    named: set[int],
    planned: list[int] | None = None,
) -> list[_Cue]:
    """The cues of meetings in words ``first``..``last``, in text order; a video cue
    counts only where the sentence speaks of a meeting ("كلمة عبر الفيديو" is none).
    ``named``: the words that name people or their titles; ``planned`` gets where
    meetings to come are bound to their people ("قمته المرتقبة مع X")."""
    cues = []
    for i in range(first, last):
        if _phone(tokens, i, first, last):
            cue = _Cue(PHONE, i, _partner(tokens, i, last, 5))
        elif _video(tokens, i, first):
            cue = _Cue(VIDEO, i, _partner(tokens, i, last, 5))
        else:
            cue = _in_person(tokens, i, first, last, named)
        if cue and not _planned(tokens, i, first, last, named):
            cues.append(cue)
        elif (
            planned is not None
            and (cue.partner if cue else _bound_noun(tokens, i, last)) is not None
            and _planned(tokens, i, first, last, named)
        ):
            planned.append(i)
    if not _mentions_meeting(tokens, first, last):
        cues = [cue for cue in cues if cue.kind != VIDEO]
    return cues


def _bound_noun(tokens: list[Token], i: int, last: int) -> int | None:
    """The "مع"/"بين" binding a meeting noun, a summit too: "قمته المرتقبة مع"."""
    summit = any(f in _SUMMITS_HIS for f in _forms(tokens[i]))
    noun = summit or _meeting_noun(tokens[i].norm)
    return _partner(tokens, i, last, 4) if noun else None


_SUMMITS_HIS = _normalized("قمته قمتها قمتهما القمتين قمتين")


def _merged(cues: list[_Cue]) -> _Cue:
    """One cue for an encounter told by several: "محادثة هاتفية" is a call."""
    kinds = {cue.kind for cue in cues}
    kind = next(k for k in (VIDEO, PHONE, IN_PERSON) if k in kinds)
    partner = next((cue.partner for cue in cues if cue.partner is not None), None)
    pronoun = any(cue.pronoun for cue in cues)
    first = cues[0]
    return _Cue(kind, first.at, partner, first.anaphoric, pronoun, first.verb)


def _planned(
    tokens: list[Token], i: int, first: int, last: int, named: set[int] = frozenset()
) -> bool:
    """Whether the cue at word ``i`` tells of a meeting to come, or one not held."""
    norm = tokens[i].norm
    # "أن يعقد الرئيسان قمة": the verb that holds a meeting noun tells its tense.
    verb = i
    if _meeting_noun(norm):
        verb = next((at for at in range(i - 1, first - 1, -1) if _holds(tokens[at])), i)
    undone = verb > first and _is(tokens[verb - 1], _BEFORE_UNDONE)
    undone |= i > first and _is(tokens[i - 1], _BEFORE_UNDONE)
    # "للقاء": purpose; an imperfect verb ("يجتمع") is as planned as its sentence.
    purpose = norm[:1] == "ل" and bool(_meeting_noun(norm[1:]))
    # "ويلتقي": the tense past a conjunction.
    imperfect = any(
        form[:1] in "يت" and form in _MEETING_VERBS | _HOLDING_VERBS
        for form in _forms(tokens[verb])
    )
    # "قبل عقد اجتماع": before holding it.
    undone |= (
        verb != i
        and verb > first
        and _is(tokens[verb], _HOLDING_NOUNS)
        and _is(tokens[verb - 1], _BEFORE)
    )
    near = (
        range(first, last) if imperfect else range(max(first, i - 6), min(last, i + 9))
    )
    if imperfect and _to_come(tokens, first, last, named):
        return True
    return (
        undone
        or purpose
        or _subjunctive(tokens, i, first, named)
        or any(_is(tokens[at], _PLANNED) or _future(tokens[at]) for at in near)
    )


def _to_come(tokens: list[Token], first: int, last: int, named: set[int]) -> bool:
    """Whether words ``first``..``last`` name a time to come ("الأربعاء", "غدا", "عند
    الساعة 13.15") or hold a future verb ("سيزور")."""
    for at in range(first, last):
        token = tokens[at]
        if _is(token, _LATER):
            return True
        if _is(token, _WEEKDAYS):
            around = tokens[max(first, at - 2) : at] + tokens[at + 1 : at + 3]
            if not any(_is(t, _TODAY | _PAST_DAY) for t in around):
                return True
        if (
            at not in named
            and _FUTURE_VERB.match(token.norm)
            and not token.norm.lstrip("وف").startswith(_NOT_FUTURE)
        ):
            return True
    return False


def _subjunctive(tokens: list[Token], i: int, first: int, named: set[int]) -> bool:
    """Whether the cue at word ``i`` is in a clause opened by "أن" and a verb ("أن
    يلتقي", "أن تتركز"), before any relative pronoun (which tells of something
    else: "الاتفاق الذي وضع خلال محادثات")."""
    for at in range(i - 1, first - 1, -1):
        token = tokens[at]
        if _is(token, _RELATIVES):
            return False
        if _is(token, _CLAUSE_OPENERS):
            if token.text not in _THAT or at + 1 >= i or at + 1 in named:
                return False
            verb = tokens[at + 1].norm
            return (
                verb[:1] == "ي" and verb not in _NOT_VERBS or verb.startswith("تت")
            ) and len(verb) >= 4
    return False


def _holds(token: Token) -> bool:
    return _is(token, _HOLDING_VERBS)


def _future(token: Token) -> bool:
    """A meeting verb with a future or purpose prefix: "سيلتقي", "ليلتقي"."""
    return any(
        form[:1] in "سل" and form[1:] in _MEETING_VERBS | _HOLDING_VERBS
        for form in (token.norm, *_forms(token)[1:])
    )


def _partner(tokens: list[Token], i: int, last: int, reach: int) -> int | None:
    """The "مع" or "بين" in the ``reach`` words after a cue."""
    for at in range(i + 1, min(i + 1 + reach, last)):
        if _WITH in _forms(tokens[at]) or _BETWEEN in _forms(tokens[at]):
            return at
    return None


def _in_person(
    tokens: list[Token], i: int, first: int, last: int, named: set[int]
) -> _Cue | None:
    token = tokens[i]
    if _is(token, _MEETING_VERBS):
        # "وألتقي": the speaker's own plan; the past tense starts with a bare alif.
        if _FIRST_PERSON.match(token.text):
            return None
        # Someone named beside the verb, as subject or object ("الفندق الذي
        # استقبل كبار المشاهير" is no meeting).
        beside = set(range(i - 2, i)) | set(range(i + 1, i + 5))
        if not beside & named:
            return None
        return _Cue(IN_PERSON, i, _partner(tokens, i, last, 8), verb=True)
    if _is(token, _TALK_VERBS) and not _FIRST_PERSON.match(token.text):
        partner = _partner(tokens, i, last, 8)
        beside = set(range(i - 2, i)) | set(range(i + 1, i + 5))
        if partner is None or _BETWEEN in _forms(tokens[partner]):
            return None
        if not beside & named or partner + 1 >= last or not tokens[partner + 1].glued:
            return None
        if any(_meeting_noun(t.norm) for t in tokens[i + 1 : partner]):
            return None  # "بحث X في مباحثات مع Y": the noun's
        return _Cue(IN_PERSON, i, partner, verb=True, talk=True)
    noun = _meeting_noun(token.norm)
    if not noun:
        return None
    pronoun, definite = noun
    partner = _partner(tokens, i, last, 4)
    gathered = _gathered(tokens, i, last)
    if gathered is not None:  # "القمة التي جمعت بين X وY", "لقاء جمعه بـY"
        him = _is(tokens[gathered], _GATHERED_HIM)
        if partner is None or partner > gathered + 1:
            partner = gathered
        return _Cue(IN_PERSON, i, partner, definite or him, him)
    bilateral = i + 1 < last and tokens[i + 1].norm == normalize("ثنائية")
    # "عقد اجتماعا", "أجرى محادثات"; "عقد الاجتماع الخامس" is some meeting told before.
    held = not definite and any(_is(t, _HOLDING_VERBS) for t in tokens[first:i])
    # News speaks of summits to come as much as of summits held.
    summit = any(f.endswith(_SUMMIT) for f in _forms(token))
    # "مباحثات المستشارة الألمانية ... والعاهل الأردني": whose, named next.
    bound = pronoun or partner is not None or i + 1 in named
    if bilateral or held or not summit and bound:
        return _Cue(IN_PERSON, i, partner, pronoun or definite, pronoun)
    return None  # "الاجتماع الخامس لوزراء الخارجية": a meeting, but whose?


def _gathered(tokens: list[Token], i: int, last: int) -> int | None:
    """The "جمع" right after a meeting noun, perhaps past a relative ("التي")."""
    for at in range(i + 1, min(i + 3, last)):
        if not tokens[at].glued:
            return None
        if _is(tokens[at], _GATHERED | _GATHERED_HIM):
            return at
        if not _is(tokens[at], _RELATIVES):
            return None
    return None


def _phone(tokens: list[Token], i: int, first: int, last: int) -> bool:
    forms = _forms(tokens[i])
    if any(f.startswith(("هاتف", "الهاتف", "مكالم", "المكالم")) for f in forms):
        return True
    if not _is(tokens[i], _CALLS):
        return False
    # "تلقى اتصالا من", "اتصال مع X" (but "على اتصال مع": in touch).
    before = tokens[max(first, i - 4) : i]
    in_touch = i > first and _is(tokens[i - 1], _ON)
    bound = _partner(tokens, i, last, 2) is not None and not in_touch
    return bound or any(_is(t, _CALL_VERBS) for t in before)


def _video(tokens: list[Token], i: int, first: int) -> bool:
    if any(_VIRTUAL.match(form) for form in _forms(tokens[i])):
        return True
    before = tokens[max(first, i - 3) : i]
    return _is(tokens[i], _VIDEO_WORDS) and any(_is(t, _VIDEO_LEADS) for t in before)


def _mentions_meeting(tokens: list[Token], first: int, last: int) -> bool:
    return any(
        _is(t, _MEETING_VERBS | _CONFERENCE) or _meeting_noun(t.norm)
        for t in tokens[first:last]
    )


# --- sentences ----------------------------------------------------------------------

_BREAK = re.compile(r"[.!?؟؛…]+|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding spaces. A period after a
    one-letter abbreviation ("د.", "U.S.") or inside a number ends none."""
    spans, start = [], 0
    for match in _BREAK.finditer(text):
        if match[0] == "." and _no_break(text, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for start, end in spans:
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trimmed.append((start + lead, start + len(chunk.rstrip())))
    return trimmed


def _no_break(text: str, at: int) -> bool:
    before, after = text[:at].replace("\u0640", ""), text[at + 1 : at + 2]
    if before[-1:].isdigit() and after.isdigit():
        return True
    return bool(re.search(r"(?<![^\W_])[^\W\d_]$", before))


# --- meetings -------------------------------------------------------------------------


def find_meetings(
    body: str,
    *,
    gazetteer: Gazetteer,
    article_date: PartialDate | None,
    place: str | None,
) -> list[MeetingDraft]:
    """The meetings a text reports, in text order. People the gazetteer lacks take
    no part: propose them (``propose_people``) and add them first."""
    entities = TextEntities(body, gazetteer)
    return _Reader(body, entities, gazetteer, article_date, place).read()


@dataclass(frozen=True)
class _Sentence:
    start: int  # offsets
    end: int
    first: int  # word indices
    last: int


class _Reader:
    """One text read sentence by sentence, with the meetings found so far."""

    def __init__(self, body, entities, gazetteer, article_date, place):
        self.body, self.entities, self.tokens = body, entities, entities.tokens
        self.person_country = gazetteer.person_country
        self.article_date, self.place = article_date, place or ""
        starts = [token.start for token in self.tokens]
        self.sentences = [
            _Sentence(start, end, _index(starts, start), _index(starts, end))
            for start, end in split_sentences(body)
        ]
        self.referents = self._referents()
        self.starts = {span.first for span in entities.people}
        self.starts |= {title.first for title in entities.titles}
        self.naming_words = {
            i for span in entities.people for i in range(span.first, span.last)
        }
        self.naming_words |= {
            i
            for title in entities.titles
            if title.person is not None or title.first in self.referents
            for i in range(title.first, title.name)
        }
        self.drafts: list[MeetingDraft] = []

    def read(self) -> list[MeetingDraft]:
        for index, sentence in enumerate(self.sentences):
            # Who met in the sentence's encounter before: "التقى A B، كما اتصل بـC".
            subject = None
            for cue, first, last in self._segments(sentence):
                people = self._participants(index, cue, first, last, subject)
                if len(people) >= 2:
                    subject = people[0]
                    self._meeting(index, sentence, cue, people, first, last)
        return self.drafts

    def _segments(self, sentence: _Sentence) -> list[tuple[_Cue, int, int]]:
        """Each encounter the sentence tells: its cues, merged, and its words (the
        clause, cut before a cue that follows someone named: "التقى A بعد لقائه B")."""
        groups: list[list] = []  # cues, first, last, clause
        words, planned = self.naming_words, []
        for cue in _cues(self.tokens, sentence.first, sentence.last, words, planned):
            clause = self._clause(sentence, cue.at)
            if groups and groups[-1][3] == clause:
                if not self._new_encounter(groups[-1][0][-1], cue):
                    groups[-1][0].append(cue)  # "محادثة هاتفية", "اجتمع عبر الفيديو"
                    continue
                groups[-1][2] = cue.at
                groups.append([[cue], cue.at, clause[1], clause])
            else:
                groups.append([[cue], *clause, clause])
        # Whom a meeting to come binds met no one yet: "التقى A B قبل قمته المرتقبة
        # مع C".
        for group in groups:
            cut = [at for at in planned if group[0][-1].at < at < group[2]]
            group[2] = min(cut, default=group[2])
        return [(_merged(cues), first, last) for cues, first, last, _ in groups]

    def _new_encounter(self, previous: _Cue, cue: _Cue) -> bool:
        """Whether a cue starts another encounter: someone was named since the cue
        before; and, for a call, a new phrase began ("التقى A، كما تحدث هاتفيا مع B",
        but "اجتمع A عبر الفيديو مع B")."""
        if not self._mentions(previous.at, cue.at):
            return False
        if previous.talk and cue.kind != IN_PERSON and self._how(cue.at):
            return False  # "بحث X مع Y في اتصال هاتفي"
        words = range(previous.at + 1, cue.at + 1)
        return cue.kind == IN_PERSON or not all(self.tokens[i].glued for i in words)

    def _meeting(self, index, sentence, cue: _Cue, people, first, last) -> None:
        if self._one_by_one(cue, people, first, last) or any(
            _SEPARATELY.match(f) for t in self.tokens[first:last] for f in _forms(t)
        ):
            encounters = [[people[0], other] for other in people[1:]]
        else:
            encounters = [people]
        for encounter in encounters:
            if not self._told(set(encounter), cue):
                self.drafts.append(
                    self._draft(index, sentence, cue, encounter, first, last)
                )

    def _participants(
        self, index: int, cue: _Cue, first: int, last: int, subject: Hashable | None
    ) -> list[Hashable]:
        """Who met, subject first: all named around the cue; only those bound to its
        "بين"; or those bound to its "مع" and, as subject, someone named beside them
        ("خلال اجتماعه مع X، قال Y"), else whom "his" points to."""
        if cue.partner is None:  # a relative clause tells of something else
            last = next((i for i in range(cue.at, last) if self._relative(i)), last)
        mentions = self._mentions(first, last)
        if cue.verb and cue.partner is None and not self._has_subject(cue, mentions):
            return []
        if cue.partner is None:
            if _is(self.tokens[cue.at], _RECEIVING) and not self._received(
                cue, mentions
            ):
                return []
            people = [key for _, key in mentions]
            if len(people) == 1 and cue.pronoun and mentions[0][0] > cue.at:
                # "بعد استقباله X": his, if X is whom he received.
                received = self._mention_at(cue.at + 1) == mentions[0][0]
                return (
                    self._implied(index, cue.at, subject) + people if received else []
                )
            return people
        end = self._phrase_end(cue.partner, last)
        bound = [key for at, key in mentions if cue.partner < at < end]
        if _is(self.tokens[cue.partner], _GATHERED) or _BETWEEN in _forms(
            self.tokens[cue.partner]
        ):
            return bound
        # Not who speaks after a colon or a quotation: "قال X بعد اجتماع مع Y: ..."
        quoted = next((at for at in range(end, last) if self._quotes(at)), last)
        subjects = [
            key for at, key in mentions if at <= cue.partner or end <= at < quoted
        ]
        if not subjects and cue.pronoun:  # "وخلال لقائه مع X،"
            subjects = self._implied(index, cue.at, subject)
        return list(dict.fromkeys(subjects + bound)) if subjects and bound else []

    def _received(self, cue: _Cue, mentions: list[tuple[int, Hashable]]) -> bool:
        """Whether a receiving verb has a guest: "استقبل A، والشيخ B ... C" is A and
        B receiving C, no meeting of theirs when C is unknown."""
        after = [at for at, _ in mentions if at > cue.at]
        if len(after) < len(mentions):
            return True  # the host named before the verb: "A يستقبل B"
        return any(not self._coordinated(at)[0] for at in after[1:])

    def _coordinated(self, at: int) -> tuple[bool, bool]:
        """Whether the person named at word ``at`` is joined by "و" to whom is named
        before ("والشيخ X", "ورئيس كوريا الجنوبية"), and after a comma."""
        first = next((t.first for t in self.entities.titles if t.name == at), at)
        while first > 0 and _is(self.tokens[first - 1], HONORIFICS | _BARE_HEADS):
            first -= 1
        norm = self.tokens[first].norm
        bare = norm[1:]
        joined = norm[:1] == "و" and (
            bare.startswith(("ال", "و"))
            or bare in HONORIFICS
            or bare in _COORDINATE_HEADS
        )
        gap = self.body[self.tokens[first - 1].end : self.tokens[first].start]
        return joined, joined and bool(first) and any(c in gap for c in "،,")

    def _one_by_one(self, cue: _Cue, people: list[Hashable], first, last) -> bool:
        """Whether a meeting verb's objects, the later ones joined after a comma, are
        encounters one by one: "التقى A B، وC" (A met B, then C)."""
        if not cue.verb or cue.partner is not None or len(people) < 3:
            return False
        if not _is(self.tokens[cue.at], _MET):
            return False
        where = {key: at for at, key in self._mentions(first, last)}
        objects = [where.get(key) for key in people[1:]]
        if None in objects or objects[0] < cue.at:
            return False
        return not self._coordinated(objects[0])[0] and all(
            self._coordinated(at)[1] for at in objects[1:]
        )

    def _how(self, at: int) -> bool:
        """Whether the cue at word ``at`` tells how: "في اتصال", "خلال محادثة",
        "هاتفيا"."""
        token = self.tokens[at]
        if token.norm.startswith(("هاتفي", "بالهاتف", "عبر")):
            return True
        return at > 0 and _is(self.tokens[at - 1], _HOW)

    def _quotes(self, at: int) -> bool:
        """Whether a colon or a quotation mark stands before word ``at``."""
        gap = self.body[self.tokens[at - 1].end : self.tokens[at].start]
        return any(mark in gap for mark in ':"«“')

    def _has_subject(self, cue: _Cue, mentions: list[tuple[int, Hashable]]) -> bool:
        """Whether the verb's subject is among the people: named before it, or right
        after it ("التقى الأمير وليام رئيس الوزراء X": William, unknown, met X)."""
        before = any(at < cue.at for at, _ in mentions)
        return before or bool({cue.at + 1, cue.at + 2} & self.naming_words)

    def _implied(self, index: int, at: int, subject: Hashable | None) -> list[Hashable]:
        """Whom "his" at word ``at`` points to: the subject of the sentence's encounter
        before, else the first person named before in the sentence ("قال X إنه شدد
        خلال اجتماعه مع"), else the first the sentence before names."""
        if subject is not None:
            return [subject]
        sentence = self.sentences[index]
        mentions = self._mentions(sentence.first, at)
        if any(sentence.first <= t.first < at for t in self.entities.titles):
            return [mentions[0][1]] if mentions else []  # a subject, unknown maybe
        if not mentions and index > 0:
            before = self.sentences[index - 1]
            mentions = self._mentions(before.first, before.last)
        return [mentions[0][1]] if mentions else []

    def _relative(self, at: int) -> bool:
        return _is(self.tokens[at], _RELATIVES)

    def _mention_at(self, at: int) -> int | None:
        """Where the person whose mention (or title) starts at word ``at`` is named."""
        for title in self.entities.titles:
            if title.first == at:
                return title.name if title.person is not None else at
        return at if any(s.first == at for s in self.entities.people) else None

    def _phrase_end(self, partner: int, last: int) -> int:
        """Where the people bound to "مع"/"بين" end: at punctuation, unless a person
        or a title goes on ("بين وزير الخارجية الأمريكي، مايك بومبيو، وولي العهد")."""
        for at in range(partner + 1, last):
            token = self.tokens[at]
            goes_on = at in self.starts or (
                token.norm in HONORIFICS and at + 1 in self.starts
            )
            if not token.glued and not goes_on:
                return at
        return last

    def _draft(self, index, sentence, cue, people, first, last) -> MeetingDraft:
        date, context = self._date(index, set(people))
        titles = {}
        for title in self.entities.titles:
            key = (
                title.person
                if title.person is not None
                else self.referents.get(title.first)
            )
            if first <= title.first < last and key in people:
                titles.setdefault(key, title.text)
        countries = (self.person_country.get(key) for key in people)
        return MeetingDraft(
            kind=cue.kind,
            date=date,
            place=self.place or self._named_place(index, context),
            sentence=self.body[sentence.start : sentence.end],
            people=people,
            countries=list(dict.fromkeys(c for c in countries if c)),
            titles=titles,
        )

    def _referents(self) -> dict[int, Hashable]:
        """People that titles printed without a name stand for ("خلال اجتماعه مع وزير
        خارجية طاجيكستان،"): whom the text named earlier with that office."""
        introduced: dict[tuple[str, str], Hashable] = {}
        referents = {}
        for title in self.entities.titles:
            office = (title.role, title.country)
            if title.person is not None:
                introduced[office] = title.person
            elif office in introduced and not self._name_follows(title):
                referents[title.first] = introduced[office]
        return referents

    def _name_follows(self, title: Title) -> bool:
        """Whether a name, known or not, follows the title."""
        at = title.name
        return (
            at < len(self.tokens)
            and self.tokens[at].glued
            and name_word(self.tokens[at], 0)
        )

    def _clause(self, sentence: _Sentence, at: int) -> tuple[int, int]:
        """The words around ``at`` up to the nearest "إن"/"أن" on either side."""
        openers = [
            i
            for i in range(sentence.first, sentence.last)
            if _is(self.tokens[i], _CLAUSE_OPENERS)
        ]
        first = max((i for i in openers if i < at), default=sentence.first)
        last = min((i for i in openers if i > at), default=sentence.last)
        return first, last

    def _mentions(self, first: int, last: int) -> list[tuple[int, Hashable]]:
        """People named in words ``first``..``last`` or standing behind their titles:
        (word index, key) of each one's first mention, in text order."""
        # Not whom someone else serves: "صهر ومستشار الرئيس الأمريكي دونالد ترامب".
        found = [
            (s.first, s.key)
            for s in self.entities.people
            if first <= s.first < last and s.first not in self.entities.served
        ]
        found += [
            (title.first, self.referents[title.first])
            for title in self.entities.titles
            if first <= title.first < last and title.first in self.referents
        ]
        found.sort(key=lambda item: item[0])
        keys = dict.fromkeys(key for _, key in found)
        return [next(item for item in found if item[1] == key) for key in keys]

    def _told(self, people: set[Hashable], cue: _Cue) -> bool:
        """Whether an earlier sentence told this meeting: the same people, or, when
        the cue points back ("وخلال الاجتماع"), all of them or some of them."""
        for draft in self.drafts:
            told = set(draft.people)
            if people == told or cue.anaphoric and (people >= told or people <= told):
                return True
        return False

    def _date(
        self, index: int, people: set[Hashable]
    ) -> tuple[PartialDate | None, int]:
        """The sentence's own date, else that of the nearest earlier sentence naming
        one of the people (the lead often dates what later sentences tell), else the
        article's; and the sentence that gave it."""
        for earlier in range(index, -1, -1):
            sentence = self.sentences[earlier]
            named = {key for _, key in self._mentions(sentence.first, sentence.last)}
            if earlier == index or named & people:
                text = self.body[sentence.start : sentence.end]
                found = date_in_sentence(text, self.article_date)
                if found:
                    return found, earlier
        return self.article_date, index

    def _named_place(self, *indices: int) -> str:
        """A city the sentences name: "في مدينة شيان", "إلى العاصمة الروسية موسكو"."""
        for index in indices:
            sentence = self.sentences[index]
            for i in range(max(sentence.first, 1), sentence.last - 1):
                found = self._city_after(i)
                if found:
                    return found
        return ""

    def _city_after(self, i: int) -> str | None:
        tokens = self.tokens
        forms = _forms(tokens[i])
        if not {"مدينه", "العاصمه"} & set(forms):
            return None
        if not (tokens[i].norm.startswith("ب") or _is(tokens[i - 1], _TOWARDS)):
            return None
        at = i + 1
        if (
            "العاصمه" in forms
            and at + 1 < len(tokens)
            and tokens[at].norm.startswith("ال")
        ):
            at += 1  # "العاصمة الروسية موسكو"
        if at < len(tokens) and tokens[at].glued and name_word(tokens[at], 0):
            return tokens[at].text
        return None


def _index(starts: list[int], offset: int) -> int:
    """The first word at or after ``offset``."""
    return bisect.bisect_left(starts, offset)
