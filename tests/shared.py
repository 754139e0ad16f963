"""Locate ../shared (evaluation material that a user's clone does not have).

Tests that need it skip with a clear reason, except under CI=true, where its
absence is a failure: CI always has it, so a skip there would hide a broken check.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(*parts: str) -> Path:
    """Path inside ../shared, or skip (fail under CI=true) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"needs {path} (../shared evaluation material, not part of a user's clone)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    return path
