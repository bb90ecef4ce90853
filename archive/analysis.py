"""Arabic text analysis: the one place index, query, highlighting and entity matching share."""

import re
import unicodedata

from pyarabic import araby
from pyarabic.trans import normalize_digits

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTER_FOLDS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)


def normalize(text: str) -> str:
    """Fold the spellings a reader does not distinguish: marks, hamza seats, digits."""
    text = unicodedata.normalize("NFKC", text)
    text = _MARKS.sub("", araby.normalize_ligature(text))
    return normalize_digits(text.translate(_LETTER_FOLDS), out="west")
