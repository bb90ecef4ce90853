"""JSON Lines exports (`.jsonl`, `.jsonl.gz`): one article an object a line, read as a
stream, each line judged on its own so that one bad line costs only itself."""

from __future__ import annotations

import datetime
import email.utils
import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

EXPORT_SUFFIXES = (".jsonl", ".jsonl.gz")


@dataclass(frozen=True)
class ExportArticle:
    """One line's article: its text as given and what the exporter knew of it."""

    line: int
    text: str
    title: str | None
    published_at: datetime.datetime | None
    url: str
    source_name: str | None


@dataclass(frozen=True)
class BadLine:
    line: int
    reason: str


def is_export(path: Path) -> bool:
    return path.name.lower().endswith(EXPORT_SUFFIXES)


def _open(path: Path):
    return (
        gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")
    )


def count_lines(path: Path) -> int:
    """Lines holding something, for a progress bar; 1 for an export that cannot be
    read, whose rejection counts once (a FIFO is never opened: it would block)."""
    if not path.is_file():
        return 1
    try:
        with _open(path) as stream:
            return sum(1 for raw in stream if raw.strip())
    except (OSError, EOFError, zlib.error):
        return 1


def read_export(path: Path, *, max_bytes: int) -> Iterator[ExportArticle | BadLine]:
    """Every non-blank line as an article or the reason it is none; a file that breaks
    off (a truncated gzip) ends with the reason, after the lines it did hold."""
    number = 0
    with _open(path) as stream:
        try:
            for number, raw in enumerate(_lines(stream, max_bytes), 1):
                if raw is None:
                    yield BadLine(number, f"line longer than {max_bytes} bytes")
                elif raw.strip():
                    yield _article(number, raw)
        except (OSError, EOFError, zlib.error) as error:
            yield BadLine(number + 1, f"the export cannot be read on: {error}")


def _lines(stream, limit: int) -> Iterator[bytes | None]:
    """Each line, or None for one over limit, which is skipped without being held."""
    while raw := stream.readline(limit + 1):
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := stream.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield raw


def _article(number: int, raw: bytes) -> ExportArticle | BadLine:
    try:
        item = json.loads(raw)
    except UnicodeDecodeError:
        return BadLine(number, "not UTF-8 text")
    except json.JSONDecodeError as error:
        return BadLine(number, f"not valid JSON ({error})")
    if not isinstance(item, dict):
        return BadLine(number, "not a JSON object")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return BadLine(number, "no text")
    try:
        fields = {
            name: _string(item, name) for name in ("title", "url", "source", "src")
        }
        published_at = parse_time(item.get("time"))
    except ValueError as error:
        return BadLine(number, str(error))
    return ExportArticle(
        line=number,
        text=text,
        title=fields["title"],
        published_at=published_at,
        url=(fields["url"] or "").strip(),
        # The ANT corpus and other scrapers call the source "src".
        source_name=(fields["source"] or fields["src"] or "").strip() or None,
    )


def _string(item: dict, name: str) -> str | None:
    value = item.get(name)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{name} is not a string")
    return value


def parse_time(value) -> datetime.datetime | None:
    """RFC 822 ("Sun, 18 Feb 2018 21:35:43 +0400") or ISO 8601; None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            pass
        try:
            return datetime.datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"time {value!r} is neither RFC 822 nor ISO 8601")
