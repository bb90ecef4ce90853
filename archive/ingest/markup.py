"""HTML that scrapers leave in article text, removed with a kept parser (Beautiful Soup
over the standard library's html.parser) rather than by regular expressions."""

import re

from bs4 import BeautifulSoup

# Tags, comments and entities: only text holding one is read as HTML, so Arabic prose
# with a stray "<" or "&" stays as it is.
_MARKUP = re.compile(
    r"<(?:/?[a-zA-Z][^<>]*|!--.*?--)>|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});",
    re.DOTALL,
)
_HIDDEN_ELEMENTS = ["script", "style", "template", "noscript", "head"]
_BLOCK_ELEMENTS = [
    *"p div li ul ol dl dt dd tr table section article header footer".split(),
    *"blockquote pre figure figcaption h1 h2 h3 h4 h5 h6 title".split(),
]


def strip_markup(text: str) -> str:
    """The text a reader sees of scraped HTML: no tags, entities decoded, script and
    style blocks gone with their content, block elements ending their lines."""
    if not _MARKUP.search(text):
        return text
    soup = BeautifulSoup(text, "html.parser")
    for element in soup(_HIDDEN_ELEMENTS):
        element.decompose()
    for element in soup("br"):
        element.replace_with("\n")
    for element in soup(_BLOCK_ELEMENTS):
        element.append("\n")
    return soup.get_text()
