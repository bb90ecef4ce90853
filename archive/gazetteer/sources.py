"""News sources as datelines and bylines name them.

`other_names` are the other ways a dateline or byline writes the same source
("(شينخوا)", "/مصدر: شينخوا/", "موسكو - د ب أ"); the ingester matches them after
`archive.arabic.normalize`, so spellings that differ only in hamza seats or ة/ه are
given once. No two sources share a normalized name. They live in data/sources.tsv,
read into `records.SourceRecord`, the group each belongs to in its note.

The first group are the agencies the seed articles and Central Asian news cite; then the
Arab national agencies; then world agencies and broadcasters; last the five sites of the
ANT 2018 corpus (`../shared/corpus`: Sky News Arabia, Al Arabiya, France 24, BBC Arabic,
CNN Arabic, each also known by the code its exports give in `src`: skynews, alarabia,
france24, BBC, CNN) and the agencies its bylines cite most (د ب أ, فرانس برس, رويترز,
واس, سانا, وام, إرنا, وفا, سونا).
"""

from __future__ import annotations

from archive.gazetteer.records import SourceRecord, read_sources

SOURCES: list[SourceRecord] = read_sources()
