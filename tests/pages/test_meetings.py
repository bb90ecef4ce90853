import pytest
from pytest_django.asserts import assertContains


def meetings(client, query=""):
    return list(client.get(f"/meetings/{query}").context["page_obj"].object_list)


def test_meeting_list_shows_who_where_when_how(client, archive):
    response = client.get("/meetings/")
    assert response.context["paginator"].count == 8
    assertContains(response, "<bdi>وانغ يي</bdi>")
    assertContains(response, "اتصال هاتفي")
    assertContains(response, "في <bdi>تشنغدو</bdi>")
    assertContains(response, "1 ديسمبر 2024")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?kind=phone", 1),
        ("?kind=video", 1),
        ("?country=KZ", 1),
        ("?country=TJ", 5),
        ("?person=emomali-rahmon", 3),
        ("?year=2024", 3),
        ("?country=TJ&person=wang-yi&year=2021", 2),
    ],
)
def test_filters_narrow_the_meetings(client, archive, query, expected):
    assert len(meetings(client, query)) == expected


def test_every_filter_has_a_label(client, archive):
    response = client.get("/meetings/")
    for name in ("kind", "country", "person", "year"):
        assertContains(response, f'<label for="id_{name}">')


@pytest.mark.parametrize("query", ["?year=abc", "?country=ZZ", "?kind=<script>"])
def test_a_bad_filter_is_reported_not_an_error(client, archive, query):
    response = client.get(f"/meetings/{query}")
    assert response.status_code == 200
    assert response.context["paginator"].count == 8
    assertContains(response, 'class="errorlist')


def test_no_match_says_so(client, archive):
    assertContains(
        client.get("/meetings/?kind=phone&year=2024"), "لا لقاءات تطابق هذه التصفية"
    )


def test_meetings_are_paginated(client, archive):
    from tests.pages.sample import add_more

    add_more(30)
    response = client.get("/meetings/?page=2")
    assert response.context["page_obj"].number == 2
    assertContains(response, "صفحة <bdi>2</bdi> من <bdi>2</bdi>")


def test_meeting_list_query_count_does_not_grow(query_growth):
    before, after = query_growth("/meetings/?country=TJ")
    assert before == after <= 10


def test_filter_selects_mark_the_choice_and_escape_labels():
    from archive.views.meetings import PlainSelect

    select = PlainSelect(choices=[("", "الكل"), ("a&b", 'وزير "الخارجية" <الصين>')])
    html = select.render("person", "a&b", {"id": "id_person"})
    assert html == (
        '<select name="person" id="id_person"><option value="">الكل</option>'
        '<option value="a&amp;b" selected>وزير &quot;الخارجية&quot; &lt;الصين&gt;'
        "</option></select>"
    )
