"""Errors, one base per stage, each with a stable code listed in ``docs/errors.md``.

    TruceError                    [T000] base: catch this to catch everything
    ├── ConfigError               [T100] settings, database URL
    ├── StoreError                [T200] database could not be opened or migrated
    ├── AgreementError            [T300] agreement spec invalid (file, line, what)
    ├── IngestError               [T400] one input could not be read (file, why)
    ├── ExtractError              [T500] a document or input line could not be processed
    ├── NotFoundError             [T600] an id that is not in the store
    └── ReportError               [T700] a report could not be written

The library raises; only ``truce.cli`` turns an error into a message and exit code.
Messages say what went wrong, where (file:line or id) and what to do about it.
"""

from __future__ import annotations


class TruceError(Exception):
    """Base of every error the library raises on purpose."""

    code = "T000"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ConfigError(TruceError):
    code = "T100"


class StoreError(TruceError):
    code = "T200"


class AgreementError(TruceError):
    """An agreement file is invalid; ``problems`` lists (line, message) pairs."""

    code = "T300"

    def __init__(
        self,
        path: str,
        problems: list[tuple[int | None, str]],
        *,
        hint: str | None = None,
    ) -> None:
        self.path = path
        self.problems = problems
        lines = [f"{path}:{line}: {msg}" if line else f"{path}: {msg}" for line, msg in problems]
        super().__init__("invalid agreement\n  " + "\n  ".join(lines), hint=hint)


class IngestError(TruceError):
    code = "T400"

    def __init__(self, path: str, reason: str, *, hint: str | None = None) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}", hint=hint)


class ExtractError(TruceError):
    code = "T500"


class NotFoundError(TruceError):
    code = "T600"


class ReportError(TruceError):
    code = "T700"


ALL_ERRORS: tuple[type[TruceError], ...] = (
    TruceError,
    ConfigError,
    StoreError,
    AgreementError,
    IngestError,
    ExtractError,
    NotFoundError,
    ReportError,
)
