"""Officials the archive knows from the start: every one the seed articles name, and the
heads of state, heads of government and foreign ministers since 2013 of China and the
five Central Asian states, then of the states Arabic world news names most often:
Russia, the United States, Turkey, Iran, Pakistan, India, Afghanistan, the Arab states,
Israel, France, the United Kingdom, Germany and Japan.

They live in data/people.toml, one `[[person]]` table each, read into
`records.PersonRecord`:

* `slug`: ASCII, from the English name; the loader's key (`Person.slug`).
* `name_ar`: the preferred Arabic spelling (the one Xinhua's Arabic service uses).
* `aliases`: full names as Arabic news spells them, the preferred one first. Spellings
  that `archive.arabic.normalize` folds together (أ/ا, ى/ي, ة/ه, ئ/ي) are given once.
* `surnames`: the SHORT FORMS news uses alone after the first mention ("وانغ", "رحمن",
  "مهر الدين"). They are stored as `PersonAlias` rows too, after the full names, but the
  entity matcher should accept them only in context (the person named in full earlier
  in the same article, or next to a title): "شي", "رحمن" and "مهر الدين" are also
  ordinary words or names. `SHORT_FORMS` lists them all; `SHARED_SHORT_FORMS` those two
  people share (the two Berdimuhamedows), which only a date or a first name can settle.
  "لي" (Li Keqiang, Li Qiang) is no short form here: it is the Arabic word "to me".
  Nor are "الأسد" (lion), "عباس", "سلمان", "خان", "شريف", "غني", "رئيسي", "آبي" (folds
  to "my father") or "ماي": those people are known by their full names only. Arab
  surnames keep the article news prints ("السيسي", "الجبير").
* `[[person.office]]`: role, title (`title_ar`), country code, start and end as TOML
  dates, end left out while in office; a comment or `note` says where a date is
  uncertain. Roles are `archive.models.OfficeRole` values. An office ends on
  the day the successor took it up (the convention of Wikipedia's infoboxes), so on a
  handover day both hold; `Person.office_on` then prefers the later start. Where only
  the month is known the date is the 1st and a comment says so. The title is the title
  as news prints it next to the name.
"""

from __future__ import annotations

from archive.gazetteer.records import PersonRecord, read_people

PEOPLE: list[PersonRecord] = read_people()

SHORT_FORMS: frozenset[str] = frozenset(s for p in PEOPLE for s in p.surnames)
SHARED_SHORT_FORMS: frozenset[str] = frozenset(
    s for s in SHORT_FORMS if sum(s in p.surnames for p in PEOPLE) > 1
)
