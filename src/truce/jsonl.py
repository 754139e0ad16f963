"""Extraction over JSON Lines: one result per input line, in order, none dropped.

Each line is ``{"id", "text", "title"?, "published"?, "source"?}``. A line that can't
be read (not UTF-8, not JSON, no ``text``, a bad date) gives ``{"id", "error"}`` with
its line number instead of stopping the run, so one bad row in a million costs one row.
Whitespace-only lines carry no document and are skipped; the line numbers still count
them, so they match the file. ``id`` is echoed as given, else the line number.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from truce.errors import TruceError
from truce.extract import Extractor, rules_only_extractor
from truce.ingest import document_from_text, titled
from truce.jsonout import event_json
from truce.parallel import ordered_map
from truce.pipeline import extract_document, warm_extractor

__all__ = ["extract_jsonl", "extract_line", "extract_line_rules_only"]

_BOM = b"\xef\xbb\xbf"


def extract_jsonl(
    lines: Iterable[bytes | str], *, jobs: int = 1, learned: bool = True
) -> Iterator[dict[str, Any]]:
    """``{"id", "events"}`` or ``{"id", "error"}`` for each non-blank line, in input
    order; ``jobs`` > 1 reads several lines at once in worker processes; ``learned``
    False reads with the lexicon alone (no learned fallback)."""
    numbered = ((n, line) for n, line in enumerate(lines, start=1) if line.strip())
    read = extract_line if learned else extract_line_rules_only
    return ordered_map(read, numbered, jobs=jobs, warm=warm_extractor)


def extract_line_rules_only(numbered: tuple[int, bytes | str]) -> dict[str, Any]:
    """:func:`extract_line` with the lexicon alone."""
    return extract_line(numbered, extractor=rules_only_extractor())


def extract_line(
    numbered: tuple[int, bytes | str], extractor: Extractor | None = None
) -> dict[str, Any]:
    """The result for one line (``(line number, raw line)``)."""
    number, raw = numbered
    item: Any = None
    try:
        item = json.loads(_decoded(raw, first=number == 1))
        if not isinstance(item, dict):
            raise _LineError("expected a JSON object")
        text, title, source = (_string(item, key) for key in ("text", "title", "source"))
        if text is None:
            raise _LineError("`text` must be a string")
        doc = document_from_text(
            titled(title, text),
            fmt="text", published=_date(item.get("published")), source=source,
        )  # fmt: skip
        events = extract_document(doc, source_name=source, extractor=extractor).reports
        return {"id": _id(item, number), "events": [event_json(r) for r in events]}
    except json.JSONDecodeError as exc:
        message = f"not JSON: {exc.msg} at column {exc.colno}"
    except (_LineError, TruceError) as exc:
        message = str(exc)
    return {"id": _id(item, number), "error": f"line {number}: {message}"}


class _LineError(ValueError):
    """What is wrong with one line (reported, never raised out of this module)."""


def _decoded(raw: bytes | str, *, first: bool) -> str:
    if isinstance(raw, str):
        return raw
    if first and raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _LineError(f"not UTF-8 text (byte {exc.start + 1} of the line)") from None


def _string(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is None or isinstance(value, str):
        return value
    raise _LineError(f"`{key}` must be a string, got {json.dumps(value)[:40]}")


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _LineError(f"`published` must be a date like 2016-09-19, got {json.dumps(value)[:40]}")


def _id(item: Any, number: int) -> Any:
    """The line's own id when it has one (any JSON value but null), else its number."""
    if isinstance(item, dict) and item.get("id") is not None:
        return item["id"]
    return number
