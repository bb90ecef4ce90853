"""archive.ingest.exports: JSON Lines read as a stream, each line judged alone."""

import datetime
import gzip
import json

import pytest

from archive.ingest.exports import (
    BadLine,
    ExportArticle,
    count_lines,
    parse_time,
    read_export,
)

TEXT = "قال وزير الخارجية إن الجانبين اتفقا على تعزيز التعاون بينهما."


def write(path, *lines):
    data = "".join(f"{line}\n" for line in lines).encode()
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def line(**fields) -> str:
    return json.dumps({"text": TEXT, **fields}, ensure_ascii=False)


def read(path, max_bytes=10_000):
    return list(read_export(path, max_bytes=max_bytes))


@pytest.mark.parametrize("name", ["a.jsonl", "a.jsonl.gz"])
def test_lines_become_articles_with_their_metadata(tmp_path, name):
    path = write(
        tmp_path / name,
        line(
            title="عنوان",
            time="Tue, 27 Feb 2018 10:03:32 +0400",
            url="http://example.com/1",
            src="skynews",
            docno="SK-1",
        ),
    )
    (article,) = read(path)
    assert article == ExportArticle(
        line=1,
        text=TEXT,
        title="عنوان",
        published_at=datetime.datetime(
            2018,
            2,
            27,
            10,
            3,
            32,
            tzinfo=datetime.timezone(datetime.timedelta(hours=4)),
        ),
        url="http://example.com/1",
        source_name="skynews",
    )


def test_source_wins_over_its_synonym_src(tmp_path):
    path = write(tmp_path / "a.jsonl", line(source="CNN", src="cnn-feed"), line())
    assert [a.source_name for a in read(path)] == ["CNN", None]


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "not a JSON object"),
        ('{"title": "no text here"}', "no text"),
        ('{"text": "   "}', "no text"),
        ('{"text": 5}', "no text"),
        (line(time="yesterday"), "neither RFC 822 nor ISO 8601"),
        (line(time=1519725812), "neither RFC 822 nor ISO 8601"),
        (line(url=["http://a"]), "url is not a string"),
    ],
)
def test_a_bad_line_is_named_with_its_reason_and_the_rest_go_on(tmp_path, bad, reason):
    path = write(tmp_path / "a.jsonl", line(), bad, line())
    first, middle, last = read(path)
    assert isinstance(middle, BadLine) and middle.line == 2
    assert reason in middle.reason
    assert (first.line, last.line) == (1, 3)


def test_invalid_utf8_line_is_rejected(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "\xff\xfe"}\n' + line().encode() + b"\n")
    bad, good = read(path)
    assert bad == BadLine(1, "not UTF-8 text") and good.line == 2


def test_a_line_over_the_limit_is_rejected_without_being_held(tmp_path):
    path = write(tmp_path / "a.jsonl", line(), line(extra="x" * 500), line())
    lines = read(path, max_bytes=300)
    assert [type(item) for item in lines] == [ExportArticle, BadLine, ExportArticle]
    assert lines[1] == BadLine(2, "line longer than 300 bytes")
    assert lines[2].line == 3


def test_blank_lines_are_skipped_but_keep_line_numbers(tmp_path):
    path = write(tmp_path / "a.jsonl", line(), "", line())
    assert [a.line for a in read(path)] == [1, 3]
    assert count_lines(path) == 2


def test_a_truncated_gzip_ends_with_its_reason(tmp_path):
    path = write(tmp_path / "a.jsonl.gz", *[line(n=n) for n in range(50)])
    path.write_bytes(path.read_bytes()[:-30])
    items = read(path)
    assert isinstance(items[-1], BadLine)
    assert "cannot be read on" in items[-1].reason


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-02-27T10:03:32+04:00", datetime.datetime(2018, 2, 27, 6, 3, 32)),
        ("2018-02-27T06:03:32Z", datetime.datetime(2018, 2, 27, 6, 3, 32)),
        ("Tue, 27 Feb 2018 06:03:32 GMT", datetime.datetime(2018, 2, 27, 6, 3, 32)),
    ],
)
def test_iso_8601_and_rfc_822_times(value, expected):
    assert parse_time(value) == expected.replace(tzinfo=datetime.UTC)


def test_absent_time_is_none():
    assert parse_time(None) is None and parse_time("") is None
