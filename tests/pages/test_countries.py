from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from archive.models import Meeting


def test_country_list_groups_by_region_with_counts(client, archive):
    response = client.get("/countries/")
    countries = response.context["countries"]
    # Central Asia comes before East Asia, as the regions are listed.
    regions = [c.region for c in countries]
    assert regions.index("central_asia") < regions.index("east_asia")
    tajikistan = next(c for c in countries if c.code == "TJ")
    assert (tajikistan.n_articles, tajikistan.n_meetings) == (6, 5)
    assertContains(response, "<h2", count=2)
    assertContains(response, "آسيا الوسطى")
    assertContains(response, 'href="/countries/TJ/"')


def test_country_page_shows_articles_meetings_chart_and_counterparts(client, archive):
    response = client.get("/countries/TJ/")
    assertContains(response, "<h1><bdi>طاجيكستان</bdi></h1>", html=False)
    assertContains(response, archive["000"].display_title)
    assertContains(response, 'role="img"')
    assertContains(response, "<title>مقالات طاجيكستان ولقاءاتها في كل سنة</title>")
    assert [c.code for c in response.context["counterparts"]] == ["CN"]
    officials = [p.slug for p in response.context["officials"]]
    assert officials == ["wang-yi", "xi-jinping"]
    assertContains(response, 'href="/feeds/countries/TJ/"')


def test_country_page_chart_has_a_table_alternative(client, archive):
    response = client.get("/countries/TJ/")
    rows = response.context["chart"].rows
    assert rows[0] == (2024, [1, 1]) and rows[-1] == (2017, [1, 1])
    assertContains(response, '<th scope="row">2021</th><td class="num">2</td>')


def test_country_code_in_lower_case_redirects(client, archive):
    assertRedirects(client.get("/countries/tj/"), "/countries/TJ/", status_code=301)


def test_unknown_country_is_404(client, archive):
    response = client.get("/countries/ZZ/")
    assert response.status_code == 404
    assertContains(response, "قائمة الدول", status_code=404)


def test_country_without_meetings_or_dates_says_so(client, archive):
    Meeting.objects.filter(countries__code="KG").delete()
    response = client.get("/countries/KG/")
    assertContains(response, "لا لقاءات مسجلة لهذه الدولة بعد.")
    assertNotContains(response, 'role="img"')  # its one article has no date


def test_country_pages_query_count_does_not_grow(query_growth):
    before, after = query_growth("/countries/")
    assert before == after <= 6


def test_country_detail_query_count_does_not_grow(query_growth):
    before, after = query_growth("/countries/TJ/")
    assert before == after <= 20
