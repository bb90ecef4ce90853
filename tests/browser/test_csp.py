"""Under the Content-Security-Policy, nothing on the pages or in the admin is blocked:
no inline script or style, nothing from elsewhere."""

import pytest
from django.contrib.auth import get_user_model

from archive.models import Article, Person
from tests.browser.test_pages import pages_to_visit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]
PASSWORD = "a-long-password-for-tests"


def blocked_on(page, site: str, urls: list[str]) -> list[str]:
    """What the browser reported blocked by the policy on each of `urls`."""
    blocked = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and blocked.append(f"{page.url}: {message.text}")
        ),
    )
    for url in urls:
        response = page.goto(site + url)
        assert "default-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("load")
    return blocked


def test_pages_load_everything_under_the_policy(site, desktop):
    urls = [*pages_to_visit(), "/search/?q=الصين", "/no/such/page/"]
    assert blocked_on(desktop, site, urls) == []


def test_the_admin_works_under_the_policy(site, desktop):
    get_user_model().objects.create_superuser("staff", password=PASSWORD)
    desktop.goto(site + "/admin/login/")
    desktop.fill("#id_username", "staff")
    desktop.fill("#id_password", PASSWORD)
    desktop.click("input[type=submit]")
    assert desktop.url == site + "/admin/"
    article = Article.objects.filter(meetings__isnull=False).first()
    person = Person.objects.filter(participations__isnull=False).first()
    urls = [
        "/admin/",
        "/admin/archive/article/",
        f"/admin/archive/article/{article.pk}/change/",
        f"/admin/archive/person/{person.pk}/change/",
        "/admin/archive/meeting/add/",
    ]
    assert blocked_on(desktop, site, urls) == []
    # The admin's own scripts ran: the inline "add another" rows are JavaScript's.
    desktop.goto(site + f"/admin/archive/article/{article.pk}/change/")
    assert desktop.locator(".add-row a").count() >= 1
