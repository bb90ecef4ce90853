"""The JSON API exactly as the interface document gives it."""

import datetime
import operator
import re

import pytest

from archive.dates import PartialDate
from archive.models import MeetingKind, Organization, Participation
from tests.search.factories import (
    article,
    country,
    indexed,
    person,
    restore_registry,
    source,
)

BAD_PARAMETERS = [
    {"kind": "boat"},
    {"year": "abc"},
    {"year": "20211"},
    {"from": "2020-13-45"},
    {"to": "yesterday"},
    {"from": "2021-02-01", "to": "2021-01-01"},
    {"page": "0"},
    {"page": "-1"},
    {"page": "x"},
    {"sort": "x"},
    {"country": "Kazakhstan"},
    {"country": "ZZ"},
    {"person": "nobody-at-all"},
    {"q": "a\x00b"},
]


@pytest.fixture(autouse=True)
def _search_state(db, clean_index):
    restore_registry()
    yield
    restore_registry()


@pytest.fixture
def reported(db):
    """An article with every field filled, one meeting, indexed."""
    tj, cn = country("TJ", "طاجيكستان"), country("CN", "الصين")
    rahmon = person("emomali-rahmon", "إمام علي رحمن", tj)
    wang = person("wang-yi", "وانغ يي", cn)
    made = article(
        "التقى وانغ يي الرئيس إمام علي رحمن في دوشنبه.",
        title="وانغ يي يلتقي رحمن",
        date=PartialDate(2021, 7, 14),
        countries=[tj, cn],
        people=[rahmon, wang],
        kinds=[MeetingKind.IN_PERSON],
        source=source(),
        place="دوشنبه",
        published_at=datetime.datetime(2021, 7, 14, 9, 30, tzinfo=datetime.UTC),
    )
    meeting = made.meetings.get()
    meeting.event_date = PartialDate(2021, 7, 13)
    meeting.place = "دوشنبه"
    meeting.save()
    for who in (rahmon, wang):
        Participation.objects.create(meeting=meeting, person=who, country=who.country)
    return indexed(made)[0]


def test_search_answers_with_the_documented_keys_and_types(client, reported):
    response = client.get("/api/search/", {"q": "رحمن"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert {"count", "page", "results", "facets"} <= body.keys()
    assert (body["count"], body["page"]) == (1, 1)
    (result,) = body["results"]
    assert result == {
        "id": reported.pk,
        "title": "وانغ يي يلتقي رحمن",
        "date": "2021-07-14",
        "countries": sorted(result["countries"]),
        "source_file": reported.source_file,
        "url": f"/articles/{reported.pk}/",
        "snippet": result["snippet"],
    }
    assert sorted(result["countries"]) == ["CN", "TJ"]
    assert "<mark>رحمن</mark>" in result["snippet"]
    assert set(body["facets"]) == {"country", "person", "kind", "source", "year"}
    assert {"value": "in_person", "label": "لقاء مباشر", "count": 1} in body["facets"][
        "kind"
    ]


def test_an_empty_query_selects_by_the_filters_alone(client, reported):
    indexed(article("خبر آخر"))
    assert client.get("/api/search/", {"country": "TJ"}).json()["count"] == 1
    assert client.get("/api/search/", {"person": "wang-yi"}).json()["count"] == 1
    assert client.get("/api/search/", {"kind": "in_person"}).json()["count"] == 1
    assert client.get("/api/search/").json()["count"] == 2


def test_an_undated_article_has_a_null_date(client, db):
    indexed(article("خبر بلا تاريخ"))
    assert client.get("/api/search/").json()["results"][0]["date"] is None


@pytest.mark.parametrize("params", BAD_PARAMETERS, ids=str)
def test_a_bad_parameter_gives_400_with_an_error(client, db, params):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    assert list(response.json()) == ["error"]
    assert isinstance(response.json()["error"], str) and response.json()["error"]


@pytest.mark.parametrize(
    "q",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "&amp; &lt; '\"",
        "رحمن <b>",
    ],
)
def test_snippets_hold_no_tag_but_mark(client, db, q):
    indexed(
        article('قال <b>رحمن</b> إن "script" <script>alert(1)</script> & <img src=x>')
    )
    for result in client.get("/api/search/", {"q": q}).json()["results"]:
        tags = set(re.findall(r"</?([a-zA-Z]+)", result["snippet"]))
        assert tags <= {"mark"}, result["snippet"]


def test_the_article_answers_with_the_documented_fields(client, reported):
    body = client.get(f"/api/articles/{reported.pk}/").json()
    assert body == {
        "id": reported.pk,
        "title": "وانغ يي يلتقي رحمن",
        "date": "2021-07-14",
        "date_precision": "day",
        "month": None,
        "day": None,
        "date_text": "14 يوليو 2021",
        "published_at": "2021-07-14T09:30:00+00:00",
        "url": None,
        "source": "شينخوا",
        "place": "دوشنبه",
        "countries": body["countries"],
        "people": body["people"],
        "meetings": [
            {
                "date": "2021-07-13",
                "date_precision": "day",
                "kind": "in_person",
                "place": "دوشنبه",
                "participants": body["meetings"][0]["participants"],
            }
        ],
        "source_file": reported.source_file,
        "body": reported.body,
    }
    assert sorted(body["countries"]) == ["CN", "TJ"]
    people = [
        {"name": "إمام علي رحمن", "country": "TJ"},
        {"name": "وانغ يي", "country": "CN"},
    ]
    key = operator.itemgetter("name")
    assert sorted(body["people"], key=key) == people
    assert sorted(body["meetings"][0]["participants"], key=key) == [
        {**p, "office": None, "organization": None} for p in people
    ]


def test_a_participant_may_be_an_office_or_a_body_without_a_name(client, reported):
    meeting = reported.meetings.get()
    Participation.objects.filter(meeting=meeting).delete()
    un = Organization.objects.get(name_en="United Nations")
    Participation.objects.create(
        meeting=meeting, office="وزير الخارجية", country=country("TJ")
    )
    Participation.objects.create(meeting=meeting, organization=un)
    Participation.objects.create(
        meeting=meeting, office="الأمين العام", organization=un
    )

    body = client.get(f"/api/articles/{reported.pk}/").json()

    assert body["meetings"][0]["participants"] == [
        {
            "name": None,
            "office": "وزير الخارجية",
            "country": "TJ",
            "organization": None,
        },
        {
            "name": None,
            "office": None,
            "country": None,
            "organization": "الأمم المتحدة",
        },
        {
            "name": None,
            "office": "الأمين العام",
            "country": None,
            "organization": "الأمم المتحدة",
        },
    ]


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (PartialDate(2021, 5), ("2021-05-01", "month", None, None, "مايو 2021")),
        (PartialDate(2021), ("2021-01-01", "year", None, None, "2021")),
        (
            PartialDate(None, 5, 18),
            (None, "day_no_year", 5, 18, "18 مايو (السنة غير مذكورة)"),
        ),
        (PartialDate(), (None, None, None, None, None)),
    ],
)
def test_partial_dates_say_how_much_is_known(client, db, date, expected):
    made = article("خبر", date=date)
    body = client.get(f"/api/articles/{made.pk}/").json()
    fields = ("date", "date_precision", "month", "day", "date_text")
    assert tuple(body[f] for f in fields) == expected
    assert (body["published_at"], body["source"], body["url"]) == (None, None, None)


def test_a_missing_article_is_404_in_json(client, db):
    response = client.get("/api/articles/999999/")
    assert response.status_code == 404
    assert "error" in response.json()
