"""A query may not ask for unbounded work: too long or too many words is refused with
the reason, on the page and in the API; "did you mean" looks up a few words only."""

import pytest
from haystack import connections

from archive.search import service
from archive.search.query import (
    MAX_PARTS,
    MAX_QUERY_CHARS,
    MAX_WORDS,
    TOO_LONG,
    TOO_MANY_WORDS,
    over_cap,
    parse,
)
from tests.search.factories import article, indexed

WORDS = ["كلمة"] * (MAX_WORDS + 1)
TOO_MUCH = {
    "too-long": ("ب" * (MAX_QUERY_CHARS + 1), TOO_LONG),
    "too-many-words": (" ".join(WORDS), TOO_MANY_WORDS),
    "too-many-alternatives": (" OR ".join(WORDS), TOO_MANY_WORDS),
}


def test_queries_within_the_caps_pass():
    assert over_cap(" OR ".join(["كلمة"] * MAX_WORDS)) is None
    assert over_cap("ب" * MAX_QUERY_CHARS) is None


def test_every_word_the_caps_allow_is_parsed():
    parsed = parse(" OR ".join(f"كلمة{n}" for n in range(MAX_WORDS)))
    assert len(parsed.required[0]) == MAX_WORDS <= MAX_PARTS


@pytest.mark.parametrize("q, message", TOO_MUCH.values(), ids=TOO_MUCH)
def test_the_api_refuses_too_much_with_400_and_the_reason(client, q, message):
    response = client.get("/api/search/", {"q": q})
    assert response.status_code == 400
    assert message in response.json()["error"]


@pytest.mark.parametrize("q, message", TOO_MUCH.values(), ids=TOO_MUCH)
def test_the_page_refuses_too_much_and_says_why(client, q, message):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 400
    assert message in response.content.decode()


class CountingBackend:
    """The real backend, counting the vocabulary walks of "did you mean"."""

    def __init__(self, backend):
        self.backend, self.walks = backend, 0

    def __getattr__(self, name):
        return getattr(self.backend, name)

    def closest_term(self, term, maxdist):
        self.walks += 1
        return self.backend.closest_term(term, maxdist)


def test_did_you_mean_looks_up_a_few_unknown_words_only():
    indexed(article("وقع البلدان اتفاقية التعاون الاقتصادي"))
    backend = CountingBackend(connections["default"].get_backend())
    typos = ["التعاوون", *(f"زقلمط{letter}" for letter in "بتثجحخدذ")]
    suggestion = service.did_you_mean(" ".join(typos), backend)
    assert backend.walks == service.MAX_CORRECTIONS
    assert suggestion.startswith("التعاون ")
