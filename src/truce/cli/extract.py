"""`truce extract`: print what the extractor finds, store nothing."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from truce.cli._common import JOBS_OPTION, handle_errors, parse_date, print_json
from truce.errors import TruceError
from truce.ingest import document_from_text, read_documents
from truce.jsonout import event_json
from truce.model import Extraction
from truce.parallel import ordered_map
from truce.pipeline import extract_document, warm_extractor


class InputFormat(StrEnum):
    FILE = "file"
    JSONL = "jsonl"


class OutputFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    return {
        "document_id": extraction.document_id,
        "published": extraction.published.isoformat() if extraction.published else None,
        "extractor": extraction.extractor,
        "events": [event_json(r) for r in extraction.reports],
    }


def _jsonl_results(lines: Iterable[str], jobs: int = 1) -> Iterator[dict[str, Any]]:
    """One output object per input line, in order; a bad line gives {"id", "error"}."""
    numbered = ((n, line) for n, line in enumerate(lines, start=1) if line.strip())
    return ordered_map(_jsonl_line, numbered, jobs=jobs, warm=warm_extractor)


def _jsonl_line(numbered: tuple[int, str]) -> dict[str, Any]:
    number, line = numbered
    item_id: Any = None
    try:
        item = json.loads(line)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError("expected an object with a string `text`")
        item_id = item.get("id", number)
        published = dt.date.fromisoformat(item["published"]) if item.get("published") else None
        text = f"{item['title']}\n\n{item['text']}" if item.get("title") else item["text"]
        doc = document_from_text(text, fmt="text", published=published, source=item.get("source"))
        events = extract_document(doc, source_name=item.get("source")).reports
        return {"id": item_id, "events": [event_json(r) for r in events]}
    except (ValueError, TypeError, KeyError, TruceError) as exc:
        return {"id": item_id if item_id is not None else number, "error": f"line {number}: {exc}"}


def register(app: typer.Typer) -> None:
    @app.command("extract")
    @handle_errors
    def extract_cmd(
        path: Annotated[
            Path,
            typer.Argument(
                help="A .txt/.md/.html file; with --input-format jsonl a .jsonl file or -."
            ),
        ],
        published: Annotated[
            str | None, typer.Option(help="Publication date YYYY-MM-DD, if the text lacks it.")
        ] = None,
        input_format: Annotated[
            InputFormat, typer.Option(help="file or jsonl.")
        ] = InputFormat.FILE,
        fmt: Annotated[
            OutputFormat, typer.Option("--format", "-f", help="json or jsonl.")
        ] = OutputFormat.JSON,
        jobs: Annotated[int, JOBS_OPTION] = 1,
    ) -> None:
        """Print a document's events and claims as JSON (stores nothing).

        Examples: truce extract article.md --published 2016-09-20
                  truce extract --input-format jsonl docs.jsonl --format jsonl --jobs 2
        """
        if input_format == InputFormat.JSONL:
            stream = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
            with stream:
                for result in _jsonl_results(stream, jobs):
                    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            return
        batch = read_documents([path])
        if batch.rejected:
            rej = batch.rejected[0]
            raise TruceError(f"{rej.path}: {rej.reason}")
        doc = batch.documents[0]
        if published:
            doc = doc.model_copy(update={"published": parse_date(published, option="--published")})
        source = batch.sources[0].name if batch.sources else None
        result = extraction_json(extract_document(doc, source_name=source))
        if fmt == OutputFormat.JSONL:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            print_json(result)
