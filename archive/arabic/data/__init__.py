"""Reference data of the Arabic core: plain UTF-8 files beside this module.

Lines starting with "#" are notes for the reader; fields are tab-separated.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of data file ``name``, notes left out."""
    lines = (_HERE / name).read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and line[0] != "#"]


def words(name: str) -> list[str]:
    """Every whitespace-separated word of data file ``name``, notes left out."""
    return [word for row in rows(name) for field in row for word in field.split()]
