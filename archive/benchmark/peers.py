"""Peers that answer the bench's query mix on the same texts: SQLite FTS5 with the
archive's letter folding, and PostgreSQL full-text search with its `arabic`
configuration on a throwaway server.

Each answers as the archive does: the match count, the first page (20) ranked by
relevance (or newest first without words) with a highlighted snippet, and the
country and year facets of all matches.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from archive.arabic import normalize  # the one import of the archive's Arabic core
from archive.benchmark.queries import words

PAGE = 20
# The archive itself with DATABASE_URL and SEARCH_URL on the throwaway server: the
# same articles ingested there, the same mix through the search service.
ARCHIVE_POSTGRES = "archive on PostgreSQL"


class SqlPeer:
    """The mix in SQL; a subclass names its text match, ranking and snippet."""

    name = ""
    id_column = filter_column = "id"
    unranked_snippet = ""  # without words: the article's opening

    def placeholder(self, name: str) -> str:
        raise NotImplementedError

    def text_condition(self, phrase: bool) -> str:
        raise NotImplementedError

    def match_value(self, terms: list[str], phrase: bool) -> str:
        raise NotImplementedError

    def ranking(self, phrase: bool) -> str:
        raise NotImplementedError

    def snippet(self, phrase: bool) -> str:
        raise NotImplementedError

    def rows(self, sql: str, params: dict) -> list[tuple]:
        raise NotImplementedError

    def search(self, params: dict) -> dict:
        terms, phrase = words(params)
        values = {"match": self.match_value(terms, phrase) if terms else None}
        conditions = [self.text_condition(phrase)] if terms else []
        p = self.placeholder
        if params.get("country"):
            values["country"] = params["country"]
            conditions.append(
                f"{self.filter_column} IN "
                f"(SELECT id FROM countries WHERE code = {p('country')})"
            )
        for bound, operator in (("from", ">="), ("to", "<=")):
            if params.get(bound):
                values[bound] = params[bound]
                conditions.append(f"date {operator} {p(bound)}")
        where = " AND ".join(conditions) or "1 = 1"
        order = self.ranking(phrase) if terms else "date DESC"
        shown = self.snippet(phrase) if terms else self.unranked_snippet
        page = self.rows(
            f"SELECT {self.id_column}, {shown} FROM docs WHERE {where} "
            f"ORDER BY {order} LIMIT {PAGE}",
            values,
        )
        matched = f"SELECT {self.id_column} FROM docs WHERE {where}"
        return {
            "count": self.rows(f"SELECT count(*) FROM docs WHERE {where}", values),
            "results": page,
            "years": self.rows(
                f"SELECT year, count(*) FROM docs WHERE {where} GROUP BY year", values
            ),
            "countries": self.rows(
                f"SELECT code, count(*) FROM countries WHERE id IN ({matched}) "
                "GROUP BY code ORDER BY 2 DESC",
                values,
            ),
        }


class Fts5(SqlPeer):
    """stdlib sqlite3, FTS5 with unicode61 (diacritics removed) over folded text."""

    name = "SQLite FTS5"
    id_column = "rowid"
    # Unary + keeps SQLite from driving the filter by rowid, which re-runs the MATCH
    # for each filtered row (1.5 s instead of 5 ms at 10,000 articles).
    filter_column = "+rowid"
    unranked_snippet = "substr(body, 1, 300)"

    def __init__(self, articles: list[dict]):
        self.db = sqlite3.connect(":memory:")
        self.db.executescript(
            "CREATE VIRTUAL TABLE docs USING fts5(title, body, date UNINDEXED, "
            "year UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');"
            "CREATE TABLE countries (id INTEGER, code TEXT);"
            "CREATE INDEX by_code ON countries (code, id);"
        )
        self.db.executemany(
            "INSERT INTO docs (rowid, title, body, date, year) VALUES (?, ?, ?, ?, ?)",
            (
                (
                    a["id"],
                    normalize(a["title"]),
                    normalize(a["body"]),
                    a["date"],
                    a["year"],
                )
                for a in articles
            ),
        )
        self.db.executemany(
            "INSERT INTO countries VALUES (?, ?)",
            ((a["id"], code) for a in articles for code in a["countries"]),
        )

    def placeholder(self, name: str) -> str:
        return f":{name}"

    def text_condition(self, phrase: bool) -> str:
        return "docs MATCH :match"

    def ranking(self, phrase: bool) -> str:
        return "rank"  # FTS5's bm25

    def snippet(self, phrase: bool) -> str:
        return "snippet(docs, 1, '<mark>', '</mark>', '…', 40)"

    def match_value(self, terms: list[str], phrase: bool) -> str:
        folded = [normalize(term).replace('"', "") for term in terms]
        return f'"{" ".join(folded)}"' if phrase else " ".join(f'"{t}"' for t in folded)

    def rows(self, sql: str, params: dict) -> list[tuple]:
        return self.db.execute(sql, params).fetchall()


class Postgres(SqlPeer):
    """PostgreSQL full-text search, `arabic` configuration, GIN index."""

    name = "PostgreSQL FTS"
    unranked_snippet = "left(body, 300)"

    def __init__(self, articles: list[dict], connection):
        self.db = connection
        with self.db.cursor() as cursor:
            cursor.execute(
                "CREATE TABLE docs (id integer PRIMARY KEY, title text, body text, "
                "date text, year text, tsv tsvector GENERATED ALWAYS AS "
                "(to_tsvector('arabic', title || ' ' || body)) STORED);"
                "CREATE TABLE countries (id integer, code text);"
            )
            with cursor.copy(
                "COPY docs (id, title, body, date, year) FROM STDIN"
            ) as copy:
                for a in articles:
                    copy.write_row(
                        (a["id"], a["title"], a["body"], a["date"], a["year"])
                    )
            with cursor.copy("COPY countries FROM STDIN") as copy:
                for a in articles:
                    for code in a["countries"]:
                        copy.write_row((a["id"], code))
            cursor.execute(
                "CREATE INDEX docs_tsv ON docs USING gin (tsv);"
                "CREATE INDEX by_code ON countries (code, id);"
                "ANALYZE;"
            )

    def placeholder(self, name: str) -> str:
        return f"%({name})s"

    def text_condition(self, phrase: bool) -> str:
        return f"tsv @@ {self._query(phrase)}"

    def ranking(self, phrase: bool) -> str:
        return f"ts_rank(tsv, {self._query(phrase)}) DESC"

    def snippet(self, phrase: bool) -> str:
        return (
            f"ts_headline('arabic', body, {self._query(phrase)}, "
            "'StartSel=<mark>, StopSel=</mark>, MaxWords=40, MinWords=20')"
        )

    @staticmethod
    def _query(phrase: bool) -> str:
        function = "phraseto_tsquery" if phrase else "plainto_tsquery"
        return f"{function}('arabic', %(match)s)"

    def match_value(self, terms: list[str], phrase: bool) -> str:
        return " ".join(terms)

    def rows(self, sql: str, params: dict) -> list[tuple]:
        with self.db.cursor() as cursor:
            return cursor.execute(sql, params).fetchall()


def initdb() -> str | None:
    """Debian's initdb, the newest installed, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return found[-1] if found else None


@contextlib.contextmanager
def postgres_server():
    """A throwaway cluster on a free loopback port; yields a psycopg connection.

    PostgreSQL refuses to run as root, so as root the cluster belongs to `nobody`.
    """
    import psycopg  # only this peer needs it

    binaries = Path(initdb()).parent
    folder = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    as_user = []
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(folder, nobody.pw_uid, nobody.pw_gid)
        as_user = ["runuser", "-u", "nobody", "--"]
    data, port = folder / "data", free_port()
    pg_ctl = [*as_user, str(binaries / "pg_ctl"), "-D", str(data), "-w", "-s"]
    try:
        subprocess.run(
            [
                *as_user,
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                "bench",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
        )
        # Loopback only; no fsync: the cluster is thrown away, and the searches
        # measured read from memory either way.
        subprocess.run(
            [
                *pg_ctl,
                "-l",
                str(folder / "log"),
                "-o",
                f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off",
                "start",
            ],
            check=True,
            capture_output=True,
        )
        try:
            with psycopg.connect(
                host="127.0.0.1",
                port=port,
                user="bench",
                dbname="postgres",
                autocommit=True,
            ) as connection:
                yield connection
        finally:
            subprocess.run([*pg_ctl, "-m", "fast", "stop"], check=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
