"""Keep search in step with every edit: articles reach the index (except inside a
bulk ingest run, which indexes once), name spellings reach query expansion."""

import contextlib
import threading

from django.db import transaction
from django.db.models import signals
from haystack.signals import BaseSignalProcessor

_state = threading.local()


@contextlib.contextmanager
def deferred_indexing():
    """Collect the articles touched inside the block; the caller indexes them once."""
    previous = getattr(_state, "pending", None)
    _state.pending = set()
    try:
        yield _state.pending
    finally:
        _state.pending = previous


BATCH = 500  # ids per query: well under SQLite's limit on query parameters


class _Articles:
    """Articles by id, fetched a batch at a time; Haystack's Whoosh backend wants
    `len()` and writes whatever it iterates in one commit."""

    def __init__(self, queryset, ids):
        self.queryset, self.ids, self.seen = queryset, sorted(ids), set()

    def __len__(self):
        return len(self.ids)

    def __iter__(self):
        for start in range(0, len(self.ids), BATCH):
            for article in self.queryset.filter(pk__in=self.ids[start : start + BATCH]):
                self.seen.add(article.pk)
                yield article


def index_articles(article_ids) -> None:
    """Write these articles to the index in one commit (removing those now gone)."""
    from haystack import connections

    from archive.models import Article

    index = connections["default"].get_unified_index().get_index(Article)
    backend = index.get_backend()
    articles = _Articles(index.index_queryset(), set(article_ids))
    if articles.ids:
        backend.update(index, articles)
    for gone in set(articles.ids) - articles.seen:
        backend.remove(f"archive.article.{gone}")


def _touch(article_id) -> None:
    pending = getattr(_state, "pending", None)
    if pending is not None:
        pending.add(article_id)
    else:
        transaction.on_commit(lambda: index_articles([article_id]))


class ArchiveSignalProcessor(BaseSignalProcessor):
    """Admin edits to an article, its meetings, its links or a name's spellings reach
    search at once."""

    def setup(self):
        from archive.models import (
            Article,
            Country,
            CountryAlias,
            Meeting,
            Participation,
            Person,
            PersonAlias,
            Place,
            PlaceAlias,
        )
        from archive.search import names

        signals.post_save.connect(self._article_changed, sender=Article)
        signals.post_delete.connect(self._article_changed, sender=Article)
        for model in (Meeting, Participation):
            signals.post_save.connect(self._part_changed, sender=model)
            signals.post_delete.connect(self._part_changed, sender=model)
        for through in (
            Article.countries.through,
            Article.people.through,
            Meeting.countries.through,
        ):
            signals.m2m_changed.connect(self._links_changed, sender=through)
        # A new spelling needs no reindexing: queries expand to it (names.py).
        for model in (Country, CountryAlias, Person, PersonAlias, Place, PlaceAlias):
            signals.post_save.connect(names.mark_stale, sender=model)
            signals.post_delete.connect(names.mark_stale, sender=model)

    def teardown(self):
        pass  # Receivers live as long as the process, like Haystack's own.

    def _article_changed(self, sender, instance, **kwargs):
        _touch(instance.pk)

    def _part_changed(self, sender, instance, **kwargs):
        meeting = getattr(instance, "meeting", instance)
        _touch(meeting.article_id)

    def _links_changed(self, sender, instance, action, reverse, model, pk_set, **kw):
        from archive.models import Meeting

        # Before a clear, while the links to clear can still be read.
        if action not in {"post_add", "post_remove", "pre_clear"}:
            return
        if not reverse:  # instance is the article, or a meeting of it
            _touch(getattr(instance, "article_id", instance.pk))
            return
        ids = pk_set if pk_set is not None else _linked(sender, instance, model)
        if model is Meeting:
            ids = model.objects.filter(pk__in=ids).values_list("article_id", flat=True)
        for article_id in set(ids):
            _touch(article_id)


def _linked(through, instance, model) -> list[int]:
    """Ids of `model` rows that `through` links to `instance`."""
    fields = {f.related_model: f for f in through._meta.fields if f.is_relation}
    rows = through.objects.filter(**{fields[type(instance)].name: instance})
    return list(rows.values_list(fields[model].attname, flat=True))
