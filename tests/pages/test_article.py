import re

from pytest_django.asserts import assertContains


def meta(html: str) -> dict[str, list[str]]:
    found = {}
    for name, content in re.findall(r'<meta name="([^"]+)" content="([^"]*)">', html):
        found.setdefault(name, []).append(content)
    return found


def test_article_page_shows_what_a_reader_needs(client, archive):
    article = archive["000"]
    response = client.get(f"/articles/{article.pk}/")
    assertContains(response, '<time datetime="2021-07-13">13 يوليو 2021</time>')
    assertContains(response, 'الموافق <bdi class="nowrap">3 ذو الحجة 1442 هـ</bdi>')
    assertContains(response, "<bdi>شينخوا</bdi>")
    assertContains(response, "<dd><bdi>دوشنبه</bdi></dd>")
    assertContains(response, 'href="/countries/TJ/"')
    assertContains(response, 'href="/people/emomali-rahmon/"')
    assertContains(response, "اللقاءات في هذا المقال")
    # The clean text as paragraphs, one per line of the source.
    assertContains(response, "<p>أدلى وانغ بهذه التصريحات خلال اجتماع")
    assertContains(response, '<details class="raw">')
    assertContains(response, f"http://testserver/articles/{article.pk}/")
    assertContains(response, 'class="cite"')


def test_article_text_is_escaped(client, archive):
    article = archive["month"]
    article.body = "سطر <script>alert(1)</script>"
    article.save()
    response = client.get(f"/articles/{article.pk}/")
    assert b"<script>alert(1)" not in response.content
    assertContains(response, "&lt;script&gt;")


def test_citation_meta_tags(client, archive):
    article = archive["001"]
    tags = meta(client.get(f"/articles/{article.pk}/").content.decode())
    assert tags["citation_title"] == [article.title]
    assert tags["citation_publication_date"] == ["2024/12/01"]
    assert tags["citation_publisher"] == ["شينخوا"]
    assert tags["citation_language"] == ["ar"]
    assert tags["citation_fulltext_html_url"] == [
        f"http://testserver/articles/{article.pk}/"
    ]
    assert len(tags["citation_keywords"]) == 4


def test_citation_date_follows_the_precision(client, archive):
    month = meta(client.get(f"/articles/{archive['month'].pk}/").content.decode())
    assert month["citation_date"] == ["2021/07"]
    yearless = meta(client.get(f"/articles/{archive['003'].pk}/").content.decode())
    assert "citation_date" not in yearless


def test_previous_and_next_by_date(client, archive):
    context = client.get(f"/articles/{archive['000'].pk}/").context
    assert context["previous"] == archive["month"]  # 1 July 2021 sorts before 13
    assert context["following"] == archive["001"]
    last = client.get(f"/articles/{archive['001'].pk}/").context
    assert last["following"] is None


def test_undated_article_has_no_date_neighbours(client, archive):
    response = client.get(f"/articles/{archive['004'].pk}/")
    assert response.context["previous"] is None
    assertContains(response, "تاريخ غير معروف")


def test_unknown_article_is_404(client, archive):
    response = client.get("/articles/99999/")
    assert response.status_code == 404
    assertContains(response, "لم نجد هذه الصفحة", status_code=404)


def test_article_query_count_does_not_grow(client, archive, query_growth):
    before, after = query_growth(f"/articles/{archive['000'].pk}/")
    assert before == after <= 12
