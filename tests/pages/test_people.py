from pytest_django.asserts import assertContains, assertRedirects

from archive.models import Person


def test_person_list_shows_offices_countries_and_counts(client, archive):
    response = client.get("/people/")
    people = {p.slug: p for p in response.context["object_list"]}
    assert people["wang-yi"].n_meetings == 6
    assert people["wang-yi"].n_articles == 4
    assertContains(response, "وزير الخارجية الصيني")
    assertContains(response, '"><bdi>الصين</bdi></h2>', html=False)


def test_person_page_shows_meetings_counterparts_and_spellings(client, archive):
    person = Person.objects.get(slug="emomali-rahmon")
    response = client.get("/people/emomali-rahmon/")
    assertContains(response, f"<h1><bdi>{person.name_ar}</bdi></h1>")
    counterparts = [(p.slug, p.n) for p in response.context["counterparts"]]
    assert counterparts == [("xi-jinping", 2), ("wang-yi", 1)]
    for alias in person.aliases.all():
        assertContains(response, f"<bdi>{alias.text}</bdi>")
    assertContains(response, f"<title>لقاءات {person.name_ar} في كل سنة</title>")
    assert response.context["meetings"].paginator.count == 3


def test_person_by_id_redirects_to_the_slug(client, archive):
    person = archive["000"].people.get(slug="wang-yi")
    response = client.get(f"/people/{person.pk}/")
    assertRedirects(response, "/people/wang-yi/", status_code=301)


def test_unknown_person_is_404(client, archive):
    assert client.get("/people/nobody/").status_code == 404
    assert client.get("/people/99999/").status_code == 404


def test_empty_person_list_says_so(client, db):
    Person.objects.all().delete()  # the gazetteer's, in an archive with no articles
    assertContains(client.get("/people/"), "لا أشخاص في الأرشيف بعد.")


def test_person_list_query_count_does_not_grow(query_growth):
    before, after = query_growth("/people/")
    assert before == after <= 6


def test_person_detail_query_count_does_not_grow(query_growth):
    before, after = query_growth("/people/wang-yi/")
    assert before == after <= 20


def test_person_list_shows_people_the_texts_name_and_all_on_demand(client, archive):
    named = client.get("/people/").context
    everyone = client.get("/people/?all=1").context
    assert "wang-yi" in {p.slug for p in named["object_list"]}
    assert "sergey-lavrov" not in {p.slug for p in named["object_list"]}
    assert (
        named["paginator"].count < everyone["paginator"].count == Person.objects.count()
    )
