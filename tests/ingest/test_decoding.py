"""archive.ingest.decoding: every encoding Arabic news comes in, and what is refused."""

import codecs
import unicodedata
from pathlib import Path

import pytest

from archive.ingest.decoding import decode
from archive.ingest.errors import RejectedFile

FIXTURES = sorted((Path(__file__).resolve().parents[2] / "fixtures").glob("*.txt"))
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "cp1256",
    "iso-8859-6",
]


def _encodable(text: str, encoding: str) -> str:
    """The text as that encoding can hold it (ISO-8859-6 has no curly quotes)."""
    return text.encode(encoding, errors="ignore").decode(encoding)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name[:3])
def test_fixture_round_trips_through_encoding(path, encoding):
    text = _encodable(path.read_text(encoding="utf-8"), encoding)
    assert decode(text.encode(encoding)).text == text


def test_bomless_utf16_is_told_apart_by_its_nul_bytes():
    text = FIXTURES[0].read_text(encoding="utf-8")
    assert not text.encode("utf-16-le").startswith(codecs.BOM_UTF16_LE)
    assert decode(text.encode("utf-16-le")).text == text
    assert decode(text.encode("utf-16-be")).text == text


def test_windows_1256_and_iso_8859_6_are_not_confused():
    text = "التقى الرئيس الصيني شي جين بينغ مع الرئيس الطاجيكي في أستانا اليوم."
    assert text.encode("cp1256") != text.encode("iso-8859-6")
    assert decode(text.encode("cp1256")).text == text
    assert decode(text.encode("iso-8859-6")).text == text


def test_crlf_and_cr_become_lf():
    text = "السطر الأول من الخبر الصحفي\r\nالسطر الثاني من الخبر\rالسطر الثالث"
    assert decode(text.encode("utf-8")).text == (
        "السطر الأول من الخبر الصحفي\nالسطر الثاني من الخبر\nالسطر الثالث"
    )


def test_text_comes_back_nfc():
    decomposed = "وزير الخارجية ا\u0654لتقى نظيره في العاصمة اليوم"
    assert decode(decomposed.encode("utf-8")).text == unicodedata.normalize(
        "NFC", decomposed
    )
    assert "أ" in decode(decomposed.encode("utf-8")).text


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\ufeff \n".encode("utf-8")])
def test_empty_files_are_rejected(data):
    with pytest.raises(RejectedFile, match="empty file"):
        decode(data)


def test_binary_with_nul_bytes_is_rejected():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(RejectedFile, match="binary"):
        decode(png)


def test_utf8_with_a_bad_byte_stays_utf8_with_a_warning():
    text = FIXTURES[0].read_text(encoding="utf-8")
    damaged = text.encode("utf-8").replace(
        "دوشنبه".encode(), "دوشنبه".encode() + b"\xff", 1
    )
    decoded = decode(damaged)
    assert decoded.text == text.replace("دوشنبه", "دوشنبه\ufffd", 1)
    assert "1 invalid byte" in decoded.warning


def test_clean_files_carry_no_warning():
    assert decode(FIXTURES[0].read_bytes()).warning == ""


def test_two_nul_bytes_do_not_make_a_text_binary():
    text = FIXTURES[0].read_text(encoding="utf-8")
    data = text.encode("utf-8").replace(b"\n", b"\x00\n", 2)
    assert decode(data).text == text.replace("\n", "\ufffd\n", 2)


def test_stray_nul_in_text_is_binary_not_utf16():
    data = "خبر عن لقاء وزيري الخارجية في العاصمة اليوم".encode() + b"\x00x"
    with pytest.raises(RejectedFile, match="binary"):
        decode(data)


def test_many_control_characters_are_binary():
    data = "لقاء وزيري الخارجية في العاصمة اليوم".encode() + b"\x01\x02\x03\x04" * 5
    with pytest.raises(RejectedFile, match="binary"):
        decode(data)


def test_arabic_page_in_heavy_html_is_text():
    text = FIXTURES[0].read_text(encoding="utf-8")
    style = "<style>body { font-family: Arial, sans-serif; margin: 0 auto; }</style>"
    page = f"<html><head>{style * 200}</head><body><p>{text}</p></body></html>"
    assert decode(page.encode()).text == page


def test_text_without_arabic_is_rejected():
    with pytest.raises(RejectedFile, match="no Arabic text"):
        decode(b"The foreign ministers met in Astana on Friday.\n" * 5)


def test_too_few_arabic_letters_are_rejected():
    with pytest.raises(RejectedFile, match="too little Arabic"):
        decode("Astana — أستانا".encode())


def test_arabic_as_a_small_minority_is_rejected():
    data = ("English page text " * 40 + "مرحبا بكم في الموقع الرسمي للوزارة").encode()
    with pytest.raises(RejectedFile, match="non-Arabic"):
        decode(data)


def test_rejection_reason_reads_as_plain_english():
    with pytest.raises(RejectedFile) as caught:
        decode(b"")
    assert str(caught.value) == "empty file"
