"""System checks for configuration the archive cannot honour yet."""

from django.conf import settings
from django.core import checks

WHOOSH_ENGINE = "archive.search.backend.ArabicWhooshEngine"


@checks.register(checks.Tags.compatibility)
def search_engine_supported(app_configs, **kwargs):
    """Indexing goes through Haystack to any engine; the search page does not yet."""
    engine = settings.HAYSTACK_CONNECTIONS["default"]["ENGINE"]
    if engine == WHOOSH_ENGINE:
        return []
    return [
        checks.Warning(
            "SEARCH_URL names an engine the search page and API cannot query yet.",
            hint="Haystack indexes to it, but archive/search/service.py builds Whoosh "
            "queries; leave SEARCH_URL unset to use the embedded Whoosh index.",
            id="archive.W001",
        )
    ]
