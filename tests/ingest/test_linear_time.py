"""archive.ingest: ten times the text costs about ten times the time (issue 9, item 6).

The pieces are short sentences of the ANT Corpus v2.1 (Arabic News Texts), Apache 2.0
with its authors' citation licence: A. Chouigui, O. Ben Khiroun, B. Elayeb. An Arabic
Multi-source News Corpus: Experimenting on Single-document Extractive Summarization.
Arabian Journal for Science and Engineering 46(8), 2021. https://antcorpus.github.io
and the pathological shapes the issue names (a file of "أ. ", periods after one letter).
"""

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.ingest.entities import find_countries, find_people
from archive.ingest.gazetteer import Gazetteer
from archive.ingest.meetings import find_meetings
from archive.ingest.proposals import propose_people

PIECES = [
    "أ. ",
    "د. ",
    "ـ. ",
    "3.5 ",
    "التقى وزير الخارجية الأمريكي مايك بومبيو نظيره الياباني تارو كونو في طوكيو. ",
    "وقال بومبيو إثر محادثات مع نظيره الياباني، تارو كونو، إن التحالف قوي. ",
    "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي. ",
    "عقدت في طوكيو قمة ثلاثية بين الصين واليابان وكوريا الجنوبية، ",
    "ذكرت وزارة الخارجية الأميركية أن وفداً أميركياً أجرى محادثات مع مسؤولين "
    "كوريين شماليين ",
    "وكان من المقرر أن يعقد الرئيس الأميركي دونالد ترمب قمة في سنغافورة ",
    "بعد أسبوع من القمة التاريخية التي جمعت بين الرئيس دونالد ترامب والزعيم ",
    "استقبل الرئيس الصيني شي جين بينغ وفدا من حركة طالبان ",
    "الرئيس السنغالي ماكي سال ",
    "وقال سال ",
    "كيم جونغ أون ",
]
COPIES = 10
FACTOR = 20  # allowed for ten times the text: generous, the machine is shared


def gazetteer() -> Gazetteer:
    gaz = Gazetteer(
        countries={
            "الصين": "CN",
            "اليابان": "JP",
            "كوريا الجنوبية": "KR",
            "سنغافورة": "SG",
        },
        adjectives={
            "أمريكي": "US",
            "أميركي": "US",
            "ياباني": "JP",
            "روسي": "RU",
            "تركي": "TR",
            "صيني": "CN",
            "سنغالي": "SN",
            "كوري شمالي": "KP",
        },
    )
    gaz.add_person("pompeo", ["مايك بومبيو", "بومبيو"], "US")
    gaz.add_person("putin", ["فلاديمير بوتين", "بوتين"], "RU")
    gaz.add_person("trump", ["دونالد ترامب", "دونالد ترمب", "ترامب"], "US")
    gaz.add_person("xi", ["شي جين بينغ", "شي"], "CN")
    gaz.add_organization("taliban", ["طالبان", "حركة طالبان"])
    return gaz


def parse(text: str, gaz: Gazetteer) -> None:
    """Every step of ingest that reads names and meetings."""
    propose_people(text, gaz)
    find_countries(text, gaz)
    find_people(text, gaz)
    find_meetings(text, gazetteer=gaz, article_date=None, place=None)


def best_time(text: str, gaz: Gazetteer, runs: int = 3) -> float:
    """The fastest of a few runs: what the code costs, less the machine's noise."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        parse(text, gaz)
        times.append(time.perf_counter() - started)
    return min(times)


@settings(
    max_examples=2,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(PIECES), min_size=250, max_size=250))
def test_ten_times_the_text_costs_about_ten_times_the_time(pieces):
    gaz = gazetteer()
    text = "".join(pieces)
    small = best_time(text, gaz)
    large = best_time(text * COPIES, gaz)
    assert large <= FACTOR * small, (small, large)
