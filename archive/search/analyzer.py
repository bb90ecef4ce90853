"""The Arabic core (``archive.arabic``) as a Whoosh analyzer, for indexing and
Whoosh's own query parser and highlighter alike."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from whoosh.analysis import Analyzer, Filter, Tokenizer
from whoosh.analysis import Token as WhooshToken

from archive.arabic import NameRegistry, Token, analyze_tokens, normalize, tokenize


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
    """Whoosh filter after ``ArabicTokenizer``: the core's index terms, with the names
    of the registry that ``names`` gives at the time (a module-level function, so
    that the schema pickles).

    Like Whoosh's own filters it yields one token object, changed in place. Stop
    words go even when Whoosh asks to keep them (its highlighter, removestops=False):
    they can never match a query term.
    """

    def __init__(self, names: Callable[[], NameRegistry]) -> None:
        self.names = names

    def __call__(self, tokens: Iterable[WhooshToken]) -> Iterator[WhooshToken]:
        template = None
        pieces: list[Token] = []
        index = True
        for token in tokens:
            if getattr(token, "verbatim", False):
                yield token
                return
            template = template or token.copy()
            index = token.mode != "query"
            pieces.append(Token(token.text, token.startchar, token.endchar, token.pos))
        for piece in analyze_tokens(pieces, self.names(), index=index):
            template.text = piece.text
            template.pos = piece.pos
            template.startchar = piece.start
            template.endchar = piece.end
            yield template


class AnalyzedOnce(Analyzer):
    """An analyzer that indexes a text once where Whoosh asks twice.

    Whoosh analyses a field that keeps term vectors a second time for the vector's
    character offsets, right after the first pass over the same value: that second
    call replays the first's tokens. Queries are analysed as always.
    """

    def __init__(self, inner: Analyzer) -> None:
        self.inner = inner
        self._last: tuple[str, list[tuple]] | None = None

    def __call__(self, value, **kwargs) -> Iterator[WhooshToken]:
        if kwargs.get("mode") != "index" or not isinstance(value, str):
            yield from self.inner(value, **kwargs)
            return
        last = self._last
        if last is None or last[0] is not value:
            analysed = self.inner(value, positions=True, chars=True, mode="index")
            spans = [(t.text, t.pos, t.startchar, t.endchar) for t in analysed]
            last = self._last = (value, spans)
        token = WhooshToken(
            kwargs.get("positions", False), kwargs.get("chars", False), mode="index"
        )
        for token.text, token.pos, token.startchar, token.endchar in last[1]:
            token.boost, token.stopped = 1.0, False
            yield token

    def __getstate__(self) -> dict:
        return {"inner": self.inner, "_last": None}  # the schema pickles its fields

    def __eq__(self, other) -> bool:
        return isinstance(other, AnalyzedOnce) and self.inner == other.inner


def arabic_analyzer(names: Callable[[], NameRegistry]):
    """The Whoosh analyzer for Arabic text fields, names from ``names()``."""
    return AnalyzedOnce(ArabicTokenizer() | ArabicFilter(names))
