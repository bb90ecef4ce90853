"""Headless Debian Chromium through Playwright, against pytest-django's live server."""

import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from tests.pages.sample import temporary_index

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(scope="module")
def browser():
    """One browser per module: Playwright's event loop ends with it, so the database
    tests that run after this module see no running loop."""
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `make browser`")
    # The sync API keeps an event loop in this thread; the tests' own ORM calls
    # (fixtures, flushes) are plain synchronous code all the same.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def site(live_server, tmp_path):
    """The live server's address, its archive ingested from fixtures/ into a
    search index of its own."""
    with temporary_index(tmp_path / "whoosh"):
        call_command("ingest", str(FIXTURES), stdout=StringIO())
        yield live_server.url


@pytest.fixture(params=[390, 1280], ids=["phone", "desktop"])
def page(request, browser):
    """A page at a phone's width, then at a desktop's."""
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    yield context.new_page()
    context.close()


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()
