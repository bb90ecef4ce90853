"""Article files for a load-test archive, written from the ANT corpus export."""

import gzip
import itertools
import json
from pathlib import Path

NEWS = {"internationalNews", "middleEast"}  # the categories that hold diplomacy


def write_articles(corpus: Path, folder: Path, count: int, skip: int = 0) -> int:
    """Write `count` world-news articles, after the first `skip`, as .txt files
    (title, then text) into `folder`; return how many were written."""
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        records = (json.loads(line) for line in lines)
        news = (r for r in records if r["cat"] in NEWS)
        written = 0
        for record in itertools.islice(news, skip, skip + count):
            path = folder / f"{record['docno']}.txt"
            path.write_text(f"{record['title']}\n{record['text']}\n", encoding="utf-8")
            written += 1
    return written
