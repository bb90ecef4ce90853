"""archive.arabic: normalization, tokens, stemming, names, Whoosh, highlighting."""

import pickle
import re
from pathlib import Path

import pytest
from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

from archive.arabic import (
    DEFAULT_NAMES,
    STOP_WORDS,
    Name,
    NameRegistry,
    analyze,
    analyze_with_offsets,
    highlight,
    name_words,
    normalize,
    normalize_with_offsets,
    stem,
    tokenize,
)
from archive.search import analyzer as whoosh_analyzer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def default_names() -> NameRegistry:
    return DEFAULT_NAMES


def arabic_analyzer():
    return whoosh_analyzer.arabic_analyzer(default_names)


# --- normalize: one test per rule -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("الصِّينُ والصين", "الصين والصين", id="tashkeel"),
        pytest.param("COVID وَزِيرُ", "COVID وزير", id="tashkeel-in-mixed-text"),
        pytest.param("الصـــين", "الصين", id="tatweel"),
        pytest.param("الصَّلَوٰةِ ۖ", "الصلوه ", id="quranic-marks-and-small-alef"),
        pytest.param("أحمد إيران آسيا ٱلله", "احمد ايران اسيا الله", id="alef-seats"),
        pytest.param("على مصطفى", "علي مصطفي", id="alef-maqsura-to-yeh"),
        pytest.param("زيارة", "زياره", id="teh-marbuta"),
        pytest.param("مؤتمر رئيس", "موتمر رييس", id="waw-and-yeh-hamza"),
        pytest.param("٢٠٢٤ و۱۴", "2024 و14", id="arabic-indic-and-persian-digits"),
        pytest.param("ایران کابل", "ايران كابل", id="persian-yeh-and-keheh"),
        pytest.param("ﻻ ﻷ", "لا لا", id="lam-alef-ligatures"),
        pytest.param("ﺍﻟﺼﻴﻦ", "الصين", id="presentation-forms"),
        pytest.param("ﷲ", "الله", id="word-ligature"),
        pytest.param("الصين\u200f\u200c", "الصين", id="format-controls"),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


def test_normalize_keeps_the_words_and_punctuation():
    assert normalize("قال: «الصين»، 2024.") == "قال: «الصين»، 2024."


def test_normalize_with_offsets_maps_every_character_back():
    text = "الصِّينُ ﻷ"
    folded, offsets = normalize_with_offsets(text)
    assert folded == normalize(text) == "الصين لا"
    assert len(offsets) == len(folded)
    assert [text[i] for i in offsets[:5]] == list("الصين")
    assert offsets[-2] == offsets[-1] == len(text) - 1  # both letters of the ligature


# --- tokenize -------------------------------------------------------------------------


def test_tokens_run_through_marks_and_keep_original_offsets():
    text = "قال الصِّينُ"
    (said, china) = tokenize(text)
    assert china.text == "الصين"
    assert text[china.start : china.end] == "الصِّينُ"  # trailing damma included
    assert text[said.start : said.end] == "قال"


def test_hyphenated_term_is_kept_whole_and_split():
    text = "ضد (كوفيد-19) اليوم"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["ضد", "كوفيد-19", "كوفيد", "19", "اليوم"]
    assert [t.pos for t in tokens] == [0, 1, 1, 2, 3]
    assert [text[t.start : t.end] for t in tokens[1:4]] == ["كوفيد-19", "كوفيد", "19"]


def test_hyphenated_term_split_only_on_request():
    assert [t.text for t in tokenize("كوفيد-19", compounds=False)] == ["كوفيد", "19"]


def test_numbers_are_kept():
    assert [t.text for t in tokenize("عام ٢٠١٣ بنسبة 3.5")] == [
        "عام",
        "2013",
        "بنسبه",
        "3.5",
    ]


def test_latin_is_lowercased():
    assert [t.text for t in tokenize("The Voice")] == ["the", "voice"]


# --- stem -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والصين", "صين"),
        ("بالصين", "صين"),
        ("للصين", "صين"),
        ("وقال", "قال"),
        ("العلاقات", "علاق"),
        ("بلادها", "بلاد"),
        ("المسؤولون", "مسوول"),
    ],
)
def test_stem_strips_clitics_and_suffixes(word, expected):
    assert stem(normalize(word)) == expected


@pytest.mark.parametrize("word", ["وزارة", "الوزارة", "ووزارة", "وزير", "الوزير"])
def test_stem_keeps_the_root_waw_of_minister_and_ministry(word):
    assert stem(normalize(word)) not in {"زار", "زير"}
    assert stem(normalize(word)) != stem(normalize("زار"))


def test_stem_keeps_a_minimum_of_three_letters():
    assert stem(normalize("بكين")) == "بكين"  # not بك
    assert stem(normalize("الصين")) == "صين"  # not ص


