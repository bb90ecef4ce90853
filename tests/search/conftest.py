import pytest

from tests.search.factories import restore_registry


@pytest.fixture(autouse=True)
def _search_state(db, clean_index):
    """Each test starts with an empty index and a registry loaded from its data."""
    restore_registry()
    yield
    restore_registry()
