"""Every search backend: boosts, facets, filters, updates, Haystack's own calls; and
the Whoosh backend's schema and shared searcher."""

from io import StringIO

import pytest
from django.core.management import call_command
from haystack import connections
from haystack.query import SearchQuerySet
from whoosh import fields
from whoosh import query as wq

from archive.dates import PartialDate
from archive.search import backend as whoosh_backend
from archive.search.analyzer import ArabicTokenizer
from archive.search.base import TEXT_FIELDS
from archive.search.outbox import index_articles
from archive.search.query import analyse, parse
from archive.search_indexes import TITLE_BOOST
from tests.search.factories import api, article, country, ids, indexed


def backend():
    return connections["default"].get_backend()


@pytest.mark.whoosh  # the Whoosh schema itself
def test_text_fields_use_the_arabic_analysis_and_the_title_its_boost(db):
    schema = backend().schema
    for name in ("text", "title"):
        assert isinstance(schema[name].analyzer.inner.items[0], ArabicTokenizer)
    assert schema["title"].format.field_boost == TITLE_BOOST
    assert schema["text"].vector is not None  # passages found without re-analysis
    assert not schema["text"].stored  # the body is kept once, in the database
    assert isinstance(schema["source_file"], fields.STORED)
    assert isinstance(schema["countries"], fields.KEYWORD)


def test_a_word_in_the_title_ranks_above_the_same_word_in_a_body(client):
    in_body = article("أخبار اليوم: وصل وفد إلى كازاخستان", title="أخبار اليوم")
    in_title = article("زار الوزير البلاد أمس", title="زيارة إلى كازاخستان")
    indexed(in_body, in_title)
    found = api(client, q="كازاخستان")
    assert [r["id"] for r in found["results"]] == [in_title.pk, in_body.pk]


def test_facet_counts_narrow_with_the_query(client):
    cn, tj, kz = country("CN"), country("TJ"), country("KZ")
    indexed(
        article("الصين وطاجيكستان", countries=[cn, tj], date=PartialDate(2021)),
        article("الصين وكازاخستان", countries=[cn, kz], date=PartialDate(2022)),
        article("كازاخستان وحدها", countries=[kz], date=PartialDate(2022)),
    )

    def counts(**params):
        facets = api(client, **params)["facets"]
        return {p: {v["value"]: v["count"] for v in vs} for p, vs in facets.items()}

    assert counts()["country"] == {"CN": 2, "KZ": 2, "TJ": 1}
    assert counts(q="الصين")["country"] == {"CN": 2, "KZ": 1, "TJ": 1}
    assert counts(q="الصين", country="TJ") == {
        "country": {"CN": 1, "TJ": 1},
        "person": {},
        "kind": {},
        "source": {},
        "year": {"2021": 1},
    }


def test_facet_counts_follow_edits_and_deletions(client):
    cn, kz = country("CN"), country("KZ")
    first, second = indexed(
        article("قمة الصين", countries=[cn]), article("قمة أخرى", countries=[cn])
    )

    def countries():
        facets = api(client, q="قمة")["facets"]["country"]
        return {v["value"]: v["count"] for v in facets}

    assert countries() == {"CN": 2}  # counted once: the table is then kept
    first.countries.set([kz])
    indexed(first)
    assert countries() == {"CN": 1, "KZ": 1}
    gone = second.pk
    second.delete()
    index_articles([gone])
    assert countries() == {"KZ": 1}


def test_the_count_is_every_match_not_the_pages_read(client):
    # Scores that differ, so that a top-N collector would drop some from its heap.
    indexed(*(article("قمة " * (1 + i % 7) + f"رقم {i}") for i in range(45)))
    assert api(client, q="قمة")["count"] == 45
    assert len(api(client, q="قمة", page=3)["results"]) == 5


def test_filters_combine_with_the_query(client):
    kz = country("KZ")
    old = article("قمة في كازاخستان", date=PartialDate(2019, 3, 1), countries=[kz])
    new = article("قمة في كازاخستان", date=PartialDate(2021, 7, 14), countries=[kz])
    elsewhere = article("قمة في الصين", date=PartialDate(2021, 7, 15))
    undated = article("قمة بلا تاريخ")
    indexed(old, new, elsewhere, undated)
    assert ids(api(client, q="قمة", year=2021)) == {new.pk, elsewhere.pk}
    assert ids(api(client, q="قمة", country="KZ")) == {old.pk, new.pk}
    within = {"from": "2021-07-14", "to": "2021-07-14"}
    assert ids(api(client, q="قمة", **within)) == {new.pk}
    assert ids(api(client, **{"from": "2020-01-01"})) == {new.pk, elsewhere.pk}
    assert ids(api(client, to="2020-01-01")) == {old.pk}