@pytest.mark.parametrize(
    "forms",
    [
        ("الصين", "الصيني", "الصينية", "الصينيين", "الصينيون"),
        ("زيارة", "زيارته", "زيارتها"),
        ("روسيا", "الروسي", "الروسية"),
        ("أستانا", "أستانة"),
    ],
)
def test_stem_conflates_inflections_adjectives_and_spellings(forms):
    assert len({stem(normalize(word)) for word in forms}) == 1


# --- name variants --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("قازاقستان", "كازاخستان"),
        ("الكازاخستاني", "كازاخستان"),
        ("قرغيزستان", "قيرغيزستان"),
        ("قيرغزستان", "قيرغيزستان"),
        ("الطاجيكي", "طاجيكستان"),
        ("طاجكستان", "طاجيكستان"),
        ("رحمان", "رحمن"),
        ("شانغهاي", "شنغهاي"),
        ("توكايف", "توكاييف"),
        ("شي جينبينغ", "شي جين بينغ"),
    ],
)
def test_name_variants_meet_in_both_directions(variant, canonical):
    words = name_words(DEFAULT_NAMES.canonical(canonical))
    assert DEFAULT_NAMES.canonical(variant) == " ".join(words)
    assert set(words) <= set(analyze(variant)) & set(analyze(canonical))


def test_a_hyphenated_name_is_read_in_its_parts():
    tokens = analyze_with_offsets("وصل كيم يونغ-أون إلى بكين")
    assert {"كيم", "جونغ", "اون"} <= {t.text for t in tokens}  # كيم جونغ أون
    assert [t.pos for t in tokens] == sorted(t.pos for t in tokens)


def test_names_match_through_clitics_and_adjective_endings():
    terms = set(analyze("لقازاقستان والكازاخستانية وبطاجكستان"))
    assert {"كازاخستان", "طاجيكستان"} <= terms


def test_names_keep_the_terms_of_their_printed_words():
    # The canonical name and the word as printed stand beside the word's own term,
    # never instead of it.
    assert analyze("قازاقستان") == [stem("قازاقستان"), "=قازاقستان", "كازاخستان"]
    assert analyze("كازاخستان") == [stem("كازاخستان"), "=كازاخستان", "كازاخستان"]
    assert stem("كازاخستان") != "كازاخستان"


def test_registry_is_built_from_the_names_given():
    registry = NameRegistry([Name("بكين", frozenset({"بيجين", "بكين"}))])
    assert registry.canonical("ببيجين") == "بكين"
    assert registry.canonical("قازاقستان") is None
    assert "كازاخستان" not in analyze("قازاقستان", registry)
    assert "بكين" in analyze("زار بيجين", registry)


def test_registry_without_names():
    assert NameRegistry().canonical("قازاقستان") is None
    assert len(NameRegistry()) == 0


def test_multiword_names_add_their_canonical_terms_at_the_same_positions():
    text = "التقى شي جينبينغ"
    tokens = analyze_with_offsets(text)
    assert [(t.text, t.pos) for t in tokens] == [
        ("تقي", 0),
        ("شي", 1),  # printed and canonical: once
        ("=شي", 1),
        ("جينبينغ", 2),
        ("=جينبينغ", 2),
        ("جين", 2),
        ("بينغ", 3),
    ]
    assert {text[t.start : t.end] for t in tokens[5:]} == {"شي جينبينغ"}


# --- stop words and analyze -----------------------------------------------------------


def test_stop_words_are_normalized_and_removed():
    assert {"الي", "علي", "وفي"} <= STOP_WORDS
    assert analyze("إلى على وفي من الصين") == ["صين"]


def test_analyze_with_offsets_points_into_the_original():
    text = "وَزِيرُ الخَارِجِيَّةِ في بكين"
    assert [(t.text, text[t.start : t.end]) for t in analyze_with_offsets(text)] == [
        ("وزير", "وَزِيرُ"),
        ("خارج", "الخَارِجِيَّةِ"),
        ("بكين", "بكين"),
    ]


# --- Whoosh ---------------------------------------------------------------------------


def test_whoosh_analyzer_gives_offsets_positions_and_terms():
    text = "وَزِيرُ الخارجية في (كوفيد-19)"
    tokens = [
        (t.text, t.pos, text[t.startchar : t.endchar])
        for t in arabic_analyzer()(text, positions=True, chars=True, mode="index")
    ]
    assert tokens == [
        ("وزير", 0, "وَزِيرُ"),
        ("خارج", 1, "الخارجية"),
        ("كوفيد-19", 2, "كوفيد-19"),
        ("كوفيد", 2, "كوفيد"),
        ("19", 3, "19"),
    ]


def test_whoosh_query_mode_gives_the_parts_of_a_hyphenated_term():
    terms = [t.text for t in arabic_analyzer()("كوفيد-19", mode="query")]
    assert terms == ["كوفيد", "19"]


