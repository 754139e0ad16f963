"""Files and folders -> Documents, or a Rejection that says why not.

A batch of files must never stop at the first bad one: each file either gives
a Document or a Rejection with a reason a user can act on, in a deterministic
order, so two runs over the same folder agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from truce.errors import IngestError
from truce.ids import content_hash, slug, stable_id
from truce.ingest.html import extract_html
from truce.ingest.text import clean_text
from truce.model import Document, Source, SourceKind

Format = Literal["text", "markdown", "html"]
FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
_FRONT_KEYS = ("title", "published", "source", "source_kind", "url", "language", "author")
_KINDS = ("news", "monitor", "official", "dataset")
_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-]+)?$")
_SAMPLE = 65_536


class FrontMatterError(IngestError):
    """Front matter that cannot be read; ``line`` is 1-based in the file."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        self.line = line
        super().__init__(path, f"invalid front matter at line {line}: {reason}")


@dataclass(frozen=True)
class Rejection:
    """A file that gave no document, and why."""

    path: str
    reason: str
    line: int | None = None


@dataclass(frozen=True)
class IngestBatch:
    """Documents read, files rejected, and the sources the documents name."""

    documents: list[Document]
    rejected: list[Rejection]
    sources: list[Source]


@dataclass(frozen=True)
class FrontMatter:
    """The optional YAML header of a text or Markdown file."""

    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    source_kind: SourceKind | None = None
    url: str | None = None
    language: str | None = None
    author: str | None = None


def read_documents(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = 20_000_000,
    on_file: Callable[[Path], None] | None = None,
) -> IngestBatch:
    """Read every accepted file under ``paths`` (folders recursively, sorted)."""
    documents: list[Document] = []
    rejected: list[Rejection] = []
    sources: dict[str, Source] = {}
    for path, problem in _expand(paths):
        if problem is None:
            try:
                document, source = _read_file(path, max_bytes)
            except FrontMatterError as exc:
                rejected.append(Rejection(str(path), exc.reason, exc.line))
            except IngestError as exc:
                rejected.append(Rejection(str(path), exc.reason))
            else:
                documents.append(document)
                if source is not None:
                    sources.setdefault(source.id, source)
        else:
            rejected.append(Rejection(str(path), problem))
        if on_file is not None:
            on_file(path)
    return IngestBatch(documents, rejected, list(sources.values()))


def document_from_text(
    text: str,
    *,
    fmt: Format,
    path: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
) -> Document:
    """Build a Document from in-memory text; explicit arguments beat what the text says.

    Raises ``IngestError`` when no article text is left or the front matter is invalid.
    """
    return build_document(text, fmt=fmt, path=path, published=published, source=source)[0]


def titled(title: str | None, body: str) -> str:
    """A title and its body as plain text, as ``document_from_text`` reads them (the
    first paragraph is the title)."""
    return f"{title}\n\n{body}" if title else body


def build_document(
    text: str,
    *,
    fmt: Format,
    path: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
) -> tuple[Document, Source | None]:
    """Like ``document_from_text``, also returning the Source the document names."""
    where = path or "<text>"
    text = text.removeprefix("\ufeff")
    if fmt == "html":
        page = extract_html(text)
        meta = FrontMatter(
            title=page.title,
            published=page.published,
            url=page.url,
            language=page.language,
            source=page.site_name,
        )
        title, found_date, body = page.title, page.published, page.body
    else:
        meta, rest = parse_front_matter(text, where)
        clean = clean_text(rest, markdown=fmt == "markdown", title=meta.title)
        title, found_date, body = clean.title, clean.published, clean.body
    if not body.strip():
        raise IngestError(where, "no article text left after removing title and boilerplate")
    source_obj = _source(source or meta.source, meta.source_kind)
    digest = content_hash(body)
    document = Document(
        id=stable_id("doc", digest),
        source_id=source_obj.id if source_obj else None,
        title=title,
        url=meta.url,
        path=path,
        published=published or meta.published or found_date,
        language=meta.language or "en",
        raw_text=text,
        body=body,
        content_hash=digest,
    )
    return document, source_obj


def _source(name: str | None, kind: SourceKind | None) -> Source | None:
    if name is None or not name.strip():
        return None
    name = name.strip()
    return Source(id=stable_id("src", slug(name)), name=name, kind=kind or SourceKind.NEWS)


