"""Parsing in worker processes: each worker holds the gazetteer the run started with
and turns checked article text into a draft (everything `parse` reads), while the
main process keeps the database and the order of the run.

The people the run adds to its gazetteer as it saves reach the workers through a
journal file, each job naming how many of them it must know (`Parsers.added`). The
few added while a job was on its way are checked against the draft's words and name
skeletons, and the pipeline reads the article again itself when one of them could be
named in it (`Draft.may_name`): the records come out as a run in one process makes
them.
"""

from __future__ import annotations

import copy
import datetime
import os
import pickle
import signal
import tempfile
from collections.abc import Hashable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import get_context

from archive.ingest.gazetteer import Gazetteer
from archive.ingest.parse import (
    ParsedArticle,
    link_words,
    proposals_in,
    read_article,
)
from archive.ingest.proposals import ProposedPerson
from archive.ingest.words import name_words, skeleton, unclitic


class _Worker:
    """A worker's gazetteer: the run's first, and the people added since as far as
    the journal has been read."""

    gazetteer: Gazetteer
    journal: str
    known = 0  # people of the journal added
    offset = 0

    def catch_up(self, known: int) -> Gazetteer:
        if self.known < known:
            with open(self.journal, "rb") as journal:
                journal.seek(self.offset)
                while self.known < known:
                    self.gazetteer.add_person(*pickle.load(journal))
                    self.known += 1
                self.offset = journal.tell()
        return self.gazetteer


_worker = _Worker()


@dataclass(frozen=True)
class Proposed:
    """A draft's key for the person its own proposal number ``index`` will become."""

    index: int


@dataclass
class Draft:
    """An article read and linked against the run's starting gazetteer."""

    parsed: ParsedArticle
    proposals: list[ProposedPerson]
    known: int  # people of the run's journal the gazetteer held
    forms: frozenset[str]  # every word of the text, and its forms without clitics
    skeleton: str  # the consonants of all its words, run together

    def may_name(self, names: set[tuple[str, ...]], skeletons: set[str]) -> bool:
        """Whether a gazetteer that adds these names (normalized words; skeletons of
        those of two words or more) could read the text otherwise: when the text
        holds all of a name's words (a mention), two consecutive ones (a candidate
        inside a known name), its last or a first starting with "و" (proposals.py),
        or a run of words with its skeleton (a respelling)."""
        forms = self.forms
        for words in names:
            if all(word in forms for word in words):
                return True
            if len(words) >= 2 and (
                words[-1] in forms
                or words[0].startswith("و")
                and words[0] in forms
                or any(
                    a in forms and b in forms
                    for a, b in zip(words, words[1:], strict=False)
                )
            ):
                return True
        return any(shape in self.skeleton for shape in skeletons)

    def with_keys(self, keys: dict[Hashable, Hashable]) -> ParsedArticle:
        """The parsed article with each `Proposed` key replaced by the record's."""
        parsed = self.parsed
        parsed.people = list(dict.fromkeys(keys.get(k, k) for k in parsed.people))
        for meeting in parsed.meetings:
            meeting.participants = [
                replace(p, person=keys.get(p.person, p.person))
                for p in meeting.participants
            ]
        return parsed


def name_shapes(spellings: list[str]) -> tuple[set[tuple[str, ...]], set[str]]:
    """The names (normalized words) and the skeletons (of names of two words or
    more) that a person's spellings add to a gazetteer: what `Draft.may_name`
    looks for."""
    names, skeletons = set(), set()
    for spelling in spellings:
        if words := name_words(spelling):
            names.add(words)
            if len(words) >= 2:
                skeletons.add(skeleton(words))
    return names, skeletons


def draft(
    text: str,
    title: str | None,
    published_at: datetime.datetime | None,
    known: int = 0,
    gazetteer: Gazetteer | None = None,
) -> Draft:
    """The article of ``text`` read and linked (in a worker: with the first ``known``
    people of the journal); its proposed people linked under `Proposed` keys (the
    gazetteer is left as it was)."""
    if gazetteer is None:
        gazetteer = _worker.catch_up(known)
    parsed = read_article(text, title=title, published_at=published_at)
    proposals = proposals_in(parsed, gazetteer)
    if proposals:
        gazetteer = copy.deepcopy(gazetteer)
        for index, proposal in enumerate(proposals):
            gazetteer.add_person(
                Proposed(index), proposal.spellings, proposal.country_key
            )
    tokens = link_words(parsed, gazetteer)
    forms = frozenset(form for token in tokens for form in unclitic(token.norm))
    return Draft(
        parsed,
        proposals,
        known,
        forms | {token.norm for token in tokens},
        skeleton(token.norm for token in tokens),
    )


def _start(gazetteer: Gazetteer, journal: str) -> None:
    _worker.gazetteer, _worker.journal = gazetteer, journal
    _die_with_parent()


def _die_with_parent() -> None:
    """A worker ends when the run that started it is killed (Linux), instead of
    waiting forever for work."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent died before prctl
        os._exit(1)


class Parsers:
    """A pool of ``workers`` processes reading articles from ``gazetteer`` and the
    people added to it since (`add_person`), started on first use."""

    def __init__(self, workers: int, gazetteer: Gazetteer):
        self.workers, self.gazetteer = workers, gazetteer
        self.pool: ProcessPoolExecutor | None = None
        # The people added, in order: (key, spellings, country), as add_person takes.
        self.added: list[tuple] = []
        handle, self.journal_path = tempfile.mkstemp(prefix="ingest-", suffix=".people")
        self.journal = os.fdopen(handle, "wb")

    def add_person(self, key: Hashable, spellings: list[str], country: str | None):
        entry = (key, list(spellings), country)
        pickle.dump(entry, self.journal)
        self.journal.flush()  # before any job that counts it is sent
        self.added.append(entry)

    def since(self, draft: Draft) -> tuple[set[tuple[str, ...]], set[str]]:
        """The names and skeletons of the people added after the draft's worker
        read the journal."""
        names, skeletons = set(), set()
        for _, spellings, _ in self.added[draft.known :]:
            more_names, more_skeletons = name_shapes(spellings)
            names |= more_names
            skeletons |= more_skeletons
        return names, skeletons

    def submit(
        self, text: str, title: str | None, published_at: datetime.datetime | None
    ) -> Future:
        if self.pool is None:
            # fork: workers start at once and share the loaded code.
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("fork"),
                initializer=_start,
                initargs=(self.gazetteer, self.journal_path),
            )
        return self.pool.submit(draft, text, title, published_at, len(self.added))

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers; without ``wait``, those busy finish their jobs first."""
        if self.pool is not None:
            self.pool.shutdown(wait=wait, cancel_futures=wait)
            self.pool = None
        self.journal.close()
        if wait:
            os.unlink(self.journal_path)
