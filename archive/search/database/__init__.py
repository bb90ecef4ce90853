"""Django's PostgreSQL backend, indexing for search just before each commit
(settings.py selects it when SEARCH_URL=postgres://)."""
