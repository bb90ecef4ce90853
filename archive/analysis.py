"""Arabic text analysis, the one place that index, queries, snippets and names share.

Pipeline: normalize -> tokenize -> stop words -> name variants -> light stem. Every
token keeps offsets into the original text, so snippets show it as written, marks and
all.
"""

from __future__ import annotations

import functools
import html
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from whoosh.analysis import Filter, Tokenizer
from whoosh.analysis import Token as WhooshToken

# --- normalization --------------------------------------------------------------------

# Tashkeel, Quranic annotation marks, tatweel, isolated harakat presentation forms and
# Latin combining accents: readers do not tell words apart by them.
_DROPPED = re.compile(
    "[\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670\u0674"
    "\u06d6-\u06ed\u08d3-\u08ff\ufe70-\ufe7f]"
)
_LETTER_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # Persian keheh
    "ھ": "ه",
    "ە": "ه",
}


def _fold_char(char: str) -> str:
    if char in _LETTER_FOLDS:
        return _LETTER_FOLDS[char]
    category = unicodedata.category(char)
    if category == "Cf" or _DROPPED.match(char):  # Cf: bidi marks, ZWJ/ZWNJ, BOM
        return ""
    if category == "Nd":
        return str(unicodedata.decimal(char))
    # Compatibility decomposition unpacks presentation forms and ligatures; its
    # parts are folded in turn (ﻷ -> ل + ا + hamza mark -> لا).
    decomposed = unicodedata.normalize("NFKD", char)
    if decomposed == char:
        return char
    return "".join(map(_fold_char, decomposed))


class _FoldTable(dict):
    """str.translate table filled lazily, one code point at a time."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDS = _FoldTable()


def normalize(text: str) -> str:
    """Fold the spellings a reader does not distinguish: marks, hamza seats, digits."""
    return text.translate(_FOLDS)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalize, and give for each character of the result its index in ``text``."""
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _FOLDS[ord(char)]
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(pieces), offsets


# --- tokens ---------------------------------------------------------------------------


class Token(NamedTuple):
    text: str
    start: int  # offsets into the original text, end exclusive
    end: int
    pos: int


_WORD = r"[^\W_]+"
_JOINERS = "-\u2010_"  # hyphen, Unicode hyphen, underscore (hashtags)
_TOKEN = re.compile(rf"\d+(?:[.,]\d+)+|{_WORD}(?:[{_JOINERS}]{_WORD})*")
_JOINER = re.compile(f"[{_JOINERS}]")


def tokenize(text: str, *, compounds: bool = True) -> list[Token]:
    """Cut ``text`` into normalized, lowercased tokens with offsets into ``text``.

    Marks are removed before cutting, so a voweled word stays one token. A
    hyphenated term gives its parts and, when ``compounds``, the whole term too, at
    the position of its first part.
    """
    folded, offsets = normalize_with_offsets(text)
    tokens: list[Token] = []
    pos = 0
    for match in _TOKEN.finditer(folded):
        if compounds and _JOINER.search(match[0]):
            tokens.append(_token(text, offsets, match[0], match.start(), pos))
        start = match.start()
        for part in _JOINER.split(match[0]):
            tokens.append(_token(text, offsets, part, start, pos))
            start += len(part) + 1
            pos += 1
    return tokens


def _token(text: str, offsets: list[int], word: str, start: int, pos: int) -> Token:
    end = offsets[start + len(word) - 1] + 1
    while end < len(text) and not _FOLDS[ord(text[end])]:
        end += 1  # take the word's trailing marks along, for highlighting
    return Token(word.lower(), offsets[start], end, pos)


# --- stop words -----------------------------------------------------------------------

# Jacques Savoy's list as shipped by Lucene (BSD licence), normalized here.
STOP_WORDS = frozenset(
    normalize(word)
    for word in """
    من ومن منها منه في وفي فيها فيه و ف ثم او أو ب بها به ا أ اى اي أي أى لا ولا الا ألا
    إلا لكن ما وما كما فما عن مع اذا إذا ان أن إن انها أنها إنها انه أنه إنه بان بأن فان
    فأن وان وأن وإن التى التي الذى الذي الذين الى الي إلى إلي على عليها عليه اما أما إما
    ايضا أيضا كل وكل لم ولم لن ولن هى هي هو وهى وهي وهو فهى فهي فهو انت أنت لك لها له
    هذه هذا تلك ذلك هناك كانت كان يكون تكون وكانت وكان غير بعض قد نحو بين بينما منذ ضمن
    حيث الان الآن خلال بعد قبل حتى عند عندما لدى جميع
    """.split()
)


