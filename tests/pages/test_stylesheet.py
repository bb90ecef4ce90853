"""The layout must hold right to left: logical properties only."""

import re
from pathlib import Path

CSS = Path(__file__).resolve().parents[2] / "static" / "css" / "archive.css"
PHYSICAL = re.compile(
    r"(?<![-\w])(margin|padding|border)-(left|right)\b"
    r"|(?<![-\w])(left|right)\s*:"
    r"|text-align\s*:\s*(left|right)"
    r"|float\s*:\s*(left|right)"
)


def test_stylesheet_uses_logical_properties_only():
    assert PHYSICAL.findall(CSS.read_text()) == []


def test_stylesheet_serves_its_own_arabic_font():
    css = CSS.read_text()
    assert 'url("../fonts/NotoNaskhArabic-Regular.ttf")' in css
    assert (CSS.parents[1] / "fonts" / "NotoNaskhArabic-Regular.ttf").exists()
    assert (CSS.parents[1] / "fonts" / "OFL.txt").exists()
    assert "http" not in css  # nothing from elsewhere: the archive works offline
