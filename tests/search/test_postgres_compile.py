"""The PostgreSQL backend's compilation, as text (no server needed): terms quoted as
lexemes, phrases with <->, OR with |, exclusions with !, title terms weighted A."""

from archive.arabic import Token
from archive.search.postgres import FIELD_GAP, _lexeme, tsquery, tsvector
from archive.search.query import analyse, parse


def test_a_lexeme_is_quoted_whatever_it_holds():
    assert _lexeme("a'b\\c") == "'a''b\\\\c'"
    assert _lexeme("x", "A") == "'x':A"


def test_title_terms_weigh_a_and_body_terms_follow_after_a_gap():
    title = [Token("قمة", 0, 3, 0)]
    body = [Token("قمة", 0, 3, 0), Token("بكين", 4, 8, 1)]
    assert tsvector(title, body) == f"'قمة':1A,{FIELD_GAP + 1} 'بكين':{FIELD_GAP + 2}"


def test_phrases_ors_and_exclusions_compile_to_tsquery_operators():
    compiled = tsquery(analyse(parse('"مجلس الأمن" موسكو OR بكين -واشنطن')))
    assert "<->" in compiled and " | " in compiled and "!" in compiled
    assert compiled.count(" & ") == 2  # phrase, the OR group, not the exclusion


def test_nothing_to_match_compiles_to_nothing():
    assert tsquery(analyse(parse("في من -- ؟! OR"))) is None
