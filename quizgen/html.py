"""Saved web pages: the article's title and text, found by trafilatura (not by our own scraping)."""

from __future__ import annotations

from .errors import ArticleError


def html_to_text(html: str, name: str) -> str:
    """Return "title\\n\\nparagraph\\n\\nparagraph..." for a saved web page."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        raise ArticleError(f"{name}: reading web pages needs trafilatura; run pip install trafilatura") from None
    # quizgen reads the title and the text, never the date: htmldate's search of the whole text
    # for dates (on by default) took 100 s on a 2 MB page, and nothing in a page needs it here
    no_date_search = {"original_date": True, "extensive_search": False}
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, date_extraction_params=no_date_search
    )
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = (getattr(doc, "title", None) or "") if doc is not None else ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise ArticleError(f"{name}: no article text found in this web page; save the article as plain text instead")
    if title and lines[0] == title.strip():
        lines = lines[1:]
    title = title.strip() or lines.pop(0)
    return title + "\n\n" + "\n\n".join(lines) + "\n"
