"""`make serve`'s server: gunicorn with gunicorn.conf.py, on loopback, on the
production settings, serving the static files itself (WhiteNoise)."""

import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(tmp_path_factory.mktemp("served")),
        "ARCHIVE_BIND": f"{HOST}:{port}",
        "WEB_CONCURRENCY": "1",
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn"], cwd=ROOT, env=env, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    yield port
    process.terminate()
    process.wait(timeout=30)


def request(port: int, method: str, path: str, proto: str = "https"):
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    connection.request(method, path, headers={"X-Forwarded-Proto": proto})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def test_static_files_come_from_the_app_server(server):
    response = request(server, "GET", "/static/css/archive.css")
    assert response.status == 200
    assert response.getheader("Content-Type").startswith("text/css")


def test_production_settings_are_in_force(server):
    plain = request(server, "GET", "/static/css/archive.css", proto="http")
    assert plain.status == 301  # to https, as the proxy in front would be asked
    refused = request(server, "OPTIONS", "/")
    assert refused.status == 405
    assert refused.getheader("Strict-Transport-Security").startswith("max-age=")
    assert "default-src 'self'" in refused.getheader("Content-Security-Policy")
