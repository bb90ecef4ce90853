"""The gazetteer the archive starts with: countries, officials, news sources,
organisations and places.

The data lives in `data/` (TSV, and TOML for people, whose offices nest), each file
with a note column or comments saying where its rows come from; `records` reads it
into typed records and `countries`, `people` and `sources` add what is derived
(pycountry's spellings, inflected adjectives, short forms). `load.load_all` writes it
all to the database after every `migrate` and from `manage.py load_gazetteer`; it is
safe to call again.
"""
