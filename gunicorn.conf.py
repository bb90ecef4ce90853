"""Gunicorn for `make serve` and the systemd unit (README, Deploy): read from the
working directory, so both start the same server."""

import multiprocessing
import os

wsgi_app = "archive.wsgi:application"
# Loopback only: the reverse proxy in front terminates TLS and forwards here.
bind = os.environ.get("ARCHIVE_BIND", "127.0.0.1:8000")
# Sync workers, gunicorn's advice for CPU-bound apps: two per core and one more.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))
timeout = 30
graceful_timeout = 10
max_requests = 2000  # a worker that grew is replaced before it matters
max_requests_jitter = 200
accesslog = os.environ.get("ARCHIVE_ACCESS_LOG")  # unset: none; "-": stdout
# No control socket: a second server (the load test's) would contend for its path.
control_socket_disable = True


def on_starting(server):
    """Kept pages go with the release that rendered them (archive/pagecache.py)."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    django.setup()
    from archive import pagecache

    pagecache.clear()
