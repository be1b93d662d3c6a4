"""Helpers to compare pages in tests."""


def main_of(page: str) -> str:
    """Return the page's <main>: the footer's CSRF token carries the second it was signed."""
    return page[page.index("<main"):page.index("</main>")]
