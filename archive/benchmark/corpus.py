"""The bench's articles: real corpus articles, then recombined ones past its size.

Sizes above the corpus are filled by a seeded generator that recombines real corpus
sentences into new articles with a dateline, a source and officials' names, so that
ingest does real work on them (datelines, dates, countries, people, meetings) and the
index holds real Arabic vocabulary in realistic proportions.
"""

from __future__ import annotations

import datetime
import gzip
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from archive.dates import ARABIC_MONTHS

SENTENCE_END = re.compile(r"(?<=[.!؟])\s+")
SENTENCE_WORDS = range(8, 61)  # shorter are captions and furniture; longer, run-ons
CITIES = [
    "موسكو",
    "بكين",
    "واشنطن",
    "القاهرة",
    "الرياض",
    "أنقرة",
    "طهران",
    "أستانا",
    "دوشنبه",
    "طشقند",
    "باريس",
    "برلين",
    "بيروت",
    "عمان",
    "الدوحة",
    "أبوظبي",
]
AGENCIES = ["رويترز", "أ ف ب", "شينخوا", "سبوتنيك", "الأناضول", "أ ب"]
SOURCES = ["alarabia", "bbc", "cnn", "france24", "skynews"]  # the corpus's own `src`
OFFICIALS = [
    "الرئيس الروسي فلاديمير بوتين",
    "الرئيس الأمريكي دونالد ترامب",
    "الرئيس الصيني شي جين بينغ",
    "وزير الخارجية الصيني وانغ يي",
    "وزير الخارجية الروسي سيرغي لافروف",
    "الرئيس الطاجيكي إمام علي رحمون",
    "الرئيس الكازاخستاني نور سلطان نزارباييف",
    "الرئيس التركي رجب طيب أردوغان",
    "الرئيس الفرنسي إيمانويل ماكرون",
    "المستشارة الألمانية أنغيلا ميركل",
]
LEADS = [
    "التقى {a} {b} في {city} وبحثا العلاقات الثنائية والقضايا الإقليمية.",
    "أجرى {a} اتصالا هاتفيا مع {b} تناول فيه سبل تعزيز التعاون.",
    "استقبل {a} في {city} {b} الذي يقوم بزيارة رسمية.",
]
FIRST_DAY = datetime.date(2018, 1, 1)
DAYS = 730  # generated events fall in 2018 and 2019


def read_corpus(path: Path) -> list[dict]:
    """A JSON Lines export, gzipped (the shared corpus) or not (the tests' sample)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def choose(corpus: list[dict], size: int, seed: int) -> Iterator[dict]:
    """`size` articles as export lines: a seeded sample of the corpus in its order,
    or all of it and generated ones after."""
    if size <= len(corpus):
        picked = sorted(random.Random(seed).sample(range(len(corpus)), size))
        yield from (_export_line(corpus[i]) for i in picked)
        return
    yield from (_export_line(record) for record in corpus)
    yield from generate(corpus, size - len(corpus), seed)


def _export_line(record: dict) -> dict:
    return {key: record[key] for key in ("title", "text", "time", "url", "src")}


def generate(corpus: list[dict], count: int, seed: int) -> Iterator[dict]:
    """`count` new articles, the same for the same corpus and seed."""
    rng = random.Random(seed)
    pool = sentences(corpus)
    for number in range(count):
        day = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
        city = rng.choice(CITIES)
        a, b = rng.sample(OFFICIALS, 2)
        when = f"{day.day} {ARABIC_MONTHS[day.month]} {day.year}"
        dateline = f"{city}، {when} ({rng.choice(AGENCIES)}) -"
        lead = rng.choice(LEADS).format(a=a, b=b, city=city)
        body = rng.sample(pool, rng.randint(4, 12))
        yield {
            "title": " ".join(rng.choice(pool).split()[:10]),
            "text": "\n".join([f"{dateline} {lead}", *body]),
            "time": f"{day.isoformat()}T18:00:00+00:00",
            "url": f"https://bench.invalid/generated/{seed}/{number}",
            "src": rng.choice(SOURCES),
        }


def sentences(corpus: list[dict]) -> list[str]:
    return [
        sentence
        for record in corpus
        for sentence in SENTENCE_END.split(record["text"].replace("\n", " "))
        if len(sentence.split()) in SENTENCE_WORDS
    ]


def write_export(articles: Iterator[dict], path: Path) -> int:
    """Write the articles as a .jsonl export; return the bytes of text they hold."""
    text_bytes = 0
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
            text_bytes += len(f"{article['title']}\n{article['text']}".encode())
    return text_bytes
