"""Django's PostgreSQL backend with one addition: the articles a transaction queued
for search are indexed just before it commits, in it (archive.search.outbox).

Django has no hook before a commit; a database backend is its way to change what a
commit does. Indexing once at the end, rather than at each signal, reads each
article in its final state (links a cascade deleted after the last signal too) and
writes it once, however many signals one save sent.
"""

import logging

from django.db.backends.postgresql import base

log = logging.getLogger(__name__)


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.search_pending: set[int] = set()  # article ids queued in this transaction

    def _commit(self):
        if self.search_pending:
            from archive.search import outbox

            try:
                outbox.flush(self)
            except Exception:  # a failing index never fails a save; the outbox keeps
                log.exception("search index not updated; the outbox keeps the articles")
        return super()._commit()

    def _rollback(self):
        self.search_pending.clear()
        return super()._rollback()
