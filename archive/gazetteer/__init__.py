"""The gazetteer the archive starts with: countries, officials, news sources,
organisations and places.

Countries, people and sources are Python lists in `countries`, `people` and `sources`;
organisations and places are data files in `data/`, read by `records`. `load.load_all`
writes them all to the database after every `migrate` and from
`manage.py load_gazetteer`; it is safe to call again.
"""
