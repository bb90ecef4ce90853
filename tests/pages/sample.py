"""A small archive for the page tests: the fixture texts plus two short articles
dated only to a month and to a year, with countries, people and meetings."""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from haystack import connections

from archive.dates import PartialDate
from archive.models import (
    Article,
    Country,
    Meeting,
    Office,
    Participation,
    Person,
    PersonAlias,
    Source,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

COUNTRIES = {
    "CN": ("الصين", "China", "east_asia"),
    "TJ": ("طاجيكستان", "Tajikistan", "central_asia"),
    "KZ": ("كازاخستان", "Kazakhstan", "central_asia"),
    "UZ": ("أوزبكستان", "Uzbekistan", "central_asia"),
    "KG": ("قيرغيزستان", "Kyrgyzstan", "central_asia"),
}

# slug: (Arabic name, English name, country, office, other spellings)
PEOPLE = {
    "wang-yi": ("وانغ يي", "Wang Yi", "CN", "وزير الخارجية الصيني", []),
    "xi-jinping": ("شي جين بينغ", "Xi Jinping", "CN", "رئيس جمهورية الصين الشعبية", []),
    "emomali-rahmon": (
        "إمام علي رحمان",
        "Emomali Rahmon",
        "TJ",
        "رئيس جمهورية طاجيكستان",
        ["إمام على رحمون", "رحمن"],
    ),
    "murat-nurtleu": (
        "مراد نورتلو",
        "Murat Nurtleu",
        "KZ",
        "نائب رئيس الوزراء وزير خارجية كازاخستان",
        [],
    ),
    "sirojiddin-muhriddin": (
        "سراج الدين مهر الدين",
        "Sirojiddin Muhriddin",
        "TJ",
        "وزير خارجية طاجيكستان",
        [],
    ),
    "bakhtiyor-saidov": (
        "بختيار سعيدوف",
        "Bakhtiyor Saidov",
        "UZ",
        "وزير خارجية أوزبكستان",
        [],
    ),
    "ruslan-kazakbaev": (
        "رسلان كازاكباييف",
        "Ruslan Kazakbaev",
        "KG",
        "وزير خارجية قيرغيزستان",
        [],
    ),
}


@dataclass
class Draft:
    key: str
    text: str
    date: PartialDate
    countries: list[str]
    meetings: list[tuple[str, list[str]]]  # (kind, [person slugs])
    title: str = ""
    place: str = ""


def _fixture(name: str) -> str:
    return next(FIXTURES.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def drafts() -> list[Draft]:
    return [
        Draft(
            "000",
            _fixture("000"),
            PartialDate(2021, 7, 13),
            ["CN", "TJ"],
            [("in_person", ["wang-yi", "emomali-rahmon"])],
            place="دوشنبه",
        ),
        Draft(
            "001",
            _fixture("001"),
            PartialDate(2024, 12, 1),
            ["CN", "KZ", "TJ", "UZ"],
            [
                ("in_person", ["wang-yi", "murat-nurtleu"]),
                ("in_person", ["wang-yi", "sirojiddin-muhriddin"]),
                ("in_person", ["wang-yi", "bakhtiyor-saidov"]),
            ],
            title=_fixture("001").splitlines()[2],
            place="تشنغدو",
        ),
        Draft(
            "002",
            _fixture("002"),
            PartialDate(2017, 6, 9),
            ["CN", "TJ", "KZ"],
            [("in_person", ["xi-jinping", "emomali-rahmon"])],
            place="أستانا",
        ),
        Draft(
            "003",
            _fixture("003"),
            PartialDate(None, 5, 18),
            ["CN", "TJ"],
            [("in_person", ["xi-jinping", "emomali-rahmon"])],
            title=_fixture("003").splitlines()[0],
        ),
        Draft(
            "004",
            _fixture("004"),
            PartialDate(),
            ["CN", "KG"],
            [("phone", ["wang-yi", "ruslan-kazakbaev"])],
        ),
        Draft(
            "month",
            "بكين في يوليو 2021 (شينخوا) أجرى وزير الخارجية الصيني وانغ يي "
            "محادثة عبر الفيديو مع وزير خارجية طاجيكستان سراج الدين مهر الدين "
            "تناولت التعاون الثنائي.",
            PartialDate(2021, 7),
            ["CN", "TJ"],
            [("video", ["wang-yi", "sirojiddin-muhriddin"])],
            title="محادثة عبر الفيديو بين وزيري خارجية الصين وطاجيكستان",
            place="بكين",
        ),
        Draft(
            "year",
            "في عام 2019 تبادل الرئيس الصيني شي جين بينغ ورئيس طاجيكستان "
            "إمام علي رحمان الرسائل حول الشراكة الاستراتيجية بين البلدين.",
            PartialDate(2019),
            ["CN", "TJ"],
            [],
            title="رسائل بين رئيسي الصين وطاجيكستان",
        ),
    ]


def _gazetteer() -> tuple[dict[str, Country], dict[str, Person]]:
    countries = {}
    for code, (name_ar, name_en, region) in COUNTRIES.items():
        countries[code], _ = Country.objects.get_or_create(
            code=code,
            defaults={"name_ar": name_ar, "name_en": name_en, "region": region},
        )
    people = {}
    for slug, (name_ar, name_en, code, office, spellings) in PEOPLE.items():
        person, created = Person.objects.get_or_create(
            slug=slug,
            defaults={
                "name_ar": name_ar,
                "name_en": name_en,
                "country": countries[code],
            },
        )
        if created:
            Office.objects.create(
                person=person, role="other", title_ar=office, country=countries[code]
            )
            for text in [name_ar, *spellings]:
                PersonAlias.objects.get_or_create(person=person, text=text)
        people[slug] = person
    return countries, people


def _sentence(body: str) -> str:
    """The first line long enough to be the sentence reporting the meeting."""
    return next(line for line in body.splitlines() if len(line.split()) > 8)


def save_article(draft: Draft, countries, people, source) -> Article:
    body = draft.text.strip()
    article = Article(
        title=draft.title,
        body=body,
        raw_text=draft.text,
        source=source,
        place=draft.place,
        source_file=f"{draft.key}.txt",
        content_hash=hashlib.sha256(draft.text.encode()).hexdigest(),
    )
    article.event_date = draft.date
    article.save()
    article.countries.set(countries[code] for code in draft.countries)
    slugs = {slug for _, names in draft.meetings for slug in names}
    article.people.set(people[slug] for slug in slugs)
    for kind, names in draft.meetings:
        meeting = Meeting(article=article, kind=kind, sentence=_sentence(body))
        meeting.event_date = draft.date
        meeting.place = draft.place
        meeting.save()
        meeting.countries.set({people[slug].country for slug in names})
        for slug in names:
            person = people[slug]
            Participation.objects.create(
                meeting=meeting,
                person=person,
                country=person.country,
                office=PEOPLE[slug][3],
            )
    return article


def build_archive() -> dict[str, Article]:
    """The sample archive, keyed by draft key ("000" ... "004", "month", "year")."""
    countries, people = _gazetteer()
    source, _ = Source.objects.get_or_create(
        slug="xinhua", defaults={"name_ar": "شينخوا", "name_en": "Xinhua"}
    )
    return {d.key: save_article(d, countries, people, source) for d in drafts()}


def add_more(count: int) -> None:
    """More articles with meetings on 13 July 2021, to show that a page's query
    count stays put as its lists grow."""
    countries, people = _gazetteer()
    source = Source.objects.get(slug="xinhua")
    for i in range(count):
        text = (
            f"دوشنبه 13 يوليو 2021 (شينخوا) التقى وزير الخارجية الصيني وانغ يي "
            f"رئيس طاجيكستان إمام علي رحمان في اللقاء رقم {i + 1} لبحث التعاون."
        )
        draft = Draft(
            f"more-{i}",
            text,
            PartialDate(2021, 7, 13),
            ["CN", "TJ"],
            [("in_person", ["wang-yi", "emomali-rahmon"])],
            title=f"لقاء إضافي رقم {i + 1}",
        )
        save_article(draft, countries, people, source)


@contextlib.contextmanager
def temporary_index(path: Path):
    """Point the search index at `path` for the block. Haystack keeps the settings'
    dict itself and a connection per thread, so the dict is changed in place and
    this thread's connection reloaded (the live server's request threads make
    their own from the dict)."""
    conf = settings.HAYSTACK_CONNECTIONS["default"]
    previous = conf.get("PATH")
    conf["PATH"] = str(path)
    connections.reload("default")
    try:
        yield
    finally:
        conf["PATH"] = previous
        connections.reload("default")
