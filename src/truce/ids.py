"""Deterministic identifiers: the same input gives the same ID on every run.

IDs are a short prefix naming the kind of record plus the first 16 hex digits of
a SHA-256 over the parts that make the record what it is (never timestamps or
row order), so two machines ingesting the same files agree on every ID.
"""

from __future__ import annotations

import hashlib

_SEP = "\x1f"


def content_hash(text: str) -> str:
    """SHA-256 of a text, hex; used to store each document once."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stable_id(prefix: str, *parts: object) -> str:
    """``prefix_`` + 16 hex digits of SHA-256 over the parts, joined unambiguously."""
    joined = _SEP.join("" if part is None else str(part) for part in parts)
    return f"{prefix}_{hashlib.sha256(joined.encode('utf-8')).hexdigest()[:16]}"


def slug(text: str) -> str:
    """A readable id from a name: lower case, runs of other characters become '-'."""
    out = []
    dash = False
    for char in text.lower():
        if char.isalnum():
            out.append(char)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-") or "unnamed"
