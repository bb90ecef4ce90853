"""Participants without a name: an office of a country, or a body, shown as such."""

import pytest
from pytest_django.asserts import assertContains

from archive.models import Country, Meeting, Organization, Participation


@pytest.fixture
def unnamed(archive):
    """A meeting of Rahmon's where the text names only an office and the UN."""
    meeting = Meeting.objects.filter(participations__person__slug="emomali-rahmon")[0]
    Participation.objects.create(
        meeting=meeting, office="وزير الخارجية", country=Country.objects.get(code="TJ")
    )
    Participation.objects.create(
        meeting=meeting, organization=Organization.objects.get(name_en="United Nations")
    )
    return meeting


@pytest.mark.parametrize(
    "url",
    [
        "/meetings/",
        "/people/emomali-rahmon/",
        "/countries/TJ/",
        lambda m: m.article.get_absolute_url(),
    ],
    ids=["meetings", "person", "country", "article"],
)
def test_pages_name_an_office_by_its_country_and_a_body_by_its_name(
    client, unnamed, url
):
    response = client.get(url if isinstance(url, str) else url(unnamed))
    assertContains(response, '<span class="unnamed"><bdi>وزير خارجية طاجيكستان</bdi>')
    assertContains(response, '<span class="unnamed"><bdi>الأمم المتحدة</bdi>')


def test_unnamed_participants_cost_no_query_each(query_growth, unnamed):
    before, after = query_growth("/meetings/")
    assert before == after


@pytest.mark.parametrize(
    ("office", "country", "body", "label"),
    [
        ("الأمين العام", None, "United Nations", "أمين عام الأمم المتحدة"),
        ("", None, "Taliban", "طالبان"),
        ("وزير الخارجية الطاجيكي", "TJ", None, "وزير الخارجية الطاجيكي"),
        ("سفير الصين لدى طاجيكستان", "CN", None, "سفير الصين لدى طاجيكستان"),
        ("المندوب", "RU", "United Nations", "مندوب روسيا (الأمم المتحدة)"),
    ],
)
def test_a_label_says_whose_office_it_is(db, office, country, body, label):
    part = Participation(
        office=office,
        country=country and Country.objects.get(code=country),
        organization=body and Organization.objects.get(name_en=body),
    )
    assert part.label == label
