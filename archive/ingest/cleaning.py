"""An article's text without its page furniture, with its title and publication stamp.

HTML a scraper left in goes first, then control characters; furniture goes only as
whole lines (breadcrumbs, share buttons, related-link headings, stamps, copyright): a
line of the article itself is never cut.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from archive.arabic import MARKS
from archive.ingest.datelines import Dateline, locate_publication_stamp, parse_dateline
from archive.ingest.markup import strip_markup

# Headlines run to about fifteen words; longer first lines are leads without a stop.
MAX_TITLE_WORDS = 15
# Furniture lines are short; a "read also" link with its headline is the longest.
MAX_FURNITURE_WORDS = 25

# C0 and C1 controls but the line ends and tab that text is made of.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")
_MARKS = re.compile(f"[{MARKS}]")
_LETTER_FOLDS = str.maketrans("أإآٱىة", "اااايه")
_EDGE_PUNCTUATION = " \t:：|-–—•·»«<>.،,!؟?()[]*/\\\"'“”"
_SENTENCE_END = ".!?؟:…،,;؛"


def _plain(text: str) -> str:
    return _CONTROLS.sub("", _INVISIBLE.sub("", strip_markup(text)))


def clean_title(title: str) -> str:
    """An exporter's title as plain text on one line."""
    return " ".join(_plain(title).split())


def _fold(line: str) -> str:
    """Spelling-blind form of a short line: no marks, one alef, no edge punctuation."""
    folded = _MARKS.sub("", line).translate(_LETTER_FOLDS)
    return " ".join(folded.strip(_EDGE_PUNCTUATION).split())


def _folded_set(phrases: str) -> frozenset[str]:
    return frozenset(_fold(phrase) for phrase in phrases.strip().split("\n"))


# Whole lines that are page chrome wherever they stand.
_BOILERPLATE = _folded_set("""
صور ساخنة
مشاركة
شارك
شارك الخبر
شارك المقال
شارك هذا المقال
شارك هذا الخبر
مواضيع ذات صلة
موضوعات ذات صلة
مواضيع متعلقة
أخبار ذات صلة
أخبار متعلقة
روابط ذات صلة
مقالات ذات صلة
ذات صلة
اقرأ أيضا
اقرأ المزيد
شاهد أيضا
المزيد
طباعة
اطبع
طباعة الخبر
تابعونا
أرسل لصديق
إرسال لصديق
تعليقات
التعليقات
أضف تعليقا
الأكثر قراءة
الأكثر مشاهدة
كلمات مفتاحية
الكلمات المفتاحية
الكلمات الدالة
وسوم
الوسوم
رابط مختصر
نسخ الرابط
حجم الخط
فيسبوك
تويتر
واتساب
الصفحة الرئيسية
الرئيسية
أعلى الصفحة
إعلان
""")
# Lines that begin with these are links or follow-us bars, whatever follows.
_LEADS = tuple(
    _folded_set("""
اقرأ أيضا
اقرأ المزيد
شاهد أيضا
تابعونا
""")
)
# "label: short value" lines: "مشاركة : فيسبوك تويتر", "الكلمات المفتاحية: الصين".
_LABELS = _folded_set("""
مشاركة
شارك
الكلمات المفتاحية
كلمات مفتاحية
الكلمات الدالة
وسوم
الوسوم
رابط مختصر
الرابط المختصر
تاريخ النشر
نشر في
آخر تحديث
""")
_STAMP_WORDS = _folded_set("""
نشر
في
بتاريخ
تاريخ
النشر
آخر
تحديث
التحديث
الساعة
""")
_HOME = _folded_set("""
الرئيسية
الصفحة الرئيسية
الرئيسة
""")
_SOURCE_LINE = re.compile(
    r"/?\s*(?:ال)?مصدر\s*:\s*(?P<name>[^/:|\d]{1,60}?)\s*(?:/\s*|$)"
)
_RIGHTS = re.compile(r"حقوق(?:\s+\S+){0,3}\s+محفوظ|©")
_CRUMB = re.compile(r"\s*(?:>>|»|›|>|/|\\|\|)\s*")
_NO_DATELINE = Dateline(None, None, None)


