"""The name registry of the Arabic core: spellings, transliterations, the article."""

from archive.arabic import Name, NameRegistry


def _registry(*names: tuple[str, set[str], bool]) -> NameRegistry:
    return NameRegistry(Name(c, frozenset({c, *s}), p) for c, s, p in names)


def test_a_persons_name_is_found_under_its_regular_transliterations():
    registry = _registry(
        ("سيرغي لافروف", {"لافروف"}, True),
        ("قاسم جومارت توكاييف", {"توكاييف"}, True),
    )
    assert registry.canonical("سيرجي لافروف") == "سيرغي لافروف"  # غ / ج
    assert registry.canonical("وتوكايف") == "قاسم جومارت توكاييف"  # one ي, a clitic


def test_transliterations_fold_only_long_names_of_people():
    registry = _registry(("غانا", set(), False), ("غول", set(), True))
    assert registry.canonical("جانا") is None  # a country: its spellings are listed
    assert registry.canonical("جول") is None  # too short to be told from words
    assert registry.canonical("غانا") == "غانا"


def test_a_person_never_carries_the_article_under_any_spelling():
    registry = _registry(("رحمون", {"رحمن"}, True))
    assert registry.canonical("الرحمن") is None
    assert registry.canonical("ورحمن") == "رحمون"


def test_a_spelling_two_names_claim_belongs_to_the_first():
    registry = _registry(("الصين", {"بكين"}, False), ("بكين", {"بيجين"}, False))
    assert registry.canonical("بكين") == "الصين"
    assert registry.canonical("بيجين") == "بكين"
    assert registry.spellings(("بكين",)) == ("بكين", "بيجين")
