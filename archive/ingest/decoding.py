"""Bytes to text: the encodings Arabic news comes in, and files that are no text."""

import codecs
import re
import unicodedata
from dataclasses import dataclass

from archive.ingest.errors import RejectedFile
from archive.ingest.markup import strip_markup

MIN_ARABIC_LETTERS = 20
# Below this share of all letters, Arabic is a quotation or a caption, not the article.
MIN_ARABIC_SHARE = 0.3
# Text has almost no C0 controls; binary data decoded by a one-byte codec has many.
MAX_CONTROL_SHARE = 0.01
# UTF-16 without a BOM: ASCII spaces and digits make at least one byte in forty a NUL;
# a text file with a stray NUL or two is far below that.
MIN_UTF16_NUL_SHARE = 1 / 40
# UTF-8 with a few damaged bytes stays UTF-8 while it holds this many well-formed
# non-ASCII characters per bad sequence; Windows-1256 read as UTF-8 is nearly all bad.
MIN_GOOD_PER_BAD_UTF8 = 20

# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC_LETTER = re.compile(
    "[\u0621-\u063f\u0641-\u064a\u066e-\u06d3\u06fa-\u06fc\ufb50-\ufdfb\ufe70-\ufefc]"
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_NEWLINES = re.compile("\r\n?")


@dataclass(frozen=True)
class Decoded:
    """A file's text, and what a reader should know about how it was read."""

    text: str
    warning: str = ""


def decode(data: bytes) -> Decoded:
    """The text of an Arabic news file (see `check_text`), or RejectedFile."""
    if not data.strip():
        raise RejectedFile("empty file")
    text, warning = _to_text(data)
    return Decoded(check_text(text), warning)


def check_text(text: str) -> str:
    """Article text however it came (a file, an export's field): NFC with LF line
    ends, NUL as U+FFFD (no database column holds NUL), or RejectedFile."""
    text = _NEWLINES.sub("\n", unicodedata.normalize("NFC", text))
    if not text.strip():
        raise RejectedFile("empty file")
    if _share(_CONTROL, text) > MAX_CONTROL_SHARE:
        raise RejectedFile("binary data, not text")
    _check_arabic(strip_markup(text))  # the letters of tags and scripts are no text
    return text.replace("\x00", "\ufffd")


def _to_text(data: bytes) -> tuple[str, str]:
    """The text and a warning (or ""), the encoding chosen on the whole file."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), ""
            except UnicodeDecodeError:
                raise RejectedFile("binary data, not text") from None
    if data.count(0) >= len(data) * MIN_UTF16_NUL_SHARE:
        return _bomless_utf16(data), ""
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f") - bad
    if good >= bad * MIN_GOOD_PER_BAD_UTF8:
        return text, f"UTF-8 with {bad} invalid byte sequence(s), replaced by U+FFFD"
    return _legacy_arabic(data), ""


def _bomless_utf16(data: bytes) -> str:
    """UTF-16 without a BOM: ASCII spaces and digits leave NULs all on one side."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    if len(data) % 2 or min(even, odd) > max(even, odd) / 10:
        raise RejectedFile("binary data, not text")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise RejectedFile("binary data, not text") from None


def _legacy_arabic(data: bytes) -> str:
    """Windows-1256 or ISO-8859-6: both decode most bytes, so keep the one that reads
    as more Arabic (the wrong one yields Latin accented letters or fails outright)."""
    candidates = []
    for encoding in ("cp1256", "iso-8859-6"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = len(_ARABIC_LETTER.findall(text)) - len(_CONTROL.findall(text))
        score -= sum(1 for c in text if "\u00c0" <= c <= "\u00ff")
        candidates.append((score, text))
    return max(candidates, key=lambda candidate: candidate[0])[1]


def _share(pattern: re.Pattern, text: str) -> float:
    return len(pattern.findall(text)) / len(text)


def _check_arabic(text: str) -> None:
    arabic = len(_ARABIC_LETTER.findall(text))
    letters = sum(map(str.isalpha, text))  # in C: a Python loop costs ms a text
    if arabic == 0:
        raise RejectedFile("no Arabic text")
    if arabic < MIN_ARABIC_LETTERS:
        raise RejectedFile(f"too little Arabic text ({arabic} Arabic letters)")
    if arabic < MIN_ARABIC_SHARE * letters:
        raise RejectedFile(
            f"mostly non-Arabic text ({arabic * 100 // letters}% of letters are Arabic)"
        )
