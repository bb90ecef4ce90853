"""The fixed mix of searches every engine answers, as `/api/search/` parameters."""

MIX = {
    "one word": {"q": "السعودية"},
    "two words": {"q": "وزير الخارجية"},
    "phrase": {"q": '"مجلس الأمن"'},
    # The registry folds ترمب into ترامب; an engine without one finds one spelling.
    "name with variants": {"q": "ترمب"},
    "country filter": {"q": "الرئيس", "country": "US"},
    "date range": {"q": "اتفاق", "from": "2018-03-01", "to": "2018-05-31"},
    "empty query, facets": {},
}


def words(params: dict) -> tuple[list[str], bool]:
    """The query's words, and whether they are one phrase (for the peers)."""
    q = params.get("q", "")
    return q.strip('"').split(), q.startswith('"')
