"""archive.ingest.meetings: one encounter told twice, once by office and once by
name, is one meeting; two encounters of the same states stay two.

The sentences are from the ANT Corpus v2.1 (Arabic News Texts), Apache 2.0 with its
authors' citation licence: A. Chouigui, O. Ben Khiroun, B. Elayeb. An Arabic
Multi-source News Corpus: Experimenting on Single-document Extractive Summarization.
Arabian Journal for Science and Engineering 46(8), 2021. https://antcorpus.github.io
"""

from archive.ingest.gazetteer import Gazetteer
from archive.ingest.meetings import find_meetings


def gazetteer() -> Gazetteer:
    gaz = Gazetteer(
        adjectives={"سوري": "SY", "عراقي": "IQ", "سعودي": "SA", "أمريكي": "US"},
    )
    gaz.add_person("muallem", ["وليد المعلم"], "SY")
    gaz.add_person("pompeo", ["مايك بومبيو", "بومبيو"], "US")
    gaz.add_person("salman", ["سلمان بن عبد العزيز"], "SA")
    return gaz


def meet(text: str):
    return find_meetings(text, gazetteer=gazetteer(), article_date=None, place=None)


def test_talks_told_by_office_then_by_name_are_one_meeting():
    """SK-middleEast-3868-20181014."""
    text = (
        "ذكرت وسائل إعلام رسمية سورية أن وزير الخارجية السوري ناقش مع نظيره "
        "العراقي سبل الإسراع في جهود إعادة فتح الحدود بين بلديهما. وذكرت وكالة "
        "الأنباء السورية أن وزير الخارجية السوري وليد المعلم بحث في اجتماع مع "
        "نظيره العراقي في دمشق ضرورة الإسراع بإعادة فتح المعابر الحدودية."
    )
    (meeting,) = meet(text)
    assert meeting.countries == ["SY", "IQ"]


def test_talks_with_the_king_and_with_the_crown_prince_are_two():
    """Shaped after BB-middleEast-1118-20181017: separate talks in one visit."""
    text = (
        "والتقى وزير الخارجية الأمريكي مايك بومبيو العاهل السعودي الملك سلمان بن "
        "عبد العزيز في الرياض. كما التقى بومبيو ولي العهد السعودي في الرياض."
    )
    assert len(meet(text)) == 2