def test_whoosh_indexes_a_text_once_though_it_asks_twice(monkeypatch):
    analyzer = arabic_analyzer()
    text = "التقى وزير الخارجية الصيني نظيره في موسكو"
    fresh = [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in analyzer.inner(text, positions=True, chars=True, mode="index")
    ]
    calls = []
    inner = analyzer.inner
    monkeypatch.setattr(
        analyzer, "inner", lambda *a, **k: calls.append(1) or inner(*a, **k)
    )
    for _ in range(2):  # Whoosh's postings pass, then its term-vector pass
        again = [
            (t.text, t.pos, t.startchar, t.endchar)
            for t in analyzer(text, positions=True, chars=True, mode="index")
        ]
        assert again == fresh
    assert len(calls) == 1
    list(analyzer(text + " ", mode="index"))  # another text is analysed afresh
    assert len(calls) == 2


def test_whoosh_analyzer_pickles():
    analyzer = arabic_analyzer()
    assert pickle.loads(pickle.dumps(analyzer)) == analyzer


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory):
    schema = Schema(id=ID(stored=True), body=TEXT(analyzer=arabic_analyzer()))
    ix = index.create_in(tmp_path_factory.mktemp("whoosh"), schema)
    with ix.writer() as writer:
        for path in sorted(FIXTURES.glob("*.txt")):
            writer.add_document(id=path.name[:3], body=path.read_text("utf-8"))
        writer.add_document(id="visit", body="زار الرئيس الصيني موسكو")
    return index.open_dir(ix.storage.folder)  # the schema comes back unpickled


def _search(ix, query):
    with ix.searcher() as searcher:
        parsed = QueryParser("body", ix.schema).parse(query)
        return {hit["id"] for hit in searcher.search(parsed, limit=None)}


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("الصِّينُ", {"000", "001", "002", "003", "004", "visit"}),
        ("كوفيد", {"000", "004"}),
        ('"كوفيد-19"', {"000", "004"}),
        ("قازاقستان", {"001", "002"}),  # 001 only writes كازاخستان
        ("الطاجيكي", {"000", "001", "002", "003"}),  # 001 only writes طاجيكستان
        ('"مبادرة الحزام والطريق"', {"000", "002", "004"}),
        ("زار", {"visit"}),
    ],
)
def test_whoosh_index_of_the_fixtures(fixture_index, query, found):
    assert _search(fixture_index, query) == found


def test_whoosh_minister_does_not_find_visited(fixture_index):
    assert "visit" not in _search(fixture_index, "وزير")


# --- highlight ------------------------------------------------------------------------


def test_highlight_escapes_everything_but_mark():
    snippet = highlight('<script>alert("x")</script> الصين & روسيا', ["الصين"])
    assert snippet == (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; "
        "<mark>الصين</mark> &amp; روسيا"
    )


def test_highlight_keeps_the_marks_of_the_original():
    snippet = highlight("قالَ وَزِيرُ الخَارِجِيَّةِ", ["وزير الخارجية"])
    assert snippet == "قالَ <mark>وَزِيرُ</mark> <mark>الخَارِجِيَّةِ</mark>"


def test_highlight_matches_analyzed_forms_and_names():
    snippet = highlight("وصل إلى قازاقستان والكازاخستانيين", ["كازاخستان"])
    assert snippet == "وصل إلى <mark>قازاقستان</mark> <mark>والكازاخستانيين</mark>"


def test_highlight_picks_the_densest_passage_and_cuts_between_words():
    filler = " ".join(["كلمة"] * 80)
    text = f"الصين {filler} روسيا وروسيا الروسية {filler}"
    snippet = highlight(text, ["روسيا"], max_chars=60)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert snippet.count("<mark>") == 3
    assert "<mark>الصين" not in snippet
    for word in snippet.strip("…").replace("<mark>", "").replace("</mark>", "").split():
        assert word in {"كلمة", "روسيا", "وروسيا", "الروسية"}


def test_highlight_without_match_gives_the_beginning():
    text = " ".join(["كلمة"] * 100)
    snippet = highlight(text, ["روسيا"], max_chars=50)
    assert snippet.startswith("كلمة") and snippet.endswith("…")
    assert len(snippet) <= 51


def test_person_names_never_carry_the_article():
    """الرحمن in عبد الرحمن is a word of a name, not Rahmon; الطاجيكي is Tajikistan."""
    assert "رحمون" not in analyze("عبد الرحمن")
    assert "رحمون" in analyze("ورحمان")
    assert "طاجيكستان" in analyze("الطاجيكي")


def test_a_snippet_marks_the_matches_the_index_gives_without_reading_the_words():
    text = "قال الوزير إن المحادثات مع الصين كانت مثمرة، وإن الصين شريك موثوق."
    found = [(m.start(), m.end()) for m in re.finditer("الصين", text)]
    snippet = highlight(text, ["كلمة لا ترد"], matches=found)
    assert snippet.count("<mark>الصين</mark>") == 2
    assert highlight(text, ["الصين"], matches=[]).count("<mark>") == 0
