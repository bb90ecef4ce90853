"""archive.ingest.pipeline: meetings saved with every participant the text gives.

The article's sentences (one shortened) come from the ANT Corpus v2.1 (Arabic News
Texts), Apache 2.0 with its authors' citation licence: A. Chouigui, O. Ben Khiroun,
B. Elayeb. An Arabic Multi-source News Corpus: Experimenting on Single-document
Extractive Summarization. Arabian Journal for Science and Engineering 46(8), 2021.
https://antcorpus.github.io
"""

import json

import pytest

from archive.ingest.pipeline import Ingester, Origin
from archive.models import Article, Meeting, Organization, Person
from tests.meetings.evaluate import ARTICLES

ARTICLE = """لافروف: سنرد على بريطانيا
قال وزير الخارجية الروسي سيرغي لافروف إن بلاده سترد على الإجراءات البريطانية.
وصرح لافروف في أعقاب لقائه مع نظيره الياباني أنه "إذا استمرت الحكومة البريطانية \
باتخاذ إجراءات معادية لروسيا، فسنرد".
وفي موازاة ذلك، عقدت في طوكيو قمة ثلاثية بين الصين واليابان وكوريا الجنوبية.
"""


@pytest.fixture
def article(db, clean_index):
    Ingester().ingest_text(ARTICLE, Origin("lavrov.txt"), "lavrov.txt")
    return Article.objects.get(source_file="lavrov.txt")


def rows(meeting: Meeting) -> list[tuple]:
    return [
        (p.person and p.person.name_ar, p.office, p.country_id and p.country.code)
        for p in meeting.participations.order_by("pk")
    ]


def test_a_counterpart_given_by_office_is_saved_without_a_name(article):
    meeting = article.meetings.get(sentence__contains="نظيره الياباني")
    assert rows(meeting) == [
        ("سيرغي لافروف", "وزير الخارجية", "RU"),
        (None, "وزير الخارجية", "JP"),
    ]
    assert {c.code for c in meeting.countries.all()} == {"RU", "JP"}


def test_states_named_alone_are_the_meetings_countries_not_participants(article):
    meeting = article.meetings.get(sentence__contains="قمة ثلاثية")
    assert meeting.participations.count() == 0
    assert {c.code for c in meeting.countries.all()} == {"CN", "JP", "KR"}


def test_an_envoy_of_an_organisation_is_saved_with_it(db, clean_index):
    un = Organization.objects.get(name_ar="الأمم المتحدة")  # from the gazetteer
    assert un.aliases.filter(text="الأممي").exists()
    text = (
        "هادي يلتقي غريفيث\n"
        "التقى الرئيس اليمني عبد ربه منصور هادي المبعوث الأممي في الرياض أمس.\n"
    )
    Ingester().ingest_text(text, Origin("hadi.txt"), "hadi.txt")
    (meeting,) = Meeting.objects.filter(article__source_file="hadi.txt")
    envoy = meeting.participations.get(organization__isnull=False)
    assert (envoy.office, envoy.organization, envoy.country) == ("المبعوث", un, None)
    assert meeting.participations.get(organization=None).country.code == "YE"


def test_a_proposal_whose_short_form_is_its_name_keeps_the_article(db, clean_index):
    """A real article (ANT corpus, see tests/meetings/README.md) once rejected: its
    proposed official's second mention folds to the name, and the second alias of
    one spelling broke the savepoint."""
    rows = (json.loads(line) for line in ARTICLES.open(encoding="utf-8"))
    row = next(r for r in rows if r["docno"] == "SK-internationalNews-1075-20180421")
    outcome = Ingester().ingest_text(row["text"], Origin("sk-1075.txt"), "sk-1075.txt")
    assert outcome.status == "added"
    proposed = Person.objects.filter(status="proposed")
    for person in proposed:
        spellings = [a.normalized for a in person.aliases.all()]
        assert len(spellings) == len(set(spellings))
