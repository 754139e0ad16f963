"""HTML page -> title, date, URL, language and clean body, through trafilatura.

trafilatura finds the article among navigation, asides and footers and reads
the page's metadata; its output then goes through the same paragraph rules as
text files, because it keeps cookie banners and share lines on some pages.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import trafilatura

from truce.ingest.text import Para, clean_paragraphs

_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][\w-]*)?", re.I)
# Never let "today" leak into the output: only dates the page states count.
_DATE_PARAMS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,
    "max_date": "2100-12-31",
}


@dataclass(frozen=True)
class HtmlText:
    """What ingestion keeps from an HTML page."""

    title: str | None
    published: dt.date | None
    url: str | None
    language: str | None
    site_name: str | None
    body: str


def html_language(markup: str) -> str | None:
    """Primary language subtag of ``<html lang>`` ("en-GB" -> "en"), if declared."""
    match = _HTML_LANG.search(markup[:20_000])
    return match[1].lower() if match else None


def extract_html(markup: str) -> HtmlText:
    """Extract the article of an HTML page; comments and tables are left out."""
    doc = trafilatura.bare_extraction(
        markup,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
        deduplicate=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    if doc is None:
        return HtmlText(None, None, None, html_language(markup), None, "")
    title = _text_or_none(getattr(doc, "title", None))
    paras = [Para(line.strip()) for line in str(getattr(doc, "text", "") or "").split("\n")]
    clean = clean_paragraphs(paras, title=title)
    return HtmlText(
        title=title or clean.title,
        published=_parse_date(getattr(doc, "date", None)) or clean.published,
        url=_text_or_none(getattr(doc, "url", None)),
        language=html_language(markup),
        site_name=_text_or_none(getattr(doc, "sitename", None)),
        body=clean.body,
    )


def _text_or_none(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _parse_date(value: object) -> dt.date | None:
    """trafilatura gives dates as ``YYYY-MM-DD`` strings."""
    text = _text_or_none(value)
    if text is None:
        return None
    try:
        return dt.datetime.strptime(text[:10], "%Y-%m-%d").date()
    except ValueError:
        return None
