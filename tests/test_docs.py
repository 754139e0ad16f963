"""Documentation that cannot fall behind: CLI reference, README links, public API."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import truce

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_cli_reference_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_cli_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_has_exactly_the_two_setup_commands() -> None:
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^make \w+", setup, flags=re.MULTILINE)
    assert commands == ["make demo", "make test"]


def test_readme_links_point_at_existing_files() -> None:
    links = re.findall(r"\]\(([^)#:]+)\)", README)
    assert links
    missing = [link for link in links if not (ROOT / link).exists()]
    assert missing == []


def test_public_api_is_sorted_complete_and_importable() -> None:
    assert len(truce.__all__) == len(set(truce.__all__))  # order: ruff RUF022
    for name in truce.__all__:
        assert hasattr(truce, name), name
    public = {
        n
        for n in dir(truce)
        if not n.startswith("_") and not isinstance(getattr(truce, n), type(truce))
    }
    assert public - set(truce.__all__) == set()
