"""Meetings that news reports, sentence by sentence: who met whom, how, when, where.

A sentence reports a meeting when a cue says so (a meeting verb, a verb of talks bound
by "مع", a meeting noun bound to its participants by "مع"/"بين", "جمع" or a pronoun, a
phone or video cue) and at least two known people take part. Follow-up sentences about
the same people are the same meeting.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Hashable
from dataclasses import dataclass, field, replace

from archive.arabic import normalize
from archive.dates import PartialDate
from archive.ingest.datelines import date_in_sentence
from archive.ingest.entities import TextEntities
from archive.ingest.gazetteer import Gazetteer
from archive.ingest.proposals import name_word
from archive.ingest.titles import HONORIFICS, Title, printed_words
from archive.ingest.words import Token, unclitic
from archive.vocabulary import MeetingKind

IN_PERSON, PHONE, VIDEO = MeetingKind.IN_PERSON, MeetingKind.PHONE, MeetingKind.VIDEO


@dataclass(frozen=True)
class ParticipantDraft:
    """Who took part as the text names them: a known person, else an office of a
    country ("نظيره الطاجيكي") or of an organisation ("المبعوث الأممي")."""

    person: Hashable | None = None
    office: str = ""  # as printed, without the country: "وزير الخارجية"
    country: str | None = None  # ISO2
    organization: Hashable | None = None

    @property
    def names_someone(self) -> bool:
        """Whether a person, an office or an organisation, not a state alone."""
        return bool(
            self.person is not None or self.office or self.organization is not None
        )


@dataclass
class MeetingDraft:
    kind: str
    date: PartialDate | None
    place: str
    sentence: str
    participants: list[ParticipantDraft] = field(default_factory=list)

    @property
    def people(self) -> list[Hashable]:
        """The known people taking part."""
        return [p.person for p in self.participants if p.person is not None]

    @property
    def countries(self) -> list[str]:
        """The countries taking part, in the order their participants come."""
        return list(dict.fromkeys(p.country for p in self.participants if p.country))


def _normalized(words: str) -> frozenset[str]:
    return frozenset(map(normalize, words.split()))


_MEETING_VERBS = _normalized(
    """التقى التقت التقيا التقوا يلتقي تلتقي يلتقيان اجتمع اجتمعت اجتمعا اجتمعوا يجتمع
    تجتمع يجتمعان استقبل استقبلت يستقبل تستقبل استضاف استضافت يستضيف تستضيف"""
)
# Verbs of talks, a meeting only with whom: "بحث الرئيس مع نظيره" (but "بحث الملف").
_TALK_VERBS = _normalized(
    """بحث بحثت بحثا تباحث تباحثت تباحثا ناقش ناقشت ناقشا وقع وقعت وقعا وقعتا
    تحدث تحدثت تحدثا"""
)
# Verbs of speaking, whose "إلى" names whom as "مع" does: "تحدث السفير إلى نظيره".
_SPOKE = _normalized("تحدث تحدثت تحدثا")
_TO = normalize("إلى")
# A meeting verb whose object is a pronoun: "واستقبله X", "التقاه".
_MET_HIM = _normalized(
    """التقاه التقاها التقته التقتها استقبله استقبلها استقبلته استقبلتها استضافه
    استضافها استضافته استضافتها"""
)
_WITH_HIM = _normalized("معه معها")
# Signing by both sides: "وقع X وY وثيقة مشتركة", "شهد X وY توقيع اتفاقية".
_SIGNING = _normalized("وقع وقعت وقعا وقعتا شهد شهدت شهدا")
_SIGNED = _normalized(
    "وثيقة اتفاق اتفاقا اتفاقية اتفاقيات مذكرة مذكرات إعلان معاهدة توقيع"
)
# A meeting noun's verb that names who met: "قمة جمعت بين X وY", "لقاء جمعه بـY".
# ... or who took part: "اجتماع ثلاثي يضم وزراء", "القمة التي تجمع كلا من",
# "القمة بمشاركة رؤساء".
_GATHERED = _normalized("جمع جمعت يجمع تجمع ضم ضمت يضم تضم بمشاركة")
_ALONG = _normalized("بمشاركة")
_BILATERAL = _normalized("ثنائية الثنائية")
# A body's session, summit or meeting: "جلسة طارئة لمجلس الأمن", "قمة مجموعة السبع",
# "اجتماع وزراء خارجية حلف شمال الأطلسي".
_SESSIONS = _normalized("جلسة جلسته جلستها الجلسة جلسات قمة القمة اجتماع الاجتماع")
# ... named after them only: "أعلن الاتحاد الأوروبي ... الاجتماع" is no meeting of it.
_AFTER_ONLY = _normalized("قمة القمة اجتماع الاجتماع")
_GATHERED_HIM = _normalized("جمعه جمعها جمعته جمعتها")
# Whom the text named just before: "اجتماع جمعهما", "اتصال هاتفي جمع الرئيسين",
# "اتصال هاتفي بينهما", "لقاء بين الزعيمين".
_GATHERED_BOTH = _normalized("جمعهما جمعتهما بينهما")
_PAIRS = _normalized("الرئيسين الزعيمين الوزيرين الجانبين الطرفين الرجلين")
# ... as the subject, who met told by no name: "وفي مكالمة هاتفية اعتبر الزعيمان".
_PAIRED = _PAIRS | _normalized("الرئيسان الزعيمان الوزيران الجانبان الطرفان الرجلان")
# "لقائ": the hamza's seat before a suffix ("لقائه").
_MEETING_NOUNS = _normalized(
    """لقاء لقائ لقاءات اجتماع اجتماعات محادثات مباحثات مفاوضات مشاورات استقبال
    استضافة قمة"""
)
# A noun's "ة" written "ت" before a pronoun: "قمتهما" (but "قمت" is "I rose").
_SEATED = _normalized("قمت")
_PRONOUNS = ("هما", "ها", "ه")
_ENDINGS = ("", "ا", *_PRONOUNS)  # "ا": the indefinite object, "عقدا اجتماعا"
# Verbs that hold a meeting named by a noun: "أجرى محادثات", "عقد الجانبان اجتماعا".
_HOLDING_VERBS = _normalized(
    "أجرى أجريا أجرت يجري تجري يجريان عقد عقدا عقدت يعقد تعقد يعقدان"
)
_HOLDING_NOUNS = _normalized("عقد إجراء")
# Talks as a process between states: "المفاوضات بين X وY" (not a summit, an event).
_TALKS_UNDER_WAY = _normalized("المحادثات المباحثات المفاوضات المشاورات")
_BEFORE = _normalized("قبل")
_FOR_SAKE = _normalized("أجل بغية على باتجاه نحو")  # "اتفقا على عقد اجتماعات"
# A meeting said to be near: "لقاء قريب بينهما" (but "مصدر قريب من").
_SOON = _normalized("قريب قريبة")
# A meeting called for, not held: "دعا إلى جلسة طارئة", "طالبت بعقد اجتماع".
_CALLED = _normalized(
    "دعا دعت دعوا يدعو تدعو دعوة الدعوة طالب طالبت يطالب تطالب طلب طلبت يطلب تطلب"
)
_FOR = _normalized("إلى")
_WITH, _BETWEEN = normalize("مع"), normalize("بين")
# Near a cue, a meeting yet to happen, which is no record of one: "من المقرر أن
# يلتقي", "قمة مرتقبة", "لقاء محتمل", "لعقد قمة", "سيلتقي", "عندما يلتقي".
_PLANNED = _normalized(
    """المقرر المقررة مقرر مقررة المرتقب المرتقبة مرتقب مرتقبة المحتمل المحتملة
    محتمل محتملة احتمال المنتظر المنتظرة المتوقع يعتزم تعتزم سوف المقبل المقبلة
    القادم القادمة لعقد لإجراء تمهيدا قبيل موعد ألغى ألغت إلغاء وافق وافقت
    يوافق اقترح اقترحت يقترح عرض عرضت يطلب تطلب إمكانية منفتحة منفتح الوشيك
    الوشيكة وشيك وشيكة سيشهد ستشهد التزامه التزامها استعداده استعدادها الإعدادات
    الاستعدادات التحضيرات تحضيرا لاستضافة قريبا اقتراب متوقع متوقعة المتوقعة بهدف
    تنظيم لتنظيم ترتيب لترتيب يأمل تأمل يأملون اقتراح تحضر يحضر تستعد يستعد
    استعدادا عشية الموافقة موافقة موافقته موافقتها رغبة رغبته رغبتها يرغب ترغب
    يستبعد تستبعد نستبعد ينوي تنوي توقيت لتوقيت استئناف لاستئناف"""
)
# ... words of will that bind only what follows them ("أكد التزامه بعقد القمة"): after
# a cue they are what was said in it ("في اتصال هاتفي ... أكد التزامه بضمان").
_WILLING = _normalized(
    """التزامه التزامها استعداده استعدادها رغبة رغبته رغبتها يرغب ترغب موافقته
    موافقتها يأمل تأمل يأملون"""
)
_PLANNED_AFTER = _PLANNED - _WILLING
# When an imperfect meeting verb ("يلتقي", "يجري") tells of a day to come: a weekday
# but today's ("اليوم (الأحد)") or a past one ("الأحد الماضي"), "غدا", "لاحقا", a clock,
# "خلال ساعات".
_WEEKDAYS = _normalized("الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت")
_PAST_DAY = _normalized("الماضي الفائت المنصرم أمس")
_TODAY = _normalized("اليوم")
_LATER = _normalized("غدا غد لاحقا الساعة ساعات")
# "سيزور موسكو ويلتقي": a future verb ("سـ") in the sentence of an imperfect one; not
# nouns that start alike ("سياسة", "سيارة", "ستة", "سنوات") nor names ("سيرغي", "سيول",
# "سنغافورة").
_FUTURE_VERB = re.compile("^[وف]?س[يتن][^ ]{3,6}$")
_WILL_BE = _normalized("سيتم ستتم سيكون ستكون")  # too short for the pattern
_NOT_FUTURE = tuple(
    map(
        normalize,
        """سياس سيار سياد سيطر سينا سيد ستين ستة ستا سيول سيري ستو سنغاف سنوات سنتين سيئ
        ستيف""".split(),
    )
)
# "أن" before a verb in the subjunctive: what is hoped, expected or feared ("من
# المتوقع أن تتركز محادثات", "احتمال أن يتخذ ... خلال لقائه").
_THAT = ("أن", "بأن", "وأن")
_NOT_VERBS = _normalized("يوم يونيو يوليو يناير")
# Receiving verbs: people joined by "و" to the first after it received together.
_RECEIVING = _normalized("استقبل استقبلت يستقبل تستقبل استضاف استضافت يستضيف تستضيف")
# Verbs whose object list ("التقى X Y، وZ") tells encounters one by one.
_MET = _normalized("التقى التقت يلتقي تلتقي")
_COORDINATE_HEADS = _normalized(
    """رئيس رئيسة وزير وزيرة نائب ولي زعيم زعيمة ملك أمير سفير مستشار المستشارة
    نظيره نظيرته"""
)
_BARE_HEADS = _normalized("الرئيس الرئيسة الزعيم الزعيمة العاهل المستشار المستشارة")
_REACH = 20  # words a cue's tense or holder is looked for in, either way
_BEFORE_UNDONE = _normalized("أن لن لم لا عندما حين حينما كي لكي")
_THAT_NOUN = _normalized("أن")
_AFTER = _normalized("بعد")
_HISTORY = _normalized("منذ ذكرى الذكرى آخر")  # "ويعود آخر لقاء بينهما إلى"
_LAST = _normalized("آخر")
_TIME = _normalized("مرة")
_MAY = _normalized("قد")
_SINCE = _normalized("منذ")
_ABOUT = _normalized("بشأن حول بخصوص إزاء حيال تجاه")
# "على مجريات محادثاته": the course of talks briefed on, told of, not held here;
# "استمرار المحادثات": talks going on, no one's encounter today.
# "مشروع القمة", "الاتفاق التحضيري للقمة": a meeting planned, its project.
_COURSE = _normalized("مجريات استمرار مواصلة مشروع التحضيري التحضيرية")
# "قبل أي قمة", "عقد أي لقاء": any meeting at all, none that happened.
_ANY = _normalized("أي")
_THEN = _normalized("حينها حينذاك آنذاك وقتها الآونة")  # "في الآونة الأخيرة"
_LONG_SPELL = _normalized("الشهر العام السنة")
# Spells of days or more: "بعد يومين من القمة" (but "بعد يوم من لقائه": one trip).
_SPELL = _normalized(
    """يومين أيام أسبوع أسبوعين أسابيع شهر شهرين أشهر شهور عام عامين أعوام سنة
    سنتين سنوات"""
)
_CALL_VERBS = _normalized("تلقى تلقت أجرى أجرت")
_CALLS = _normalized("اتصال اتصالا اتصاله اتصالها اتصالهما")
_ON = _normalized("على")
_FIRST_PERSON = re.compile("^[وف]?أ")
_VIDEO_LEADS = _normalized("عبر تقنية بتقنية رابط دائرة الاتصال اتصال")
_VIDEO_WORDS = _normalized("الفيديو فيديو المرئي مرئي")
_VIRTUAL = re.compile("^(ال)?افتراضي(ا|ه)?$")
_CONFERENCE = _normalized("مؤتمر مؤتمرا")
_JOINT = _normalized("مشترك مشتركا")
_SUMMIT = normalize("قمة")
# Encounters one after another, not one meeting of all: "على التوالي", "كل على حدة",
# "في اتصالين هاتفيين", "لقاءات".
_SEPARATELY = re.compile(
    "^((التوالي|حده|حدا|حدي|منفصل(ه|ا|ين|تين)?)"
    "|(ال)?(محادثت(ين|ان)|اتصال(ين|ان|ات)|مكالم(تين|تان|ات)|لقاء(ين|ات)"
    "|اجتماع(ين|ات))(ه|ها|هما)?)$"
)
# Who stands for states in a meeting's words: "بين قادة الصين وروسيا", "يضم وزراء
# المياه والري في مصر والسودان".
_GROUPS = _normalized(
    """وزراء قادة زعماء رؤساء ممثلي ممثلين مسؤولي مسؤولين وفود وفدي دول حكومات"""
)
_STATES = _normalized("دول حكومات")  # whose officials, not who
_EACH = _normalized("كلا من")  # "تجمع كلا من X وY"
# Offices of an organisation printed before its name: "المبعوث الأممي", "وفد من حماس",
# "مفتشين من منظمة حظر الأسلحة الكيميائية", "بعثة من صندوق النقد".
_ORGANIZATION_OFFICES = _normalized(
    """المبعوث مبعوث المبعوثة مبعوثة الأمين أمين وفد وفدا الوفد ممثل ممثلو ممثلي
    ممثلين مندوب المندوب رئيس رئيسة زعيم قادة قيادات مسؤول مسؤولو مسؤولي مسؤولين
    المتحدث المدير مدير مفتشين مفتشي مفتشو المفتشين خبراء الخبراء بعثة"""
)
_GENERAL = _normalized("العام العامة")
# A visit to a state and talks held there, the hosts not named: "زار وفد من طالبان
# أوزبكستان حيث بحث عملية السلام" is the visitor's encounter with that state.
_VISITED = _normalized("زار زارت زارا")
_VISITS = _normalized("زيارة زيارته زيارتها")
_THERE = _normalized("حيث")
_TALKED_THERE = _normalized(
    """بحث بحثت بحثا ناقش ناقشت ناقشا التقى التقت التقيا اجتمع اجتمعت أجرى أجرت
    عقد عقدت"""
)
# Words that put a country in a phrase of its own, not a visit's object: "في قطر".
_PREPOSITIONS = _normalized("في من إلى على عن لدى مع عبر نحو")
# What links an office to its body: "وفد من حماس", "ممثلين عن قوات سوريا
# الديمقراطية", "وفد يمثل مجلس سوريا الديمقراطية".
_OF_BODY = _normalized("من عن يمثل تمثل يمثلون")
_HOW = _normalized("في خلال عبر أثناء")
_RELATIVES = _normalized("الذي التي الذين اللذين اللتين اللواتي")
_TOWARDS = _normalized("في إلى")
# Words that open a reported clause: people before them are not the meeting's.
_CLAUSE_OPENERS = _normalized("إن أن إنه أنه إنها أنها بأن بأنه لأن")
# Openers whose pronoun is the clause's subject, the speaker: "قال X إنه التقى Y".
_HE_THAT = _normalized("إنه أنه إنها أنها بأنه بأنها")


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
            stem = bare[: len(bare) - len(ending)] if bare.endswith(ending) else ""
            if stem in _MEETING_NOUNS:
                return ending in _PRONOUNS, definite
            if stem in _SEATED and ending in _PRONOUNS:  # "قمتهما", not "قمت"
                return True, definite
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
    him: bool = False  # "استقبله", "بحث معه": whom the sentence before named
    body: Hashable | None = None  # the organisation in session: "جلسة لمجلس الأمن"
    both: bool = False  # "اجتماع جمعهما": the two named just before
    group: int | None = None  # "اجتمع وزراء خارجية روسيا وإيران": who, as states


def _cues(
    tokens: list[Token],
    first: int,
    last: int,
    named: set[int],
    planned: list[int] | None = None,
    session: bool = False,
) -> list[_Cue]:
    """The cues of meetings in words ``first``..``last``, in text order; a video cue
    counts only where the sentence speaks of a meeting or a ``session`` ("كلمة عبر
    الفيديو" is none).
    ``named``: the words that name people or their titles; ``planned`` gets where
    meetings to come are bound to their people ("قمته المرتقبة مع X")."""
    cues = []
    for i in range(first, last):
        if _phone(tokens, i, first, last):
            cue = _Cue(
                PHONE, i, _partner(tokens, i, last, 5), both=_pair(tokens, i, last)
            )
        elif _video(tokens, i, first):
            cue = _Cue(
                VIDEO, i, _partner(tokens, i, last, 5), both=_pair(tokens, i, last)
            )
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
    if not session and not _mentions_meeting(tokens, first, last):
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
    him = any(cue.him for cue in cues)
    body = next((cue.body for cue in cues if cue.body is not None), None)
    both = any(cue.both for cue in cues)
    group = next((cue.group for cue in cues if cue.group is not None), None)
    return _Cue(
        kind,
        first.at,
        partner,
        first.anaphoric,
        pronoun,
        first.verb,
        him=him,
        body=body,
        both=both,
        group=group,
    )


def _planned(
    tokens: list[Token], i: int, first: int, last: int, named: set[int] = frozenset()
) -> bool:
    """Whether the cue at word ``i`` tells of a meeting to come, or one not held."""
    norm = tokens[i].norm
    # "أن يعقد الرئيسان قمة": the verb that holds a meeting noun tells its tense.
    verb = i
    if _meeting_noun(norm):
        back = range(i - 1, max(first, i - _REACH) - 1, -1)
        verb = next((at for at in back if _holds(tokens[at])), i)
    # "أن يلتقي" is yet to be, "أن اجتماعا عقد" was held; "قبل لقائه" was not yet.
    noun = bool(_meeting_noun(norm))
    before = (_BEFORE_UNDONE - _THAT_NOUN) | _BEFORE if noun else _BEFORE_UNDONE
    undone = (
        verb > first
        and _is(tokens[verb - 1], before if verb == i else _BEFORE_UNDONE)
        and not _after_past(tokens, verb)
    )
    undone |= i > first and _is(tokens[i - 1], before) and not _after_past(tokens, i)
    # "للقاء": purpose; an imperfect verb ("يجتمع") is as planned as its sentence.
    # A summit is no verbal noun: "البيان الختامي لقمة" is "of", not "to hold".
    purpose = norm[:1] == "ل" and bool(_meeting_noun(norm[1:])) and not _summit(norm)
    # "ويلتقي": the tense past a conjunction.
    imperfect = _imperfect(tokens[verb])
    # "وتستضيف إسطنبول الجمعة قمة": a noun takes the tense of the verb hosting it.
    if noun and verb == i:
        imperfect = any(_imperfect(t) for t in tokens[max(first, i - 4) : i])
    # "قمة غير مسبوقة تعقد بين": a meeting to be held, its verb after it;
    # "وسيشارك X في اجتماع": one to be attended.
    if noun and verb == i:
        if any(_imperfect(t) for t in tokens[i + 1 : min(last, i + 4)]):
            return True
        if i + 1 < last and _is(tokens[i + 1], _SOON):
            return True
        # "المباحثات بين الرئيسين ستركز على": what it will be about, told ahead.
        after = range(i + 1, min(last, i + 8))
        if any(at not in named and _future_verb(tokens[at]) for at in after):
            return True
        # "سيسأل بالطبع وبحزم بوتين عن التدخل خلال قمتهما": what will be done at it.
        before = range(max(first, i - 8), i)
        if any(at not in named and _future_verb(tokens[at]) for at in before):
            return True
    # "قبل عقد اجتماع", "من أجل عقد اجتماع", "اتفقا على عقد": before holding it,
    # or to hold it.
    undone |= (
        verb != i
        and verb > first
        and _is(tokens[verb], _HOLDING_NOUNS)
        and _is(tokens[verb - 1], _BEFORE | _FOR_SAKE)
    )
    # The words that tell the tense: a clause's worth around the cue, never more, so
    # that a long sentence costs no more per cue.
    first, last = max(first, i - _REACH), min(last, i + _REACH)
    # Plans told after "إنه"/"أن" are what was said ("قال X لنظيره في اتصال هاتفي
    # إنه يعتزم"), not the cue's.
    said = next((at for at in range(i + 1, last) if _says(tokens, at)), last)
    near = (
        range(first, said) if imperfect else range(max(first, i - 6), min(said, i + 9))
    )
    if imperfect and _to_come(tokens, first, said, named):
        return True
    return (
        undone
        or purpose
        or _called_for(tokens, i, first)
        or _subjunctive(tokens, i, first, named)
        or _since(tokens, i, first)
        or any(_is(tokens[at], _PLANNED_AFTER if at > i else _PLANNED) for at in near)
        # "القمة بين X وY ستعقد على الأرجح في سنغافورة": its verb may come late.
        or any(_future(tokens[at]) for at in range(max(first, i - 6), last))
        or any(_may(tokens, at) for at in range(max(first, i - 6), last - 1))
    )


def _says(tokens: list[Token], at: int) -> bool:
    """Whether word ``at`` opens a reported clause ("إن", "أنه"), not a time ("بعد
    أن")."""
    return _is(tokens[at], _CLAUSE_OPENERS) and not _is(
        tokens[at - 1], _AFTER | _BEFORE
    )


def _called_for(tokens: list[Token], i: int, first: int) -> bool:
    """Whether the meeting or session at word ``i`` is one someone called for: "دعا
    المندوبان، الاثنين، إلى جلسة طارئة", "طالب بعقد اجتماع" (but "دعا خلال
    الاجتماع إلى")."""
    if i - 1 < first:
        return False
    at = i - 1
    if _is(tokens[at], _HOLDING_NOUNS) and tokens[at].norm[:1] != "ب" and at > first:
        at -= 1  # "إلى عقد اجتماع"; "بعقد اجتماع" holds its own preposition
    if not (tokens[at].norm[:1] == "ب" or _is(tokens[at], _FOR)):
        return False
    return any(_is(t, _CALLED) for t in tokens[max(first, at - 10) : at])


def _imperfect(token: Token) -> bool:
    """Whether a word is a meeting or holding verb in the imperfect: "يلتقي",
    "ويعقد", "تعقد", "يعقدها"."""
    verbs = _MEETING_VERBS | _HOLDING_VERBS
    return any(
        form[:1] in "يت"
        and (form in verbs or any(form.removesuffix(p) in verbs for p in _PRONOUNS))
        for form in _forms(token)
    )


def _summit(word: str) -> bool:
    return any(form.endswith(_SUMMIT) for form in unclitic(word))


def _may(tokens: list[Token], at: int) -> bool:
    """Whether "قد" stands before an imperfect meeting verb at ``at``: "قمة قد تعقد"
    may be held, "قد عقد" was."""
    if not _is(tokens[at], _MAY):
        return False
    verb = tokens[at + 1].norm
    return verb[:1] in "يت" and verb in _MEETING_VERBS | _HOLDING_VERBS


def _since(tokens: list[Token], i: int, first: int) -> bool:
    """Whether the cue at word ``i`` is told as the past that today's news follows:
    "منذ القمة", "في ذكرى لقاء", "بعد أسبوع من القمة"."""
    before = range(max(first, i - 4), i)
    if any(_is(tokens[at], _HISTORY) for at in before):
        return True
    # "مفاوضات بشأن القمة": a meeting talked about, not one told.
    if any(_is(tokens[at], _ABOUT) for at in range(max(first, i - 2), i)):
        return True
    if i > first and _is(tokens[i - 1], _COURSE | _ANY):
        return True
    # "ومنذ بداية التقارب ... أوائل العام، التقى": since, told earlier in the clause.
    if any(_is(tokens[at], _SINCE) for at in range(max(first, i - 12), i)):
        return True
    # "الذي التقى كيم الشهر الفائت", "حيث التقى ... وكان حينها": older than the news.
    around = range(max(first, i - 12), min(len(tokens) - 1, i + 10))
    if any(_is(tokens[at], _THEN) for at in around):
        return True
    if any(_is(tokens[at], _LAST) and _is(tokens[at + 1], _TIME) for at in around):
        return True  # "زار روسيا آخر مرة في نوفمبر الماضي، حيث التقى"
    if any(
        _is(tokens[at], _LONG_SPELL) and _is(tokens[at + 1], _PAST_DAY) for at in around
    ):
        return True
    return any(_is(tokens[at], _AFTER) and _is(tokens[at + 1], _SPELL) for at in before)


def _after_past(tokens: list[Token], i: int) -> bool:
    """Whether "بعد أن" stands before the verb at ``i``: "بعد أن استقبل" tells
    what happened, "أن يستقبل" what may."""
    return (
        i >= 2
        and tokens[i].norm[:1] not in "يت"
        and _is(tokens[i - 2], _AFTER)
        and _is(tokens[i - 1], _THAT_NOUN)
    )


def _to_come(tokens: list[Token], first: int, last: int, named: set[int]) -> bool:
    """Whether words ``first``..``last`` name a time to come ("الأربعاء", "غدا", "عند
    الساعة 13.15") or hold a future verb ("سيزور")."""
    for at in range(first, last):
        token = tokens[at]
        if _is(token, _LATER):
            return True
        # "وتلتقي ميركل اليوم الرئيس": the day's programme; "يلتقي اليوم (الأحد)",
        # dated as news agencies date what they report, is today's news.
        if _is(token, _TODAY) and not any(
            _is(t, _WEEKDAYS) for t in tokens[at + 1 : min(last, at + 3)]
        ):
            return True
        if _is(token, _WEEKDAYS):
            around = tokens[max(first, at - 2) : at] + tokens[at + 1 : at + 3]
            if not any(_is(t, _TODAY | _PAST_DAY) for t in around):
                return True
        if at not in named and _future_verb(token):
            return True
    return False


def _future_verb(token: Token) -> bool:
    """Whether a word is a verb in the future: "سيزور", "وسيشارك", "سيتم"."""
    norm = token.norm
    if norm.lstrip("وف") in _WILL_BE:
        return True
    return bool(_FUTURE_VERB.match(norm)) and not norm.lstrip("وف").startswith(
        _NOT_FUTURE
    )


def _subjunctive(tokens: list[Token], i: int, first: int, named: set[int]) -> bool:
    """Whether the cue at word ``i`` is in a clause opened by "أن" and a verb ("أن
    يلتقي", "أن تتركز"), before any relative pronoun (which tells of something
    else: "الاتفاق الذي وضع خلال محادثات")."""
    for at in range(i - 1, max(first, i - _REACH) - 1, -1):
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
    if _is(token, _MET_HIM) or _is(token, _TALK_VERBS) and _with_him(tokens, i, last):
        return _Cue(IN_PERSON, i, verb=True, him=True)
    if _is(token, _MEETING_VERBS):
        # "وألتقي": the speaker's own plan; the past tense starts with a bare alif.
        if _FIRST_PERSON.match(token.text):
            return None
        # Someone named beside the verb, as subject or object ("الفندق الذي
        # استقبل كبار المشاهير" is no meeting), past where and when ("استقبل في
        # مقر إقامته في العاصمة الإيطالية وزير ...").
        after = _ADVERBIAL_REACH if _adverbial(tokens[i + 1 : last]) else 4
        beside = set(range(i - 2, i)) | set(range(i + 1, i + 1 + after))
        if not beside & named:
            group = _group_after(tokens, i, last, _ADVERBIAL_REACH)
            return None if group is None else _Cue(IN_PERSON, i, verb=True, group=group)
        return _Cue(IN_PERSON, i, _partner(tokens, i, last, 8), verb=True)
    if _signed(tokens, i, last, named):
        return _Cue(IN_PERSON, i, verb=True)
    if _is(token, _TALK_VERBS) and not _FIRST_PERSON.match(token.text):
        partner = _partner(tokens, i, last, 8)
        if partner is None and _is(token, _SPOKE):
            partner = _spoken_to(tokens, i, last)
        beside = set(range(i - 2, i)) | set(range(i + 1, i + 5))
        if partner is None or _BETWEEN in _forms(tokens[partner]):
            return None
        if not beside & named or partner + 1 >= last or not tokens[partner + 1].glued:
            return None
        if any(_meeting_noun(t.norm) for t in tokens[i + 1 : partner]):
            return None  # "بحث X في مباحثات مع Y": the noun's
        return _Cue(IN_PERSON, i, partner, verb=True, talk=True)
    if _joint_conference(tokens, i, last):
        return _Cue(IN_PERSON, i, _partner(tokens, i, last, 4))
    if _credentials(tokens, i, first, last):
        return _Cue(IN_PERSON, i)
    noun = _meeting_noun(token.norm)
    if not noun:
        return None
    pronoun, definite = noun
    partner = _partner(tokens, i, last, 4)
    relative = any(_is(t, _RELATIVES) for t in tokens[i + 1 : min(i + 3, last)])
    if partner is None and relative:
        partner = _partner(tokens, i, last, 6)  # "المحادثات التي استمرت ليومين بين"
    gathered = _gathered(tokens, i, last)
    if _pair(tokens, i, last):
        return _Cue(IN_PERSON, i, both=True)
    if gathered is not None:  # "القمة التي جمعت بين X وY", "لقاء جمعه بـY"
        him = _is(tokens[gathered], _GATHERED_HIM)
        if partner is None or partner > gathered + 1:
            partner = gathered
        return _Cue(IN_PERSON, i, partner, definite or him, him)
    bilateral = i + 1 < last and _is(tokens[i + 1], _BILATERAL)
    # "عقد اجتماعا", "أجرى محادثات"; "عقد الاجتماع الخامس" is some meeting told before.
    held = not definite and any(
        _is(t, _HOLDING_VERBS) for t in tokens[max(first, i - _REACH) : i]
    )
    # News speaks of summits to come as much as of summits held.
    summit = _summit(token.norm)
    # "مباحثات المستشارة الألمانية ... والعاهل الأردني": whose, named next.
    bound = pronoun or partner is not None or i + 1 in named
    among = partner is not None and _BETWEEN in _forms(tokens[partner])
    if bilateral or held or among or not summit and bound:
        return _Cue(IN_PERSON, i, partner, pronoun or definite, pronoun)
    group = _group_after(tokens, i, last, 2)  # "اجتماع وزراء خارجية روسيا وإيران"
    return None if group is None else _Cue(IN_PERSON, i, group=group)


def _group_after(tokens: list[Token], i: int, last: int, reach: int) -> int | None:
    """The word opening a group of states' officials in the ``reach`` words after a
    cue ("اجتمع السبت في موسكو وزراء خارجية روسيا وإيران"), none named singly."""
    for at in range(i + 1, min(i + 1 + reach, last)):
        if _is(tokens[at], _GROUPS - _STATES):
            return at
    return None


# Where or when, told between a meeting verb and whom it names: "في مقر إقامته",
# "بقصر الاتحادية", "اليوم", "الثلاثاء".
_ADVERBIAL_LEADS = _normalized("في اليوم أمس صباح مساء") | _WEEKDAYS
_ADVERBIAL_REACH = 10


def _adverbial(tokens: list[Token]) -> bool:
    """Whether the words open with where or when: "في مقر", "بقصر", "اليوم"."""
    if not tokens:
        return False
    norm = tokens[0].norm
    return norm in _ADVERBIAL_LEADS or norm[:1] == "ب" and len(norm) > 3


def _joint_conference(tokens: list[Token], i: int, last: int) -> bool:
    """Whether "مؤتمر صحفي مشترك مع Y" stands at word ``i``: a press conference
    alone is no encounter, one held jointly with someone is."""
    return (
        _is(tokens[i], _CONFERENCE)
        and any(_is(t, _JOINT) for t in tokens[i + 1 : min(i + 3, last)])
        and _partner(tokens, i, last, 4) is not None
    )


# An ambassador hands a head of state his credentials in person: "تسلم أوراق اعتماد
# سفير كوريا الشمالية", "قدم السفير أوراق اعتماده إلى الرئيس" (observers "دون أوراق
# اعتماد" are no ambassador).
_PAPERS = _normalized("أوراق")
_CREDENTIALS = _normalized("اعتماد اعتماده اعتمادها اعتمادهم")
_AMBASSADORS = _normalized("سفير السفير سفيرة السفيرة سفراء السفراء")


def _credentials(tokens: list[Token], i: int, first: int, last: int) -> bool:
    """Whether an ambassador's "أوراق اعتماد" stands at word ``i``."""
    if i == first or not _is(tokens[i], _CREDENTIALS):
        return False
    near = tokens[max(first, i - 8) : min(last, i + 3)]
    return _is(tokens[i - 1], _PAPERS) and any(_is(t, _AMBASSADORS) for t in near)


def _spoken_to(tokens: list[Token], i: int, last: int) -> int | None:
    """The "إلى" in the 8 words after a verb of speaking."""
    for at in range(i + 1, min(i + 9, last)):
        if _TO in _forms(tokens[at]):
            return at
    return None


def _with_him(tokens: list[Token], i: int, last: int) -> bool:
    """Whether "معه" follows a talk verb: "وبحث معه X العلاقات"."""
    return any(_is(t, _WITH_HIM) for t in tokens[i + 1 : min(i + 4, last)])


def _signed(tokens: list[Token], i: int, last: int, named: set[int]) -> bool:
    """Whether both sides signed, or saw signed, a document at word ``i``: "وقع
    الرئيس X وزعيم Y، الثلاثاء، وثيقة مشتركة", "شهد X وY توقيع اتفاقيات"."""
    if not _is(tokens[i], _SIGNING) or i + 1 not in named:
        return False
    return any(_is(t, _SIGNED) for t in tokens[i + 2 : min(last, i + 14)])


def _both(tokens: list[Token], at: int, last: int) -> bool:
    """Whether the gathering verb or "بين" at ``at`` names the two just named:
    "جمعهما", "جمع الرئيسين،", "بين الجانبين"."""
    pair = at + 1 < last and tokens[at + 1].glued and _is(tokens[at + 1], _PAIRS)
    # Not "جمعت الرئيسين المصري X والفرنسي Y": who they are follows.
    named_next = (
        at + 2 < last and tokens[at + 2].glued and tokens[at + 2].norm[:2] == "ال"
    )
    return _is(tokens[at], _GATHERED_BOTH) or pair and not named_next


def _pair(tokens: list[Token], i: int, last: int) -> bool:
    """Whether a meeting or call at word ``i`` "brought the two together" or was
    "between them": "جمع الرئيسين", "بينهما", "بين الزعيمين"."""
    for at in range(i + 1, min(i + 5, last)):
        if not tokens[at].glued:
            return False
        if _BETWEEN in _forms(tokens[at]) or _is(
            tokens[at], _GATHERED | _GATHERED_HIM | _GATHERED_BOTH
        ):
            return _both(tokens, at, last)
    return False


def _gathered(tokens: list[Token], i: int, last: int) -> int | None:
    """The "جمع" right after a meeting noun, perhaps past its name, adjectives and a
    relative ("القمة الثلاثية التي تجمع", "قمة مجموعة السبع التي جمعت"), or with
    the two it gathered as its object ("اجتماع جمعهما")."""
    for at in range(i + 1, min(i + 5, last)):
        if not tokens[at].glued:
            return None
        if _is(tokens[at], _GATHERED | _GATHERED_HIM | _GATHERED_BOTH):
            return at
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
    # "بعد اتصال بالملك سلمان", "اتصاله بنظيره": whom the call reached.
    reached = i + 1 < last and tokens[i + 1].glued and tokens[i + 1].norm[:1] == "ب"
    return bound or reached or any(_is(t, _CALL_VERBS) for t in before)


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
    last = _letter_before(text, at)
    if text[last : last + 1].isdigit() and text[at + 1 : at + 2].isdigit():
        return True
    one_letter = _LETTER.fullmatch(text[last : last + 1])
    return bool(one_letter) and not _WORD_CHAR.fullmatch(
        text[_letter_before(text, last) : last]
    )


def _letter_before(text: str, at: int) -> int:
    """Where the character before ``at`` stands, past tatweel ("د ـ."); -1 if none.
    It looks back only as far as it must: a period costs no copy of the text."""
    at -= 1
    while at >= 0 and text[at] == "\u0640":
        at -= 1
    return at


_LETTER = re.compile(r"[^\W\d_]")
_WORD_CHAR = re.compile(r"[^\W_]")


# --- meetings -------------------------------------------------------------------------


def find_meetings(
    body: str,
    *,
    gazetteer: Gazetteer,
    article_date: PartialDate | None,
    place: str | None,
    published: datetime.date | None = None,
) -> list[MeetingDraft]:
    """The meetings a text reports, in text order. People the gazetteer lacks take
    no part: propose them (``propose_people``) and add them first. "أمس", "اليوم"
    and weekdays count from the article's date, else from the day it was
    ``published``, which is never a meeting's date by default."""
    entities = TextEntities(body, gazetteer)
    reference = article_date
    if published and not (article_date and article_date.is_complete):
        reference = PartialDate.from_date(published)
    return _Reader(body, entities, gazetteer, article_date, place, reference).read()


@dataclass(frozen=True)
class _Sentence:
    start: int  # offsets
    end: int
    first: int  # word indices
    last: int


class _Reader:
    """One text read sentence by sentence, with the meetings found so far."""

    def __init__(self, body, entities, gazetteer, article_date, place, reference):
        self.body, self.entities, self.tokens = body, entities, entities.tokens
        self.person_country = gazetteer.person_country
        self.country_firsts = gazetteer.countries.firsts
        self.article_date, self.place = article_date, place or ""
        self.reference = reference  # what "أمس" and weekdays count from
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
        self.unnamed = self._unnamed()
        self.person_at = {span.first: span for span in entities.people}
        self.title_at = {title.first: title for title in entities.titles}
        self.title_starts = sorted(self.title_at)
        self.title_by_name = {title.name: title for title in reversed(entities.titles)}
        self.affiliations: dict[Hashable, ParticipantDraft] = {}
        for span in entities.organizations:
            self._organization_office(span)
        titled = {i for t in entities.titles for i in range(t.first, t.name)}
        self.party_at = {
            span.first: (span, ParticipantDraft(country=span.key))
            for span in entities.countries
            if not span.adjective and span.first not in titled
        }
        self.party_at |= {
            span.first: (span, ParticipantDraft(organization=span.key))
            for span in entities.organizations
        }
        self.naming_words |= {
            i
            for title in entities.titles
            if title.person is not None
            or title.first in self.referents
            or title.first in self.unnamed
            for i in range(title.first, title.name)
        }
        self.mention_list = self._all_mentions()
        self.offices = self._offices()
        self.mention_starts = [at for at, _ in self.mention_list]
        self.dates: dict[int, PartialDate | None] = {}  # each sentence's own
        self.openers: dict[int, list[int]] = {}  # each sentence's "إن"/"أن"
        self.drafts: list[MeetingDraft] = []

    def read(self) -> list[MeetingDraft]:
        for index, sentence in enumerate(self.sentences):
            # Who met in the sentence's encounter before: "التقى A B، كما اتصل بـC".
            subject, told = None, len(self.drafts)
            for cue, first, last in self._segments(sentence):
                people = self._participants(index, cue, first, last, subject)
                if len(people) == 1:  # the speaker is never his own counterpart
                    said_by = self._said_by(sentence, first, cue)
                    people = list(dict.fromkeys(said_by + people))
                if len(people) >= 2 and not self._older(index):
                    subject = people[0]
                    self._meeting(index, sentence, cue, people, first, last)
            if len(self.drafts) == told and not self._older(index):
                self._visit(index, sentence)
        return [
            draft
            for draft in self.drafts
            if not self._vaguer(draft) and not _internal(draft)
        ]

    def _said_by(self, sentence: _Sentence, first: int, cue: _Cue) -> list[Hashable]:
        """Who "he" is in a clause opened by "أنه" and a verb, not a name: the
        speaker named before it ("أعلن X أنه التقى Y", "أنه أكد لنظيره Y خلال
        القمة": X met Y)."""
        if first == sentence.first or not _is(self.tokens[first], _HE_THAT):
            return []
        if first + 1 in self.starts or first + 1 in self.naming_words:
            return []
        speakers = self._mentions(sentence.first, first)
        return [speakers[0][1]] if speakers else []

    def _vaguer(self, draft: MeetingDraft) -> bool:
        """Whether the draft names states only, and another one the same states by
        their officials: "مفاوضات بين طاجيكستان والصين" told again as "لقاء بين
        الرئيس X والرئيس Y"."""
        if any(p.names_someone for p in draft.participants):
            return False
        states = set(draft.countries)
        return any(
            other is not draft and states <= set(other.countries)
            for other in self.drafts
        )

    def _segments(self, sentence: _Sentence) -> list[tuple[_Cue, int, int]]:
        """Each encounter the sentence tells: its cues, merged, and its words (the
        clause, cut before a cue that follows someone named: "التقى A بعد لقائه B")."""
        groups: list[list] = []  # cues, first, last, clause
        words, planned = self.naming_words, []
        sessions = self._sessions(sentence)
        cues = _cues(
            self.tokens, sentence.first, sentence.last, words, planned, bool(sessions)
        )
        cues = sorted(cues + sessions, key=lambda cue: cue.at)
        for cue in cues:
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
        # "بين الرئيسين" after a meeting to come is that one: "ويجتمع X مع Y الاثنين،
        # في أول لقاء بين الرئيسين".
        if planned:
            groups = [g for g in groups if not all(c.both for c in g[0])]
        return [(_merged(cues), first, last) for cues, first, last, _ in groups]

    def _sessions(self, sentence: _Sentence) -> list[_Cue]:
        """Sessions of an organisation of states, held: "عقد مجلس الأمن جلسة",
        "جلسة طارئة لمجلس الأمن" (a cabinet's or a parliament's is no organisation
        the gazetteer holds, and one body alone meets no one)."""
        cues = []
        for i in range(sentence.first, sentence.last):
            if not _is(self.tokens[i], _SESSIONS):
                continue
            # Past whose ministers or leaders: "اجتماع لوزراء خارجية دول الناتو".
            grouped = i + 1 < sentence.last and _is(self.tokens[i + 1], _GROUPS)
            near = [*range(i + 1, min(i + (6 if grouped else 4), sentence.last))]
            if _is(self.tokens[i], _AFTER_ONLY):  # "قمة مجموعة السبع"
                if _gathered(self.tokens, i, sentence.last) is not None:
                    continue  # "... التي جمعت X وY": who met, named
            else:  # "مجلس الأمن في جلسة": or before
                near += range(max(0, i - 3), i)
            parties = (self.party_at[at][1] for at in near if at in self.party_at)
            body = next((p.organization for p in parties if p.organization), None)
            planned = _planned(
                self.tokens, i, sentence.first, sentence.last, self.naming_words
            )
            if body is not None and not planned:
                cues.append(_Cue(IN_PERSON, i, body=body))
        return cues

    def _visit(self, index: int, sentence: _Sentence) -> None:
        """A visit to a state and talks there, no counterpart named ("زار X موسكو
        حيث التقى ...", "بعد زيارة X لمصر ولقائه بمسؤولين"): the visitor met that
        state's hosts."""
        tokens = self.tokens
        for at in range(sentence.first, sentence.last):
            verb = _is(tokens[at], _VISITED)
            if not verb and not _is(tokens[at], _VISITS):
                continue
            first, last = self._clause(sentence, at)
            reach = range(at + 1, last if verb else min(last, at + 8))
            host = next((i for i in reach if self._visited(i, verb)), None)
            talks = host and next(
                (i for i in range(host + 1, min(host + 4, last)) if self._there(i)),
                None,
            )
            if not talks or _planned(tokens, talks, first, last, self.naming_words):
                continue
            visitor = self._mentions(first, host)
            if visitor:
                cue = _Cue(IN_PERSON, talks)
                people = [visitor[0][1], self.party_at[host][1]]
                self._meeting(index, sentence, cue, people, first, last)
            return

    def _visited(self, at: int, verb: bool) -> bool:
        """Whether a state is named at word ``at`` as a visit's object: bare after
        the verb, not in a phrase of its own ("للحركة في قطر", "بقطر"); "إلى X" or
        "لـX" after the noun."""
        if at not in self.party_at or self.party_at[at][1].country is None:
            return False
        token, before = self.tokens[at], self.tokens[at - 1]
        bare = token.norm in self.country_firsts
        if verb:
            return bare and not _is(before, _PREPOSITIONS)
        return _is(before, _FOR) or not bare and token.norm[:1] == "ل"

    def _there(self, at: int) -> bool:
        """Whether talks held on the visit are told at word ``at``: "حيث بحث",
        "والتقى"."""
        token = self.tokens[at]
        if _is(token, _THERE):
            return at + 1 < len(self.tokens) and _is(self.tokens[at + 1], _TALKED_THERE)
        if token.norm[:1] != "و":
            return False
        noun = _meeting_noun(token.norm)  # "ولقائه بمسؤولين"
        return _is(token, _TALKED_THERE) or bool(noun and noun[0])

    def _new_encounter(self, previous: _Cue, cue: _Cue) -> bool:
        """Whether a cue starts another encounter: someone was named since the cue
        before; and, for a call, a new phrase began ("التقى A، كما تحدث هاتفيا مع B",
        but "اجتمع A عبر الفيديو مع B")."""
        if not self._mentions(previous.at, cue.at):
            return False
        if previous.talk and cue.kind != IN_PERSON and self._how(cue.at):
            return False  # "بحث X مع Y في اتصال هاتفي"
        if previous.body is not None and cue.kind != IN_PERSON:
            return False  # how someone spoke in the session: "عبر الفيديو"
        words = range(previous.at + 1, cue.at + 1)
        return cue.kind == IN_PERSON or not all(self.tokens[i].glued for i in words)

    def _meeting(self, index, sentence, cue: _Cue, people, first, last) -> None:
        if self._process(cue, people):
            return
        if self._one_by_one(cue, people, first, last) or any(
            _SEPARATELY.match(f) for t in self.tokens[first:last] for f in _forms(t)
        ):
            encounters = [[people[0], other] for other in people[1:]]
        else:
            encounters = [people]
        quoted = self._quoted(sentence, cue)
        for encounter in encounters:
            if self._told(set(encounter), cue, quoted):
                continue
            draft = self._draft(index, sentence, cue, encounter, first, last)
            if not any(_retold(earlier, draft) for earlier in self.drafts):
                self.drafts.append(draft)

    def _paired(self, at: int, last: int) -> bool:
        """Whether word ``at`` names the two named before ("اعتبر الزعيمان"), not two
        it goes on to name ("بين الجانبين الفلسطيني والإسرائيلي")."""
        after = self.tokens[at + 1] if at + 1 < last else None
        named_next = after is not None and after.glued and after.norm[:2] == "ال"
        return _is(self.tokens[at], _PAIRED) and not named_next

    def _process(self, cue: _Cue, people: list[Hashable]) -> bool:
        """Whether states alone are in talks as a process, no one's encounter: "إن
        المفاوضات بين كوريا الشمالية والولايات المتحدة", "المحادثات بين السعودية
        وكندا مازالت مستمرة" (but "عقدت محادثات بين ..." was held)."""
        token = self.tokens[cue.at]
        if cue.verb or not any(f in _TALKS_UNDER_WAY for f in _forms(token)):
            return False
        held = any(_holds(t) for t in self.tokens[max(0, cue.at - 3) : cue.at])
        return not held and all(
            isinstance(k, ParticipantDraft) and not k.names_someone for k in people
        )

    def _participants(
        self, index: int, cue: _Cue, first: int, last: int, subject: Hashable | None
    ) -> list[Hashable]:
        """Who met, subject first: all named around the cue; only those bound to its
        "بين"; or those bound to its "مع" and, as subject, someone named beside them
        ("خلال اجتماعه مع X، قال Y"), else whom "his" points to."""
        if cue.him:
            return self._with_referent(index, first, last)
        if cue.both:
            return self._last_two(index, cue.at)
        if cue.group is not None:  # the states of a group, and whoever is named
            states = self._parties(cue.group - 1, last)
            if len(states) >= 2:
                return [*states, *(key for _, key in self._mentions(first, last))]
            if cue.body is None:
                return []  # "الاجتماع الخامس لوزراء الخارجية": whose?
        if cue.body is not None:  # the body's session, and who spoke in it
            named = [key for _, key in self._mentions(first, last)]
            return [ParticipantDraft(organization=cue.body), *named] if named else []
        if cue.partner is None:  # a relative clause tells of something else
            last = next((i for i in range(cue.at, last) if self._relative(i)), last)
        mentions = self._mentions(first, last)
        near = range(max(first, cue.at - 4), min(last, cue.at + 5))
        if not mentions and any(self._paired(at, last) for at in near):
            return self._last_two(index, cue.at)
        if cue.verb and cue.partner is None and not self._has_subject(cue, mentions):
            return []
        if cue.partner is None:
            if _is(self.tokens[cue.at], _RECEIVING) and not self._received(
                cue, mentions
            ):
                return []
            people = [key for _, key in mentions]
            if len(people) == 1 and self._verb_first(index, cue):
                # "كما تلقى اتصالا هاتفيا من X": the subject of the encounter before.
                return self._implied(index, cue.at, subject) + people
            if len(people) == 1 and cue.pronoun and mentions[0][0] > cue.at:
                # "بعد استقباله X": his, if X is whom he received.
                received = self._mention_at(cue.at + 1) == mentions[0][0]
                return (
                    self._implied(index, cue.at, subject) + people if received else []
                )
            return people
        end = self._phrase_end(cue.partner, last)
        bound = [key for at, key in mentions if cue.partner < at < end]
        bound += self._parties(cue.partner, end)
        # "جمعت X وY", "بين X وY" name everyone; "X ... بمشاركة Y" adds to X.
        among = _GATHERED - _ALONG
        partner = self.tokens[cue.partner]
        if _is(partner, among) or _BETWEEN in _forms(partner):
            return bound
        # Not who speaks after a colon or a quotation: "قال X بعد اجتماع مع Y: ..."
        quoted = next((at for at in range(end, last) if self._quotes(at)), last)
        subjects = [
            key for at, key in mentions if at <= cue.partner or end <= at < quoted
        ]
        if not subjects and cue.pronoun:  # "وخلال لقائه مع X،"
            subjects = self._implied(index, cue.at, subject)
        return list(dict.fromkeys(subjects + bound)) if subjects and bound else []

    def _parties(self, partner: int, end: int) -> list[ParticipantDraft]:
        """States and organisations taking part as the words after "بين"/"مع"/"تجمع"
        name them, one after another: "قمة ثلاثية بين الصين واليابان وكوريا
        الجنوبية", "يضم وزراء المياه في مصر والسودان", "اجتماعا بين طالبان ومبعوث
        أمريكا" (not "بحث مع X الوضع في سوريا": a topic)."""
        at = partner + 1
        while at < end and _is(self.tokens[at], _EACH):
            at += 1
        grouped = at < end and _is(self.tokens[at], _GROUPS)
        if grouped:  # past whose ministers
            at = next(
                (a for a in range(at, min(at + 5, end)) if a in self.party_at), at
            )
        parties = []
        while at in self.party_at and at < end:
            span, party = self.party_at[at]
            parties.append(party)
            at = span.last
        # "محادثات مع كوريا الشمالية": talks with a state, no one's encounter.
        alone = len(parties) < 2 and not grouped
        return [] if alone and _WITH in _forms(self.tokens[partner]) else parties

    def _organization_office(self, span) -> None:
        """An office of an organisation printed before its name ("المبعوث الأممي",
        "وفد من حماس", "الأمين العام للأمم المتحدة"): whoever is named right after
        holds it, else the office takes part unnamed."""
        head = span.first - 1
        of = head > 0 and self.tokens[head].glued and _is(self.tokens[head], _OF_BODY)
        if of:
            head -= 1
        if head < 0 or not self.tokens[span.first].glued:
            return
        if _is(self.tokens[head], _GENERAL) and head > 0:
            head -= 1  # "الأمين العام"
        if not _is(self.tokens[head], _ORGANIZATION_OFFICES):
            return
        # As printed, less a preposition glued to it: "بمفتشين من" -> "مفتشين".
        form = next(f for f in _forms(self.tokens[head]) if f in _ORGANIZATION_OFFICES)
        office = printed_words(self.body, self.tokens, head, span.first, form)
        office = " ".join(office.split())
        office = re.sub("^(وفدا|الوفد) ", "وفد ", office)  # as a list names it
        if of:  # "وفد من", "ممثلين عن": the office without its link
            office = office.rsplit(" ", 1)[0]
        party = ParticipantDraft(office=office, organization=span.key)
        self.naming_words.update(range(head, span.last))
        self.starts.add(head)
        person = self.person_at.get(span.last)
        if person is not None:
            self.affiliations[person.key] = replace(party, person=person.key)
        else:
            self.unnamed[head] = party

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
        first = self.title_by_name[at].first if at in self.title_by_name else at
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
        titled = bisect.bisect_left(self.title_starts, sentence.first)
        if titled < len(self.title_starts) and self.title_starts[titled] < at:
            return [mentions[0][1]] if mentions else []  # a subject, unknown maybe
        if not mentions and self.drafts:  # "وفي لقائه مع Y" after "لقائه مع X"
            return [self._key(self.drafts[-1].participants[0])]
        if not mentions and index > 0:
            before = self.sentences[index - 1]
            mentions = self._mentions(before.first, before.last)
        return [mentions[0][1]] if mentions else []

    @staticmethod
    def _key(participant: ParticipantDraft) -> Hashable:
        """The key a participant was found by: the person, else the draft itself."""
        return participant if participant.person is None else participant.person

    def _with_referent(self, index: int, first: int, last: int) -> list[Hashable]:
        """Who met when a pronoun stands for one of them ("واستقبله X", "وبحث معه
        X"): those the words name, and, when they name one, the first other person
        the sentence before names."""
        people = [key for _, key in self._mentions(first, last)]
        if len(people) >= 2:  # "زار X موسكو حيث التقاه Y": named in the sentence
            return people
        if not people or index == 0:
            return []
        before = self.sentences[index - 1]
        named = (key for _, key in self._mentions(before.first, before.last))
        referent = next((key for key in named if key not in people), None)
        return people + [referent] if referent is not None else []

    def _last_two(self, index: int, at: int) -> list[Hashable]:
        """The two people named last before word ``at``, in this sentence or the one
        before: "اتصال هاتفي جمع الرئيسين"."""
        start = self.sentences[max(index - 1, 0)].first
        named = list(dict.fromkeys(key for _, key in reversed(self._all_in(start, at))))
        # Named in a sentence telling history, the two met then, not now.
        here = {key for _, key in self._all_in(self.sentences[index].first, at)}
        if index and not set(named[:2]) <= here and self._older(index - 1):
            return []
        return named[:2][::-1] if len(named) >= 2 else []

    def _all_in(self, first: int, last: int) -> list[tuple[int, Hashable]]:
        """Every mention in words ``first``..``last``, repeats too."""
        lo = bisect.bisect_left(self.mention_starts, first)
        hi = bisect.bisect_left(self.mention_starts, last)
        return self.mention_list[lo:hi]

    def _verb_first(self, index: int, cue: _Cue) -> bool:
        """Whether the sentence opens with the encounter's verb, its subject left
        out: "كما تلقى اتصالا", "وتلقى"."""
        first = self.sentences[index].first
        opening = range(first, min(first + 2, cue.at + 1))
        verbs = _CALL_VERBS | _MEETING_VERBS | _HOLDING_VERBS
        return any(_is(self.tokens[at], verbs) for at in opening)

    def _relative(self, at: int) -> bool:
        return _is(self.tokens[at], _RELATIVES)

    def _mention_at(self, at: int) -> int | None:
        """Where the person whose mention (or title) starts at word ``at`` is named."""
        title = self.title_at.get(at)
        if title is not None:
            return title.name if title.person is not None else at
        return at if at in self.person_at else None

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
        offices = {key: self._office(key, first, last) for key in people}
        return MeetingDraft(
            kind=cue.kind,
            date=date,
            place=self.place or self._named_place(index, context),
            sentence=self.body[sentence.start : sentence.end],
            participants=_fewest([self._participant(key, offices) for key in people]),
        )

    def _office(self, key: Hashable, first: int, last: int) -> str:
        """The office the text gives a person: the first title in the encounter's
        words ``first``..``last``, else the latest one before."""
        held = self.offices.get(key, [])
        at = bisect.bisect_left(held, (first, ""))
        if at < len(held) and held[at][0] < last:
            return held[at][1]
        return held[at - 1][1] if at else ""

    def _offices(self) -> dict[Hashable, list[tuple[int, str]]]:
        """The titles of each person, (word index, office) in text order."""
        offices: dict[Hashable, list[tuple[int, str]]] = {}
        for title in self.entities.titles:
            key = title.person
            key = key if key is not None else self.referents.get(title.first)
            if key is not None:
                offices.setdefault(key, []).append((title.first, title.office))
        return offices

    def _participant(self, key: Hashable, offices: dict) -> ParticipantDraft:
        """A participant of a key: one unnamed already is, a person gets an office
        as printed in the encounter's words and the country the gazetteer gives."""
        if isinstance(key, ParticipantDraft):
            return key
        if key in self.affiliations:
            return self.affiliations[key]
        return ParticipantDraft(key, offices.get(key, ""), self.person_country.get(key))

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

    def _unnamed(self) -> dict[int, ParticipantDraft]:
        """Participants the text gives by office only ("نظيره الياباني", "مستشار
        النمسا"), by the word where their title starts."""
        return {
            title.first: ParticipantDraft(office=title.office, country=title.country)
            for title in self.entities.titles
            if title.person is None
            and title.first not in self.referents
            and not title.former
        }

    def _name_follows(self, title: Title) -> bool:
        """Whether a name, known or not, follows the title."""
        at = title.name
        return (
            at < len(self.tokens)
            and self.tokens[at].glued
            and name_word(self.tokens[at], 0)
        )

    def _clause(self, sentence: _Sentence, at: int) -> tuple[int, int]:
        """The words around ``at`` up to the nearest "إن"/"أن" on either side (not
        "بعد أن", "قبل أن": a time, no reported clause)."""
        if sentence.first not in self.openers:  # once a sentence, however many cues
            self.openers[sentence.first] = [
                i
                for i in range(sentence.first, sentence.last)
                if _is(self.tokens[i], _CLAUSE_OPENERS)
                and not (i > 0 and _is(self.tokens[i - 1], _AFTER | _BEFORE))
            ]
        openers = self.openers[sentence.first]
        here = bisect.bisect_left(openers, at)
        first = openers[here - 1] if here else sentence.first
        after = bisect.bisect_right(openers, at)
        last = openers[after] if after < len(openers) else sentence.last
        return first, last

    def _all_mentions(self) -> list[tuple[int, Hashable]]:
        """Everyone the text names or gives by office, (word index, key) in text
        order; not whom someone else serves ("صهر ومستشار الرئيس الأمريكي X")."""
        found = [
            (s.first, s.key)
            for s in self.entities.people
            if s.first not in self.entities.served
        ]
        found += [
            (title.first, self.referents[title.first])
            for title in self.entities.titles
            if title.first in self.referents
        ]
        found += list(self.unnamed.items())
        return sorted(found, key=lambda item: item[0])

    def _mentions(self, first: int, last: int) -> list[tuple[int, Hashable]]:
        """People named in words ``first``..``last`` or standing behind their titles:
        (word index, key) of each one's first mention, in text order."""
        lo = bisect.bisect_left(self.mention_starts, first)
        hi = bisect.bisect_left(self.mention_starts, last)
        firsts: dict[Hashable, int] = {}
        for at, key in self.mention_list[lo:hi]:
            firsts.setdefault(key, at)
        return [(at, key) for key, at in firsts.items()]

    def _told(self, people: set[Hashable], cue: _Cue, quoted: bool) -> bool:
        """Whether an earlier sentence told this meeting: the same people, or, when
        the cue points back ("وخلال الاجتماع"), all of them or some of them; or some
        of them when one of them tells it again in a quotation ("وقال X "استقبلت
        دولة الإمارات اليوم الرئيس Y")."""
        for draft in self.drafts:
            told = {self._key(p) for p in draft.participants}
            if people == told or cue.anaphoric and (people >= told or people <= told):
                return True
            if quoted and people <= told:
                return True
        return False

    def _quoted(self, sentence: _Sentence, cue: _Cue) -> bool:
        """Whether the cue stands inside a quotation opened earlier in its sentence."""
        before = self.body[sentence.start : self.tokens[cue.at].start]
        return any(mark in before for mark in '"«“')

    def _date(
        self, index: int, people: set[Hashable]
    ) -> tuple[PartialDate | None, int]:
        """The sentence's own date, else that of the nearest earlier sentence naming
        one of the people (the lead often dates what later sentences tell) and not
        telling history (a resignation months ago dates no talks today), else the
        article's; and the sentence that gave it."""
        for earlier in range(index, max(index - _LEAD, 0) - 1, -1):
            sentence = self.sentences[earlier]
            named = {key for _, key in self._mentions(sentence.first, sentence.last)}
            if earlier != index and (not named & people or self._older(earlier)):
                continue
            if self._own_date(earlier):
                return self._own_date(earlier), earlier
        return self.article_date, index

    def _own_date(self, index: int) -> PartialDate | None:
        """The date sentence ``index`` gives, read once."""
        if index not in self.dates:
            sentence = self.sentences[index]
            text = self.body[sentence.start : sentence.end]
            self.dates[index] = date_in_sentence(text, self.reference)
        return self.dates[index]

    def _told_when(self, index: int) -> PartialDate | None:
        """The sentence's date, else a month it names alone ("في أبريل الماضي"): too
        vague to date an encounter by, enough to tell one from the past."""
        own = self._own_date(index)
        if own is not None:
            return own
        sentence = self.sentences[index]
        text = self.body[sentence.start : sentence.end]
        return date_in_sentence(text, self.reference, vague=True) or self._last_spell(
            text
        )

    def _last_spell(self, text: str) -> PartialDate | None:
        """Last month or last year, said so ("الشهر الماضي", "العام الماضي")."""
        found = _LAST_SPELL.search(text)
        reference = self.reference
        if not found or not (reference and reference.is_complete):
            return None
        if "منذ" in text[: found.start()]:
            return None  # "منذ القمة ... الشهر الماضي": it dates what came since
        if found[1] in ("العام", "السنة"):
            return PartialDate(reference.year - 1)
        year, month = divmod(reference.year * 12 + reference.month - 2, 12)
        return PartialDate(year, month + 1)

    def _older(self, index: int) -> bool:
        """Whether sentence ``index`` dates what it tells over a week before the news
        ("خلال اجتماع 12 يونيو" in news of the 23rd, "في 20 مارس الماضي", "في
        2010"): history, or the cause of today's news, no encounter it reports."""
        date, reference = self._told_when(index), self.reference
        if not (date and date.year and reference and reference.is_complete):
            return False
        if date.day and date.month:
            last_day = date.as_date()
        else:  # "في مارس الماضي", "في 2010": the last day it may mean
            last_day = _month_end(date.year, date.month or 12)
        return (reference.as_date() - last_day).days > _NEWS_DAYS

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


_LAST_SPELL = re.compile(
    r"(?<!\w)(الشهر|العام|السنة) (?:الماضي|الماضية|المنصرم|الفائت)(?!\w)"
)
_LEAD = 30  # sentences back that may date an encounter: an article's, not a book's
_NEWS_DAYS = 7  # how old an encounter may be and still be the news


def _month_end(year: int, month: int) -> datetime.date:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def _internal(draft: MeetingDraft) -> bool:
    """Whether all who met serve one state or body: its own meeting ("بعد لقاء مع
    ترامب وبومبيو" of an American minister), no encounter between parties."""
    sides = {p.country or p.organization for p in draft.participants}
    return len(sides) == 1 and None not in sides


def _retold(earlier: MeetingDraft, draft: MeetingDraft) -> bool:
    """Whether ``draft`` tells ``earlier`` again, its people once by name and once by
    office ("التقى وزير الخارجية السوري نظيره العراقي" ... "بحث وليد المعلم مع نظيره
    العراقي"): the same states and bodies, and no side with two different people
    (the king and the crown prince are two encounters)."""
    if _sides(earlier) != _sides(draft) or earlier.kind != draft.kind:
        return False
    return all(
        any(_same(p, q) for q in earlier.participants if _side(q) == _side(p))
        for p in draft.participants
    )


def _same(one: ParticipantDraft, other: ParticipantDraft) -> bool:
    """Whether two participants of one side may be one person: the same person; one
    named and one given by office, the same office printed for both (the queen is
    not the prime minister); both by office, their offices agreeing if printed."""
    if one.person is not None and other.person is not None:
        return one.person == other.person
    agree = _office_words(one) == _office_words(other)
    if one.person is not None or other.person is not None:
        return bool(one.office) and agree
    return not (one.office and other.office) or agree


def _office_words(participant: ParticipantDraft) -> str:
    return normalize(participant.office.removeprefix("ال"))


def _side(participant: ParticipantDraft) -> Hashable:
    return participant.country or participant.organization


def _sides(draft: MeetingDraft) -> set[Hashable]:
    return {_side(p) for p in draft.participants}


def _fewest(participants: list[ParticipantDraft]) -> list[ParticipantDraft]:
    """Less a state named alone whose official takes part already ("ترأس الرئيس
    الصيني القمة بمشاركة رؤساء الصين وروسيا": China once)."""
    named = {p.country for p in participants if p.names_someone}
    return [p for p in participants if p.names_someone or p.country not in named]


def _index(starts: list[int], offset: int) -> int:
    """The first word at or after ``offset``."""
    return bisect.bisect_left(starts, offset)
