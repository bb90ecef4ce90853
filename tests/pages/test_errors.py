from django.test import override_settings
from django.urls import path
from pytest_django.asserts import assertContains

from archive.urls import urlpatterns as archive_urls


def test_404_is_arabic_and_helps_the_reader_on(client, db):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assertContains(response, "لم نجد هذه الصفحة", status_code=404)
    assertContains(response, 'action="/search/"', status_code=404)
    assertContains(response, '<label for="q-404">', status_code=404)


def test_404_points_to_the_section_meant(client, db):
    response = client.get("/countries/ZZ/")
    assertContains(response, 'href="/countries/">قائمة الدول</a>', status_code=404)


def broken(request):
    raise RuntimeError("boom")


urlpatterns = [path("broken/", broken), *archive_urls]
handler500 = "archive.views.errors.server_error"


@override_settings(ROOT_URLCONF=__name__)
def test_500_is_arabic_and_offers_a_way_on(client, db):
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "حدث خطأ من جهتنا" in html
    assert 'href="/search/"' in html
