"""Load agreement specs from YAML and report every problem with the line it is on.

Agreements are written by hand, so a bad file must say *where* it is wrong: the YAML
is composed into nodes once, each node's line is indexed by its path (``periods -> 0
-> start``), and pydantic's error locations are looked up in that index.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from truce.errors import AgreementError, NotFoundError
from truce.model import Agreement, Commitment, Period

__all__ = [
    "SCHEMA_ID",
    "agreement_schema",
    "load_agreement",
    "load_packaged",
    "packaged_agreements",
    "parse_agreement",
    "period_bounds",
    "resolve_deadline",
]

SCHEMA_ID = "urn:truce-monitor:schema:agreement"
_HINT = "see docs/agreements.md, or `truce agreement schema` for the JSON Schema"
_REQUIRED = "id, name, agreed, timezone, parties and periods"
_UNKNOWN_REF = re.compile(r"^(?P<kind>[a-z ]+) '(?P<owner>[^']*)': `(?P<field>\w+)` names unknown")
_ID_LISTS = (
    "brokers",
    "guarantors",
    "parties",
    "excluded",
    "periods",
    "zones",
    "prohibited_acts",
    "permitted_acts",
    "commitments",
)
_SECTIONS = {"prohibited act": "prohibited_acts", "zone": "zones", "commitment": "commitments"}

Loc = tuple[str, ...]
Problem = tuple[int | None, str]


class _Index:
    """Line of every key and item in a composed YAML document, keyed by its path."""

    def __init__(self, root: yaml.Node) -> None:
        self.lines: dict[Loc, int] = {}
        self.scalars: dict[Loc, str] = {}
        self.duplicates: list[Problem] = []
        self._walk(root)

    def _walk(self, root: yaml.Node) -> None:
        seen: set[int] = set()
        stack: list[tuple[Loc, yaml.Node]] = [((), root)]
        while stack:
            loc, node = stack.pop()
            self.lines.setdefault(loc, node.start_mark.line + 1)
            if id(node) in seen:  # an alias: its subtree is indexed where the anchor is
                continue
            seen.add(id(node))
            if isinstance(node, yaml.MappingNode):
                stack.extend(self._mapping(loc, node))
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(((*loc, str(i)), item) for i, item in enumerate(node.value))
            elif isinstance(node, yaml.ScalarNode):
                self.scalars[loc] = str(node.value)

    def _mapping(self, loc: Loc, node: yaml.MappingNode) -> list[tuple[Loc, yaml.Node]]:
        children: list[tuple[Loc, yaml.Node]] = []
        for key, value in node.value:
            child = (*loc, str(key.value))
            line = key.start_mark.line + 1
            if child in self.lines:
                self.duplicates.append((line, f"{_where(child)}: duplicate key {key.value!r}"))
                continue
            self.lines[child] = line  # the key's line: right for block values too
            children.append((child, value))
        return children

    def line(self, loc: Loc) -> int | None:
        """Line of ``loc``, or of its nearest enclosing node that exists in the file."""
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.lines:
                return self.lines[loc[:end]]
        return None

    def refine(self, loc: Loc, message: str) -> Loc:
        """Narrow a model-level error (located at a whole mapping) to the key it is about."""
        match = _UNKNOWN_REF.match(message)
        if match and not loc:
            return self._unknown_ref(match, message) or loc
        unquoted = re.sub(r"'[^']*'|\[[^\]]*\]", "", message.split(";")[0])
        for word in re.findall(r"[A-Za-z_]+", unquoted):
            if (*loc, word) in self.lines:
                return (*loc, word)
        return loc

    def _unknown_ref(self, match: re.Match[str], message: str) -> Loc | None:
        section = _SECTIONS.get(match["kind"])
        listed = message[match.end() :].split(";")[0]
        unknown = set(re.findall(r"'([^']*)'", listed))
        owner: Loc | None = None
        for loc, value in sorted(self.scalars.items()):
            if len(loc) == 3 and loc[0] == section and loc[2] == "id" and value == match["owner"]:
                owner = loc[:2]
                break
        if owner is None:
            return None
        for loc, value in sorted(self.scalars.items(), key=lambda item: self.lines[item[0]]):
            if loc[:2] == owner and match["field"] in loc[2:] and value in unknown:
                return loc
        return (*owner, match["field"])


def _where(loc: tuple[Any, ...]) -> str:
    return " -> ".join(str(part) for part in loc)


def _describe(error: ErrorDetails, loc: Loc) -> str:
    """One error in plain words, prefixed with the path it is at."""
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"{_where(loc[:-1]) or 'top level'}: unknown field {loc[-1]!r}"
    if kind == "missing":
        return f"{_where(loc[:-1]) or 'top level'}: missing required field {loc[-1]!r}"
    message = error["msg"].removeprefix("Value error, ")
    value = error.get("input")
    if kind != "value_error" and isinstance(value, str | int | float | bool | dt.date):
        message += f" (got {value!r})"
    return f"{_where(loc)}: {message}" if loc else message


def _problems(exc: ValidationError, index: _Index) -> list[Problem]:
    problems: list[Problem] = []
    for error in exc.errors():
        loc = tuple(str(part) for part in error["loc"])
        message = _describe(error, loc)
        if error["type"] == "value_error":
            loc = index.refine(loc, error["msg"].removeprefix("Value error, "))
        problems.append((index.line(loc), message))
    return problems


def _compose(text: str, path: str) -> tuple[yaml.Node | None, Any]:
    """Parse once, keeping both the node tree (for lines) and the plain data."""
    try:
        loader = yaml.SafeLoader(text)  # checks for unprintable characters already
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        char = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        message = f"YAML syntax: control character {char} is not allowed in YAML text"
        raise AgreementError(path, [(line, message)], hint=_HINT) from exc
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    except yaml.MarkedYAMLError as exc:
        raise AgreementError(path, [_yaml_problem(exc)], hint=_HINT) from exc
    finally:
        loader.dispose()


def _yaml_problem(exc: yaml.MarkedYAMLError) -> Problem:
    """The failing line, plus where the unfinished construct began when that differs."""
    mark = exc.problem_mark or exc.context_mark
    message = f"YAML syntax: {exc.problem or exc.context or 'invalid YAML'}"
    context = exc.context_mark
    if exc.problem and exc.context and context is not None and context is not mark:
        message += f" ({exc.context}; see line {context.line + 1})"
    return (mark.line + 1 if mark else None, message)


def parse_agreement(text: str, *, path: str = "<string>") -> Agreement:
    """Validate YAML text as an agreement; every problem found is raised at once."""
    empty = f"the file is empty; an agreement needs at least {_REQUIRED}"
    if not text.strip():
        raise AgreementError(path, [(None, empty)], hint=_HINT)
    node, data = _compose(text, path)
    if node is None:
        raise AgreementError(path, [(None, empty)], hint=_HINT)
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a single value ({data!r})"
        problem = (
            node.start_mark.line + 1,
            f"the top level must be a mapping of fields, not {kind}",
        )
        raise AgreementError(path, [problem], hint=_HINT)
    index = _Index(node)
    problems = list(index.duplicates)
    try:
        agreement = Agreement.model_validate(data)
    except ValidationError as exc:
        problems += _problems(exc, index)
        raise AgreementError(path, _sorted(problems), hint=_HINT) from exc
    problems += _duplicate_ids(agreement, index)
    if problems:
        raise AgreementError(path, _sorted(problems), hint=_HINT)
    return agreement


def _duplicate_ids(agreement: Agreement, index: _Index) -> list[Problem]:
    """Ids must be unique in their list, or references to them would be ambiguous."""
    problems: list[Problem] = []
    for section in _ID_LISTS:
        seen: set[str] = set()
        for position, item in enumerate(getattr(agreement, section)):
            if item.id in seen:
                loc = (section, str(position), "id")
                problems.append((index.line(loc), f"{_where(loc)}: duplicate id {item.id!r}"))
            seen.add(item.id)
    return problems


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda problem: problem[0] or 0)


def load_agreement(path: str | Path) -> Agreement:
    """Read and validate one agreement file (UTF-8 YAML)."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise AgreementError(name, [(None, f"cannot read the file: {reason}")]) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        raise AgreementError(name, [(line, message)]) from exc
    return parse_agreement(text, path=name)


