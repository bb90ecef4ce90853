"""Public pages kept until the archive changes, never longer.

A page is rendered from the records and, for search, from the index. Every write to
the records gives the one `ArchiveVersion` row a new token in the same transaction
(`archive_changed`, a receiver of every save, delete and link change of the
archive's models; bulk loads and update() calls call it themselves), and the index
has a commit number of its own (a search page also keys on the version of the names
it expands queries with). An anonymous reader's GET is answered from a cache that
every worker shares, under its URL and those numbers: a page is rendered once per
change of the archive instead of once per reader, and a write makes every kept page
obsolete at once, so none is ever served stale. Staff (with a session) always get a
fresh page; so does everyone when ARCHIVE_PAGE_CACHE or DEBUG turns it off, or when
the search backend keeps no number (PostgreSQL's).
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db.models import signals
from haystack import connections

from archive.models import ArchiveVersion, NameSpellingsVersion, PendingIndex
from archive.search import names

CACHE = "pages"  # settings.CACHES: a cache every worker of the server shares
# Rows whose writes change no page: the token itself, and bookkeeping whose cause
# (a record's write, an index commit) moves the key already.
_BOOKKEEPING = (ArchiveVersion, NameSpellingsVersion, PendingIndex)


def archive_changed(**signal_kwargs) -> None:
    """A new token, in the current transaction: every kept page is obsolete."""
    new_token(ArchiveVersion.objects)


def new_token(versions) -> None:
    """Give the version row (of `versions`, a manager of ArchiveVersion, historical
    in a migration) a new token."""
    token = secrets.token_hex(8)
    if not versions.filter(pk=1).update(token=token):
        versions.get_or_create(pk=1, defaults={"token": token})


def _on_write(sender, **kwargs) -> None:
    if sender._meta.app_label != "archive" or issubclass(sender, _BOOKKEEPING):
        return
    if kwargs.get("action", "post_").startswith("post_"):  # a link change is done
        archive_changed()


def connect() -> None:
    """Receive every write to the archive's models (links included)."""
    for signal in (signals.post_save, signals.post_delete, signals.m2m_changed):
        signal.connect(_on_write, dispatch_uid=f"pagecache-{id(signal)}")


def clear() -> None:
    """Forget every kept page (a new release may render them otherwise)."""
    caches[CACHE].clear()


NAMED = "named"  # kept under a page's key: the page is kept under `_named(key)`


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _key(request)
        if key is None:
            return self.get_response(request)
        cache = caches[CACHE]
        kept = cache.get(key)
        if kept == NAMED:
            kept = cache.get(_named(key))
        if kept is not None:
            return kept
        with names.watched() as watch:
            response = self.get_response(request)
        if not _keepable(response):
            return response
        if watch.used:  # a search: its names are part of what the page depends on
            cache.set_many({key: NAMED, _named(key): response})
        else:
            cache.set(key, response)
        return response


def _named(key: str) -> str:
    """A search page's key: the names this process expands queries with may lag
    the records by a second (archive.search.names)."""
    return f"{key}-{names.version()}"


def _key(request) -> str | None:
    """Where an anonymous reader's GET is kept, or None if it is not kept."""
    if (
        not settings.PAGE_CACHE
        or request.method != "GET"
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or request.path.startswith("/admin/")
    ):
        return None
    generation = connections["default"].get_backend().generation()
    if generation is None:
        return None
    token = ArchiveVersion.objects.filter(pk=1).values_list("token", flat=True)
    # The absolute URL: feeds print links with the host and scheme asked for.
    said = f"{request.build_absolute_uri()}\n{token.first()}\n{generation}"
    return hashlib.sha256(said.encode()).hexdigest()


def _keepable(response) -> bool:
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in control
        and "no-store" not in control
    )
