"""Draw the labelled meeting set from the ANT corpus (run once; the result is kept).

    python -m tests.meetings.draw ../shared/corpus/ant-news-2018.jsonl.gz

Three strata, each drawn with a fixed seed:
- random: world and Middle East articles, the base rate and precision;
- candidates: articles of any section holding a word of a broad encounter vocabulary,
  not already drawn, so that recall is measured on enough encounters;
- cues: world and Middle East articles, not already drawn, holding a strong cue (a
  meeting verb, talks with someone, a call): a third of the broad candidates turned
  out to report an encounter, so this stratum gives recall more encounters to count.
Each article's half (tune or heldout) is fixed by a hash of its docno.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
import sys
from pathlib import Path

from archive.arabic import normalize

HERE = Path(__file__).parent
OUT = HERE / "articles.jsonl"
SEED = 20261203
RANDOM_SIZE = 250
CANDIDATE_SIZE = 210
CUE_SIZE = 160
WORLD = {"internationalNews", "middleEast"}
MIN_CHARS, MAX_CHARS = 200, 6000

# Every cue of the annotation guide and of issue 7 section 2 (_ joins a phrase).
VOCABULARY = [
    normalize(word).replace("_", " ")
    for word in """
    التقى التقت التقيا التقوا التقاه التقاها لقاء لقائه لقائها لقاءات استقبل استقبلت
    اجتمع اجتماع اجتماعات بحث_مع بحثا محادثات مباحثات مشاورات وقعا وقع_الجانبان
    شهدا_توقيع زار زيارة اتصالا_هاتفيا اتصال_هاتفي هاتفيا مكالمة عبر_الفيديو
    الاتصال_المرئي دائرة_تلفزيونية قمة نظيره نظيرته وفد مبعوث المبعوث سفير
    """.split()
]

STRONG_CUES = [
    normalize(word).replace("_", " ")
    for word in """
    التقى التقت التقيا استقبل استقبلت اجتمع_مع اجتمعا بحث_مع بحثا محادثات_مع
    مباحثات_مع اتصالا_هاتفيا اتصال_هاتفي مكالمة_هاتفية تحدث_هاتفيا قمة_ثنائية
    """.split()
]

_PREFIX = re.compile("^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")


def has_cue(row: dict, vocabulary: list[str] = VOCABULARY) -> bool:
    """A cue as a whole word or phrase (clitics aside): زار is not inside وزارة."""
    words = [
        _PREFIX.sub("", w) for w in normalize(row["title"] + " " + row["text"]).split()
    ]
    text = " " + " ".join(words) + " "
    return any(f" {_PREFIX.sub('', cue)} " in text for cue in vocabulary)


def half(docno: str) -> str:
    """A fixed split: tune on one half, report on the other."""
    return "tune" if hashlib.sha1(docno.encode()).digest()[0] % 2 == 0 else "heldout"


def main(corpus: str) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    rows = [r for r in rows if MIN_CHARS <= len(r["text"]) <= MAX_CHARS]
    seen_text = set()
    unique = []
    for row in rows:
        key = row["text"][:300]
        if key not in seen_text:
            seen_text.add(key)
            unique.append(row)
    rng = random.Random(SEED)
    world = [r for r in unique if r["cat"] in WORLD]
    drawn = rng.sample(world, RANDOM_SIZE)
    taken = {r["docno"] for r in drawn}
    pool = [r for r in unique if r["docno"] not in taken and has_cue(r)]
    candidates = rng.sample(pool, CANDIDATE_SIZE)
    taken |= {r["docno"] for r in candidates}
    strong = [
        r
        for r in world
        if r["docno"] not in taken and has_cue(r, vocabulary=STRONG_CUES)
    ]
    cued = rng.sample(strong, CUE_SIZE)
    keep = ("docno", "src", "cat", "url", "time", "title", "text")
    strata = (("random", drawn), ("candidates", candidates), ("cues", cued))
    with OUT.open("w", encoding="utf-8") as out:
        for stratum, group in strata:
            for row in group:
                entry = {k: row[k] for k in keep}
                entry |= {"stratum": stratum, "half": half(row["docno"])}
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    sys.stdout.write(
        f"{len(drawn)} random, {len(candidates)} of {len(pool)} candidates, "
        f"{len(cued)} of {len(strong)} with strong cues\n"
    )


if __name__ == "__main__":
    main(sys.argv[1])