# --- light stemmer --------------------------------------------------------------------

MIN_STEM = 3
_ARTICLES = ("وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال")
_SUFFIXES = ("هما", "ها", "هم", "ه", "ات", "ان", "ون", "ين", "يه", "ي", "ا")
_PRONOUNS = ("هما", "ها", "هم", "ه")
# Stems of words whose first و is a root letter, not "and": the 2018 ANT news corpus
# has each of them after the article at least 30 times (الوزير، الوطني، الوكالة ...).
_WAW_STEMS = frozenset(
    """
    واج واجب واحد واد وارد واسع واضح واعد وافد واقع والد وباء وثايق وثيق وجب وجه وجو
    وجود وحد وحش وحيد وداد وداع ودايع ودي وديت وراء وراث ورق وزار وزراء وزير وساط وسايل
    وسط وسيط وسيل وصول وصيف وضوح وطن وظايف وظيف وعر وعود وفا وفاء وفاق وفي وقا وقايع
    وقود وقوع وقوف وكال ولا ولاء ولاد وليد وهاب وهم ويلز
    """.split()
)


@functools.lru_cache(maxsize=131072)  # news repeats its vocabulary: stem each word once
def stem(word: str) -> str:
    """Strip one clitic prefix group and the inflection suffixes of a normalized word.

    Measured against light10, Snowball and Tashaphyne in tests/relevance.
    """
    return _strip_suffixes(_strip_prefix(word))


def _strip_prefix(word: str) -> str:
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :]
    # As light10: "and" only on words of 4+ letters, but not on وزير, وزارة ...
    if word.startswith("و") and len(word) > MIN_STEM:
        if _strip_suffixes(word) not in _WAW_STEMS:
            return word[1:]
    return word


def _strip_suffixes(word: str) -> str:
    while True:
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                word = word[: -len(suffix)]
                # ة is written ت before a pronoun: زيارته -> زيارت -> زيار
                if suffix in _PRONOUNS and word.endswith("ت") and len(word) > MIN_STEM:
                    word = word[:-1]
                break
        else:
            return word


# --- name variants --------------------------------------------------------------------

# Clitics a name may carry: conjunction, preposition, article (لل = ل + ال).
_CLITICS = sorted(
    {
        conj + prep + art
        for conj in ("", "و", "ف")
        for prep in ("", "ب", "ك", "ل")
        for art in ("", "ال", "ل" if prep == "ل" else "ال")
    },
    key=len,
)
# Adjective endings, and the endings a name may have in their place:
# الطاجيكية -> طاجيك(ي), الروسية -> روس(يا), الأمريكية -> امريك(ا).
_NISBA = ("يين", "يون", "يان", "يه", "ي")
_NAME_ENDINGS = ("", "ي", "ا", "يا")

DEFAULT_NAME_VARIANTS = {
    "قازاقستان": "كازاخستان",
    "قازاخستان": "كازاخستان",
    "الكازاخستاني": "كازاخستان",
    "كازاخي": "كازاخستان",
    "قازاقي": "كازاخستان",
    "قرغيزستان": "قيرغيزستان",
    "قيرغزستان": "قيرغيزستان",
    "كيرغيزستان": "قيرغيزستان",
    "قيرغيزي": "قيرغيزستان",
    "قرغيزي": "قيرغيزستان",
    "طاجكستان": "طاجيكستان",
    "الطاجيكي": "طاجيكستان",
    "طاجيكي": "طاجيكستان",
    "أوزبكي": "أوزبكستان",
    "رحمن": "رحمون",
    "رحمان": "رحمون",
    "شانغهاي": "شنغهاي",
    "أميركا": "أمريكا",
    "توكايف": "توكاييف",
    "شي جينبينغ": "شي جين بينغ",
    "شي جين بينج": "شي جين بينغ",
}


