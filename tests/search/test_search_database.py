"""SEARCH_URL may name a PostgreSQL database of its own, apart from the records'
(interface.md): records in SQLite, search on a server. Its rows then follow each
commit through the outbox, and the backend makes its tables there itself."""

import subprocess

import psycopg
import pytest

from archive.benchmark.peers import initdb, postgres_server
from tests.conftest import FIXTURES
from tests.test_durability import isolated_env, manage

pytestmark = pytest.mark.skipif(
    not initdb(), reason="Debian's postgresql is not installed"
)

EDIT_AND_SEARCH = """
from archive.models import Article
from archive.search import service
print(service.search({"q": "طاجيكستان"}).count)
article = Article.objects.get(source_file__startswith="000")
article.title = "كلمةنادرة في عنوان حرره المحرر"
article.save()
print(service.search({"q": "كلمةنادرة"}).count)
"""


def test_records_in_sqlite_and_search_in_a_postgresql_database_of_its_own(tmp_path):
    with postgres_server() as server:
        server.execute("CREATE DATABASE search")
        url = f"postgres://bench@127.0.0.1:{server.info.port}/search"
        env = {**isolated_env(tmp_path), "SEARCH_URL": url}

        def run(*args):
            done = subprocess.run(
                manage(*args), env=env, capture_output=True, text=True, check=False
            )
            assert done.returncode == 0, done.stderr
            return done.stdout

        run("migrate", "--verbosity", "0")
        assert run("ingest", str(FIXTURES)).strip().endswith("rejected 0")
        with psycopg.connect(url) as search:
            rows = search.execute("SELECT count(*) FROM archive_searchdocument")
            assert rows.fetchone()[0] == 5
        found, edited = run("shell", "--no-imports", "-c", EDIT_AND_SEARCH).split()
        assert int(found) >= 3
        assert edited == "1"  # the save reached search once committed
        drift = run("check_index", "--dry-run")
        assert "database 5, index 5: missing 0, extra 0, queued before 0" in drift
        assert not (tmp_path / "whoosh_index").exists()  # no Whoosh beside it
