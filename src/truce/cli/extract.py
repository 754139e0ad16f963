"""`truce extract`: print what the extractor finds, store nothing."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from truce.cli._common import JOBS_OPTION, handle_errors, parse_date, print_json
from truce.errors import TruceError
from truce.extract import rules_only_extractor
from truce.ingest import read_documents
from truce.jsonl import extract_jsonl
from truce.jsonout import event_json
from truce.model import Extraction
from truce.pipeline import extract_document


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
        rules_only: Annotated[
            bool,
            typer.Option(
                "--rules-only", help="Read with the lexicon alone, without the learned fallback."
            ),
        ] = False,
    ) -> None:
        """Print a document's events and claims as JSON (stores nothing).

        With --input-format jsonl each line {"id", "text", "title"?, "published"?,
        "source"?} gives one output line {"id", "events"} or {"id", "error"}, in order;
        blank lines are skipped.

        Examples: truce extract article.md --published 2016-09-20
                  truce extract --input-format jsonl docs.jsonl --format jsonl --jobs 2
        """
        if input_format == InputFormat.JSONL:
            if str(path) != "-" and not path.is_file():
                raise TruceError(f"{path}: no such file")
            stream = sys.stdin.buffer if str(path) == "-" else path.open("rb")
            with stream:
                for result in extract_jsonl(stream, jobs=jobs, learned=not rules_only):
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
        extractor = rules_only_extractor() if rules_only else None
        result = extraction_json(extract_document(doc, source_name=source, extractor=extractor))
        if fmt == OutputFormat.JSONL:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            print_json(result)