def parse_front_matter(text: str, where: str) -> tuple[FrontMatter, str]:
    """Split a leading ``---`` YAML block off ``text``; the rest keeps its line count."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return FrontMatter(), text
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        raise FrontMatterError(where, 1, "the block opened with '---' is never closed")
    block = "\n".join(lines[1:end])
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        raise FrontMatterError(where, line, str(getattr(exc, "problem", exc))) from exc
    rest = "\n" * (end + 1) + "\n".join(lines[end + 1 :])
    if data is None:
        return FrontMatter(), rest
    if not isinstance(data, dict):
        raise FrontMatterError(where, 2, "expected 'key: value' lines")
    return _front_matter(data, lines[1:end], where), rest


def _front_matter(data: dict[object, object], lines: list[str], where: str) -> FrontMatter:
    """Check each key and value; errors name the key's line."""

    def line_of(key: object) -> int:
        pattern = re.compile(rf"^\s*['\"]?{re.escape(str(key))}['\"]?\s*:")
        return next((i + 2 for i, text in enumerate(lines) if pattern.match(text)), 2)

    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _FRONT_KEYS:
            known = ", ".join(_FRONT_KEYS)
            raise FrontMatterError(where, line_of(key), f"unknown key {key!r} (known: {known})")
        try:
            values[str(key)] = _front_value(str(key), value)
        except ValueError as exc:
            raise FrontMatterError(where, line_of(key), f"{key}: {exc}") from exc
    return FrontMatter(**values)


def _front_value(key: str, value: object) -> object:
    """One front matter value, checked and normalised; ValueError says what is wrong."""
    if value is None:
        return None
    if key == "published":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.datetime.strptime(str(value), "%Y-%m-%d").date()
        except ValueError:
            raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}") from None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ValueError(f"expected text, got {type(value).__name__}")
    text = str(value).strip()
    if key == "source_kind":
        if text not in _KINDS:
            raise ValueError(f"expected one of {', '.join(_KINDS)}, got {text!r}")
        return SourceKind(text)
    if key == "language":
        match = _LANG.match(text)
        if match is None:
            raise ValueError(f"expected a language code such as 'en', got {text!r}")
        return match[1].lower()
    return text or None


def _expand(paths: Iterable[str | Path]) -> Iterable[tuple[Path, str | None]]:
    """Each candidate file once, with a rejection reason when it cannot even be tried."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        found: list[tuple[Path, str | None]]
        if path.is_dir():
            found = [(p, None) for p in _walk(path) if p.suffix.lower() in FORMATS]
            if not found:
                found = [(path, f"folder has no {', '.join(FORMATS)} files")]
        elif not path.exists():
            found = [(path, "no such file or directory")]
        elif path.suffix.lower() not in FORMATS:
            accepted = ", ".join(FORMATS)
            kind = f"'{path.suffix}'" if path.suffix else "(no extension)"
            found = [(path, f"unsupported file type {kind}; accepted: {accepted}")]
        else:
            found = [(path, None)]
        for candidate, problem in found:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                yield candidate, problem


def _walk(folder: Path) -> list[Path]:
    """Files under ``folder``, hidden ones and hidden folders skipped, in sorted order."""
    files: list[Path] = []
    visited: set[Path] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        if current.resolve() in visited:
            continue  # a symlink loop
        visited.add(current.resolve())
        for entry in current.iterdir():
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                stack.append(entry)
            elif entry.is_file():
                files.append(entry)
    return sorted(files, key=lambda p: p.relative_to(folder).parts)


def _read_file(path: Path, max_bytes: int) -> tuple[Document, Source | None]:
    """Check size and encoding before parsing; the size check reads nothing."""
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(
            str(path),
            f"too large: {size:,} bytes ({size / 1e6:.1f} MB) exceeds the limit of "
            f"{max_bytes:,} bytes ({max_bytes / 1e6:.1f} MB); split the file or raise the limit",
        )
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(str(path), f"too large: more than the limit of {max_bytes:,} bytes")
    if not data:
        raise IngestError(str(path), "empty file (0 bytes)")
    if _looks_binary(data):
        raise IngestError(
            str(path),
            "binary file, not text (NUL or control bytes); "
            "if it is UTF-16 text, convert it to UTF-8",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(
            str(path),
            f"not UTF-8 text (invalid byte at offset {exc.start}); convert it with e.g. iconv "
            f"(iconv -f LATIN1 -t UTF-8 '{path.name}')",
        ) from None
    if not text.removeprefix("\ufeff").strip():
        raise IngestError(str(path), "empty file (only whitespace)")
    return build_document(text, fmt=FORMATS[path.suffix.lower()], path=str(path))


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 10% control bytes, in the first 64 KiB."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\v\x1b")
    return controls > 0.1 * len(sample)
