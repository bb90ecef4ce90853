"""Headers, methods, login throttling and file modes that keep the archive safe."""

import json
import os
import secrets
import stat
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.middleware import NOT_ALLOWED

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["/", "/search/?q=الصين", "/feeds/", "/api/search/?q=الصين", "/admin/login/"]
LOGIN = "/admin/login/"


@pytest.mark.parametrize("url", PAGES)
def test_every_answer_forbids_inline_code_and_foreign_sources(client, db, url):
    response = client.get(url)
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("method", ["options", "trace"])
@pytest.mark.parametrize("url", ["/", "/search/", "/countries/", "/feeds/", LOGIN])
def test_pages_refuse_options_and_trace(client, db, method, url):
    response = getattr(client, method)(url)
    assert response.status_code == 405
    assert "GET" in response["Allow"]


REFUSED = ["options", "trace", "post", "put", "patch", "delete"]


@pytest.mark.parametrize("method", REFUSED)
@pytest.mark.parametrize("url", ["/api/search/", "/api/articles/1/"])
def test_api_refuses_all_but_reading_in_json(client, db, method, url):
    response = getattr(client, method)(url)
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"error": NOT_ALLOWED}
    assert response["Allow"] == "GET, HEAD"


def test_search_page_is_not_a_form_to_post(client, db):
    assert client.post("/search/", {"q": "الصين"}).status_code == 405


def wrong_logins(client, username, times):
    for _ in range(times):
        client.post(LOGIN, {"username": username, "password": "wrong"})


def logs_in(client, username, password="password") -> bool:
    response = client.post(LOGIN, {"username": username, "password": password})
    return response.status_code == 302 and "_auth_user_id" in client.session


def test_right_password_logs_in(client, admin_user):
    assert logs_in(client, "admin")


def test_five_wrong_passwords_lock_the_account_until_staff_lift_it(client, admin_user):
    wrong_logins(client, "admin", 5)
    response = client.post(LOGIN, {"username": "admin", "password": "password"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    call_command("axes_reset_username", "admin", stdout=StringIO())
    assert logs_in(client, "admin")


def test_an_address_trying_many_accounts_is_locked_out(client, admin_user):
    for n in range(5):
        wrong_logins(client, f"guess{n}", 1)
    assert not logs_in(client, "admin")
    call_command("axes_reset_ip", "127.0.0.1", stdout=StringIO())
    assert logs_in(client, "admin")


def test_a_lock_on_one_address_spares_the_account_elsewhere(client, admin_user):
    for n in range(5):
        wrong_logins(client, f"guess{n}", 1)
    client.defaults["REMOTE_ADDR"] = "192.0.2.7"
    assert logs_in(client, "admin")


def manage(*args: str, data_dir: Path, production: bool = True):
    """manage.py in a fresh process, on an archive folder of its own (never the
    PostgreSQL database a test run may be given)."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SEARCH_URL")
    }
    env["ARCHIVE_DATA_DIR"] = str(data_dir)
    if production:
        env |= {
            "DJANGO_ALLOWED_HOSTS": "archive.example.org",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check(tmp_path):
    done = manage("check", "--deploy", "--fail-level", "WARNING", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr + done.stdout


# Writes to the database, then reports its write-ahead log's mode while it exists.
WAL_MODE = """
from django.db import connection
connection.cursor().execute("CREATE TABLE probe (x)")
import os
print(oct(os.stat(connection.settings_dict["NAME"] + "-wal").st_mode & 0o777))
"""


def test_secret_key_and_database_are_readable_by_their_owner_only(tmp_path):
    data = tmp_path / "archive"
    done = manage("shell", "-c", WAL_MODE, data_dir=data, production=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0o600"
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in [data, *data.iterdir()]}
    assert modes["archive"] == 0o700
    assert modes["secret_key"] == modes["archive.sqlite3"] == 0o600