@pytest.mark.whoosh  # Whoosh's searcher; PostgreSQL reads committed rows
def test_searches_share_one_searcher_until_the_index_changes(db):
    first = indexed(article("الصين"))[0]
    searcher = backend()._shared().searcher
    assert backend()._shared().searcher is searcher
    first.body = "الصين وروسيا"
    indexed(first)
    assert backend()._shared().searcher is not searcher


def test_an_updated_article_is_found_once_in_its_new_version(client):
    articles = indexed(article("نص قديم"), article("نص قديم آخر"))
    api(client, q="قديم")  # opens the shared searcher
    for changed in articles:
        changed.body = "نص جديد"
        changed.save()
    indexed(*articles)
    assert api(client, q="قديم")["count"] == 0
    assert api(client, q="جديد")["count"] == 2


@pytest.mark.whoosh  # a Whoosh query error; SQL has no such runtime case
def test_a_query_whoosh_cannot_run_gives_no_hits(client, monkeypatch):
    indexed(article("الصين"))
    impossible = wq.Phrase("year", ["2021", "2022"])  # a field without positions
    assert backend()._run(impossible).total == 0

    monkeypatch.setattr(whoosh_backend, "TEXT_FIELDS", ("year",))
    assert api(client, q='"2021 2022"')["count"] == 0


def test_haystack_highlights_with_the_arabic_analysis(db):
    indexed(article("قال الرئيس إنَّ الصِّينَ شريك موثوق"))
    result = SearchQuerySet().filter(content="الصين").highlight()[0]
    assert "<mark>الصِّينَ</mark>" in result.highlighted["text"][0]


def test_haystacks_own_commands_rebuild_the_index(client):
    found = article("الصين")
    call_command("rebuild_index", interactive=False, stdout=StringIO())
    assert ids(api(client, q="الصين")) == {found.pk}
    call_command("update_index", stdout=StringIO())
    assert ids(api(client, q="الصين")) == {found.pk}


@pytest.mark.whoosh  # Whoosh's shared searcher; PostgreSQL asks the database each time
def test_a_repeated_search_is_answered_from_memory_until_the_index_changes(
    client, monkeypatch
):
    indexed(article("الصين"))
    answered = []
    run = whoosh_backend.ArabicWhooshSearchBackend._answer
    monkeypatch.setattr(
        whoosh_backend.ArabicWhooshSearchBackend,
        "_answer",
        lambda *args, **kwargs: answered.append(1) or run(*args, **kwargs),
    )
    assert api(client, q="الصين")["count"] == api(client, q="الصين")["count"] == 1
    assert len(answered) == 1
    indexed(article("الصين والهند"))
    assert api(client, q="الصين")["count"] == 2
    assert len(answered) == 2


@pytest.mark.whoosh  # the Whoosh backend's own sets and kept scores
def test_kept_scores_count_and_rank_as_whoosh_itself_does(db):
    indexed(
        article("مجلس الأمن الدولي"),
        article("الأمن في مجلس المدينة"),
        article("مجلس الأمن ومجلس الأمن والوزراء", title="الوزراء"),
        article("مجلس الوزراء"),
        article("اجتمع الوزراء في مجلس الأمن ثم عاد الوزراء إلى بلادهم"),
        article("الوزراء " * 3 + "أخبار الرياضة " * 20),
        article("أخبار الرياضة"),
    )
    parsed = parse('"مجلس الأمن" OR الوزراء -الدولي')
    query = whoosh_backend.whoosh_query(analyse(parsed), TEXT_FIELDS)
    shared = backend()._shared()
    whoosh_ranked = shared.searcher.search(query, limit=None)
    assert shared.docs(query) == whoosh_ranked.docs() and len(whoosh_ranked) == 4
    hits = backend()._run(query)
    assert [doc["django_id"] for doc in hits.docs] == [
        hit["django_id"] for hit in whoosh_ranked
    ]
    phrase = wq.Phrase("text", ["مجلس", "امن"])
    assert shared.scored(phrase) is shared.scored(phrase)  # worked out once


A, B, C = (wq.Term("text", word) for word in ("ا", "ب", "ج"))


@pytest.mark.parametrize(
    ("query", "parts"),
    [
        (wq.And([wq.Or([A, B]), C]), [A, B, C]),
        (wq.AndNot(wq.And([A, C]), B), [A, C]),
        # A matching document may hold A without B: A adds nothing to its score.
        (wq.Or([wq.And([A, B]), C]), None),
        (wq.Or([wq.AndNot(A, B), C]), None),
        (wq.AndNot(wq.Every(), B), None),
    ],
)
def test_kept_scores_rank_only_where_every_word_held_counts(query, parts):
    assert whoosh_backend._scored_parts(query) == parts
