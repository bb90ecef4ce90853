"""What every page must pass in the browser, at any width."""

UNLABELLED = """() => Array.from(document.querySelectorAll(
    'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea'
  )).filter(el => !(el.labels && el.labels.length)
    && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
  .map(el => el.outerHTML)"""
SIDEWAYS = "document.documentElement.scrollWidth > window.innerWidth"


def problems_on(page, url: str, status: int = 200) -> list[str]:
    """Open `url`; list what is wrong: status, sideways scroll, unlabelled controls."""
    response = page.goto(url)
    found = []
    if response.status != status:
        found.append(f"answered {response.status}")
    if page.evaluate(SIDEWAYS):
        found.append("scrolls sideways")
    found += [f"unlabelled control {html}" for html in page.evaluate(UNLABELLED)]
    if page.evaluate("[document.documentElement.lang, document.dir]") != ["ar", "rtl"]:
        found.append("not Arabic, right to left")
    return [f"{url}: {problem}" for problem in found]
