"""The gazetteer the archive starts with: countries, officials and news sources.

Plain data in `countries`, `people` and `sources`; `load.load_gazetteer` writes it to
the database (migration 0002 calls it, and it is safe to call again).
"""
