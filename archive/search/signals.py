"""Keep search in step with every edit: each write to an article, its meetings or its
links queues the article in the search outbox in the same transaction (outbox.py);
name spellings reach query expansion."""

from django.db.models import signals
from haystack.signals import BaseSignalProcessor

from archive.models import (
    Article,
    Country,
    CountryAlias,
    IndexAction,
    Meeting,
    Participation,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
)
from archive.search import names, outbox


class ArchiveSignalProcessor(BaseSignalProcessor):
    """Admin edits to an article, its meetings, its links or a name's spellings reach
    search at once."""

    def setup(self):
        signals.post_save.connect(self._article_changed, sender=Article)
        signals.post_delete.connect(self._article_deleted, sender=Article)
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

    def _article_changed(self, sender, instance, raw=False, **kwargs):
        # loaddata saves raw rows, the outbox's own among them: a restore is
        # indexed by rebuild_index or check_index.
        if not raw:
            outbox.queue([instance.pk])

    def _article_deleted(self, sender, instance, **kwargs):
        outbox.queue([instance.pk], IndexAction.DELETE)

    def _part_changed(self, sender, instance, raw=False, **kwargs):
        if not raw:
            outbox.queue([getattr(instance, "meeting", instance).article_id])

    def _links_changed(self, sender, instance, action, reverse, model, pk_set, **kw):
        if action not in {"post_add", "post_remove", "pre_clear", "post_clear"}:
            return
        if not reverse:  # instance is the article, or a meeting of it
            if action != "pre_clear":
                outbox.queue([getattr(instance, "article_id", instance.pk)])
            return
        if action == "pre_clear":
            # The links to clear can be read only now; the articles are queued once
            # they are gone (a transactional index writes at once).
            instance._search_clearing = _linked(sender, instance, model)
            return
        if action == "post_clear":
            ids = instance.__dict__.pop("_search_clearing", [])
        else:
            ids = pk_set
        if model is Meeting:
            ids = model.objects.filter(pk__in=ids).values_list("article_id", flat=True)
        outbox.queue(set(ids))


def _linked(through, instance, model) -> list[int]:
    """Ids of `model` rows that `through` links to `instance`."""
    fields = {f.related_model: f for f in through._meta.fields if f.is_relation}
    rows = through.objects.filter(**{fields[type(instance)].name: instance})
    return list(rows.values_list(fields[model].attname, flat=True))