@dataclass(frozen=True)
class CleanText:
    """An article as read from a page: title ("" when none), body in paragraphs
    separated by one blank line, and what the page's stamp says."""

    title: str
    body: str
    published_at: datetime.datetime | None
    source_name: str | None


@dataclass(frozen=True)
class _Furniture:
    published_at: datetime.datetime | None = None
    source_name: str | None = None


def _short(text: str, words: int) -> bool:
    return len(text.split()) <= words


def _stamp_line(line: str) -> _Furniture | None:
    """'/مصدر: شينخوا/ 2024:12:02.10:20', 'نشر في: 02/12/2024 10:20'."""
    located = locate_publication_stamp(line)
    if not located:
        return None
    stamp, start, end = located
    rest = line[:start] + " " + line[end:]
    source = _SOURCE_LINE.search(rest)
    if source:
        rest = rest[: source.start()] + " " + rest[source.end() :]
    words = [word for word in _fold(rest).split() if word not in _STAMP_WORDS]
    if len(words) > 2:  # a sentence that happens to hold a timestamp
        return None
    return _Furniture(stamp, source["name"].strip() if source else None)


def _is_breadcrumb(line: str) -> bool:
    """'الصفحة الرئيسية >> التبادلات الدولية': short segments between arrows or
    slashes, starting at the home page ('عاجل » الصين تستقبل وفدا' is a headline)."""
    segments = [_fold(segment) for segment in _CRUMB.split(line)]
    if len(segments) < 2 or not all(segments) or not _short(line, 15):
        return False
    if "«" in line or line[-1] in _SENTENCE_END:  # quotation marks, a sentence
        return False
    if not all(_short(segment, 4) for segment in segments):
        return False
    return segments[0] in _HOME


def _is_labelled(line: str) -> bool:
    label, colon, value = line.partition(":")
    return bool(colon) and _fold(label) in _LABELS and _short(value, 12)


def _furniture(line: str) -> _Furniture | None:
    """What a furniture line tells (maybe nothing); None for a line of the article."""
    if not _short(line, MAX_FURNITURE_WORDS):
        return None
    if stamp := _stamp_line(line):
        return stamp
    if source := _SOURCE_LINE.fullmatch(line):
        return _Furniture(source_name=source["name"].strip())
    folded = _fold(line)
    if (
        folded in _BOILERPLATE
        or folded.startswith(_LEADS)
        or (_RIGHTS.search(line) and _short(line, 12))
        or _is_labelled(line)
        or _is_breadcrumb(line)
    ):
        return _Furniture()
    return None


def _is_title(line: str, following: list[str]) -> bool:
    """A short first line that ends without a full stop and opens no dateline."""
    ending = line.rstrip("\"'»”)]")[-1:]
    return (
        bool(following)
        and _short(line, MAX_TITLE_WORDS)
        and ending not in _SENTENCE_END
        and parse_dateline(line) == _NO_DATELINE
    )


def clean(text: str) -> CleanText:
    """Title, body, publication time and agency of a page's text."""
    published_at = source_name = None
    paragraphs = []
    for raw_line in _plain(text).splitlines():
        line = _SPACES.sub(" ", raw_line).strip()
        if not line:
            continue
        furniture = _furniture(line)
        if furniture is None:
            paragraphs.append(line)
            continue
        published_at = published_at or furniture.published_at
        source_name = source_name or furniture.source_name
    title = ""
    if paragraphs and _is_title(paragraphs[0], paragraphs[1:]):
        title = paragraphs.pop(0)
    body = "\n\n".join(paragraphs)
    source_name = source_name or parse_dateline(body).source_name
    return CleanText(title, body, published_at, source_name)