def agreement_schema() -> dict[str, Any]:
    """JSON Schema of the spec, for editors and for ``truce agreement schema``."""
    schema = Agreement.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": "Truce Monitor agreement",
    }


def packaged_agreements() -> list[Path]:
    """The agreement files shipped with the package, sorted by file name."""
    folder = resources.files("truce").joinpath("data", "agreements")
    if not folder.is_dir():
        return []
    files = [entry for entry in folder.iterdir() if entry.name.endswith((".yaml", ".yml"))]
    return sorted((Path(str(entry)) for entry in files), key=lambda path: path.name)


def load_packaged() -> list[Agreement]:
    """Every shipped agreement, validated."""
    return [load_agreement(path) for path in packaged_agreements()]


def _period(agreement: Agreement, period: Period | str) -> Period:
    if isinstance(period, Period):
        return period
    for candidate in agreement.periods:
        if candidate.id == period:
            return candidate
    raise NotFoundError(f"agreement {agreement.id!r} has no period {period!r}")


def period_bounds(
    agreement: Agreement, period: Period | str
) -> tuple[dt.datetime, dt.datetime | None]:
    """Start and end (None = open) as aware datetimes, naive times read in the agreement's zone."""
    found = _period(agreement, period)
    end = agreement.aware(found.end) if found.end is not None else None
    return agreement.aware(found.start), end


def resolve_deadline(
    agreement: Agreement,
    commitment: Commitment,
    *,
    extensions: dict[str, dt.datetime] | None = None,
) -> dt.datetime | None:
    """When a commitment falls due, as an aware datetime; None when it has no deadline.

    ``D+7`` counts from the start of the named period (the first period when none is
    named). ``extensions`` maps a period id to the moment it was renewed or restarted,
    which then replaces the start, because a truce that restarts restarts its clock.
    """
    deadline = commitment.deadline
    if deadline is None:
        return None
    if deadline.at is not None:
        return agreement.aware(deadline.at)
    period = _period(agreement, deadline.period or agreement.periods[0].id)
    start = (extensions or {}).get(period.id, period.start)
    return agreement.aware(start) + dt.timedelta(days=deadline.offset_days())
