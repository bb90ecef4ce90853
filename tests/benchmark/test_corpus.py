"""The bench's articles: a seeded sample of the corpus, then recombined ones."""

from pathlib import Path

from archive.benchmark.corpus import choose, generate, read_corpus, sentences

SAMPLE = Path(__file__).resolve().parents[1] / "relevance" / "corpus_sample.jsonl"
CORPUS = read_corpus(SAMPLE)[:40]


def test_a_size_within_the_corpus_is_a_seeded_sample_of_it():
    picked = list(choose(CORPUS, 10, seed=7))
    assert len(picked) == 10
    assert picked == list(choose(CORPUS, 10, seed=7))
    assert picked != list(choose(CORPUS, 10, seed=8))
    assert {a["url"] for a in picked} <= {r["url"] for r in CORPUS}


def test_a_size_above_the_corpus_adds_generated_articles():
    picked = list(choose(CORPUS, 55, seed=7))
    assert len(picked) == 55
    assert len({a["url"] for a in picked}) == 55
    assert len({a["text"] for a in picked}) == 55


def test_generated_articles_are_deterministic_and_recombine_real_sentences():
    first = list(generate(CORPUS, 5, seed=3))
    assert first == list(generate(CORPUS, 5, seed=3))
    real = set(sentences(CORPUS))
    for article in first:
        dateline, *body = article["text"].split("\n")
        assert "، " in dateline and "(" in dateline  # city، date (agency)
        assert dateline.split("، ")[0] in article["text"]
        assert set(body) <= real
        assert article["src"] and article["time"].startswith(("2018", "2019"))