# Spellings of people: foreign personal names never take the article, so الرحمن
# (as in عبد الرحمن) is not رحمن (Rahmon).
DEFAULT_PERSON_NAMES = frozenset(
    {"رحمن", "رحمان", "رحمون", "توكايف", "توكاييف"}
    | {"شي جينبينغ", "شي جين بينج", "شي جين بينغ"}
)


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name as the registry keys them: normalized, no stop words."""
    return tuple(
        token.text
        for token in tokenize(name, compounds=False)
        if token.text not in STOP_WORDS
    )


class NameVariants:
    """Spellings of names (normalized word tuples) mapped to one canonical spelling.

    Readers take one snapshot per call, so ``replace`` can swap the table while
    other threads analyse text. An index built under another ``version`` is stale.
    """

    def __init__(
        self, mapping: Mapping[str, str] | None = None, people: Iterable[str] = ()
    ) -> None:
        self._lock = threading.Lock()
        self._state: tuple[dict, int, frozenset] = ({}, 1, frozenset())
        self.version = 0
        if mapping:
            self.replace(mapping, people=people)

    def replace(
        self, mapping: Mapping[str, str], *, people: Iterable[str] = ()
    ) -> None:
        """Replace every variant at once with ``mapping`` (variant -> canonical);
        spellings in ``people`` (and their canonicals) never carry the article."""
        table: dict[tuple[str, ...], tuple[str, ...]] = {}
        for variant, canonical in mapping.items():
            target = name_words(canonical)
            for key in (name_words(variant), target):
                if key and target:
                    table[key] = target
        bare = {name_words(name) for name in people}
        bare |= {table[key] for key in bare if key in table}
        with self._lock:
            self._state = (table, max(map(len, table), default=1), frozenset(bare))
            self.version += 1

    def __len__(self) -> int:
        return len(self._state[0])

    def canonical(self, name: str) -> str | None:
        """The canonical spelling of ``name``, or None when it is not a known name."""
        words = name_words(name)
        found = self.match(words, 0)
        if found and found[0] == len(words):
            return " ".join(found[1])
        return None

    def match(
        self, words: list[str] | tuple[str, ...], start: int
    ) -> tuple[int, tuple[str, ...]] | None:
        """Longest variant at ``words[start:]``: (words used, canonical words)."""
        table, longest, bare = self._state  # one snapshot, whatever replace() does
        for length in range(min(longest, len(words) - start), 0, -1):
            rest = tuple(words[start + 1 : start + length])
            for first, articled in _name_forms(words[start], single=length == 1):
                key = (first, *rest)
                target = table.get(key)
                if target and not (articled and key in bare):
                    return length, target
        return None


@functools.lru_cache(maxsize=65536)
def _name_forms(word: str, *, single: bool) -> tuple[tuple[str, bool], ...]:
    """``word`` with its clitics stripped and, for one-word names, adjective endings;
    each form says whether an article was stripped to reach it."""
    bare = [
        (word[len(c) :], "ال" in c or c.endswith("لل"))
        for c in _CLITICS
        if word.startswith(c) and len(word) > len(c) + 1
    ]
    if not single:
        return tuple(bare)
    forms = list(bare)
    for form, articled in bare:
        for ending in _NISBA:
            if form.endswith(ending) and len(form) - len(ending) >= MIN_STEM:
                forms += [
                    (form[: -len(ending)] + end, articled) for end in _NAME_ENDINGS
                ]
    return tuple(forms)


_VARIANTS = NameVariants(DEFAULT_NAME_VARIANTS, people=DEFAULT_PERSON_NAMES)


def variants() -> NameVariants:
    """The process-wide name registry (filled from the database at start-up)."""
    return _VARIANTS


# --- analysis -------------------------------------------------------------------------


def analyze_tokens(tokens: Iterable[Token]) -> list[Token]:
    """Stop words out, names to their canonical form, other words stemmed.

    Positions are renumbered without gaps (Whoosh phrases need adjacent positions);
    tokens that shared a position (a hyphenated whole and its first part) still do.
    """
    kept = [token for token in tokens if token.text not in STOP_WORDS]
    words = [token.text for token in kept]
    names = variants()
    result: list[Token] = []
    new_pos: dict[int, int] = {}
    index = next_pos = 0
    while index < len(kept):
        found = names.match(words, index)
        used, texts = found if found else (1, (stem(words[index]),))
        span = kept[index : index + used]
        first = new_pos.setdefault(span[0].pos, next_pos)
        for offset, text in enumerate(texts):
            # A name spelled in more or fewer words than its canonical form
            # marks the whole span for each of its words.
            source = span[offset] if len(texts) == used else span[0]
            end = source.end if len(texts) == used else span[-1].end
            result.append(Token(text, source.start, end, first + offset))
        next_pos = max(next_pos, first + len(texts))
        index += used
    return result


def analyze_with_offsets(text: str) -> list[Token]:
    """Analyzed terms with the offsets of the words they come from in ``text``."""
    return analyze_tokens(tokenize(text))


def analyze(text: str) -> list[str]:
    """The index terms of ``text``."""
    return [token.text for token in analyze_with_offsets(text)]


# --- Whoosh ---------------------------------------------------------------------------


class ArabicTokenizer(Tokenizer):
    """Whoosh tokenizer over ``tokenize``: offsets point into the original text.

    At query time a hyphenated term gives only its parts, so that a quoted phrase
    holding one still finds consecutive positions.
    """

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs,
    ) -> Iterator[WhooshToken]:
        # tokenize=False (wildcard, prefix, range queries) asks for one verbatim term.
        verbatim = not kwargs.pop("tokenize", True)
        token = WhooshToken(positions, chars, removestops=removestops, mode=mode)
        token.verbatim = verbatim
        if verbatim:
            pieces = [Token(normalize(value).lower(), 0, len(value), 0)]
        else:
            pieces = tokenize(value, compounds=mode != "query")
        for piece in pieces:
            token.text = piece.text
            token.boost = 1.0
            token.stopped = False
            token.pos = start_pos + piece.pos
            token.startchar = start_char + piece.start
            token.endchar = start_char + piece.end
            if keeporiginal:
                token.original = value[piece.start : piece.end]
            yield token


class ArabicFilter(Filter):
    """Whoosh filter after ``ArabicTokenizer``: stop words, names, stems (``analyze``).

    Like Whoosh's own filters it yields one token object, changed in place. Stop
    words go even when Whoosh asks to keep them (its highlighter, removestops=False):
    they can never match a query term.
    """

    def __call__(self, tokens: Iterable[WhooshToken]) -> Iterator[WhooshToken]:
        template = None
        pieces: list[Token] = []
        for token in tokens:
            if getattr(token, "verbatim", False):
                yield token
                return
            template = template or token.copy()
            pieces.append(Token(token.text, token.startchar, token.endchar, token.pos))
        for piece in analyze_tokens(pieces):
            template.text = piece.text
            template.pos = piece.pos
            template.startchar = piece.start
            template.endchar = piece.end
            yield template


def arabic_analyzer():
    """The Whoosh analyzer for Arabic text fields, for indexing and queries alike."""
    return ArabicTokenizer() | ArabicFilter()


# --- highlighting ---------------------------------------------------------------------

_SPACE = re.compile(r"\s")


def highlight(text: str, query_terms: Iterable[str], max_chars: int = 300) -> str:
    """HTML snippet of ``text`` around its best passage, query words in ``<mark>``.

    Words match when their analyzed forms do. The text is shown as written, marks
    included; everything but the ``<mark>`` tags is escaped.
    """
    terms = list(query_terms)
    wanted = {term for query in [" ".join(terms), *terms] for term in analyze(query)}
    spans = _merge(
        (token.start, token.end)
        for token in analyze_with_offsets(text)
        if token.text in wanted
    )
    start, end = _passage(text, spans, max_chars)
    html_parts = ["…"] if start > 0 else []
    cursor = start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start >= span_end:
            continue
        html_parts.append(html.escape(text[cursor:span_start]))
        html_parts.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    html_parts.append(html.escape(text[cursor:end]))
    if end < len(text):
        html_parts.append("…")
    return "".join(html_parts)


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _passage(
    text: str, spans: list[tuple[int, int]], max_chars: int
) -> tuple[int, int]:
    """The window of about ``max_chars`` holding the most matches, cut between words."""
    first, last = _densest(spans, max_chars)
    start = max(0, first - (max_chars - (last - first)) // 3)  # some context before
    end = min(len(text), start + max_chars)
    start = max(0, end - max_chars)
    # Cut at the spaces nearest the window's edges; a word longer than the window
    # is cut, not allowed to stretch the snippet.
    if start > 0 and not text[start - 1].isspace():
        space = _SPACE.search(text, start, first)
        start = space.end() if space else start
    if end < len(text) and not text[end].isspace():
        spaces = list(_SPACE.finditer(text, last, end))
        end = spaces[-1].start() if spaces else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _densest(spans: list[tuple[int, int]], max_chars: int) -> tuple[int, int]:
    """(start, end) of the run of matches that fits ``max_chars`` and has the most."""
    best = (0, 0, 0)  # count, start, end
    right = 0
    for left, (start, _) in enumerate(spans):
        right = max(right, left)
        while right + 1 < len(spans) and spans[right + 1][1] - start <= max_chars:
            right += 1
        if right - left + 1 > best[0]:
            best = (right - left + 1, start, spans[right][1])
    return best[1], best[2]
