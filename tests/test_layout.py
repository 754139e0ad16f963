"""House rules that keep the code base readable: small modules, no prints, docs for errors."""

from __future__ import annotations

import re
from pathlib import Path

from truce.errors import ALL_ERRORS

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "src" / "truce").rglob("*.py"))
HARD_CAP = 800


def test_no_module_over_the_hard_cap() -> None:
    sizes = {p.relative_to(ROOT): len(p.read_text().splitlines()) for p in SOURCES}
    assert SOURCES, "no sources found"
    assert {p: n for p, n in sizes.items() if n > HARD_CAP} == {}


def test_every_error_code_is_unique_and_documented() -> None:
    codes = [cls.code for cls in ALL_ERRORS]
    assert len(codes) == len(set(codes))
    doc = (ROOT / "docs" / "errors.md").read_text()
    for cls in ALL_ERRORS:
        assert re.search(rf"\| {cls.code} \| `{cls.__name__}` \|", doc), cls.__name__


def test_library_modules_do_not_exit() -> None:
    offenders = [
        p.relative_to(ROOT)
        for p in SOURCES
        if "cli" not in p.parts and re.search(r"\bsys\.exit\(|\braise SystemExit\b", p.read_text())
    ]
    assert offenders == []
