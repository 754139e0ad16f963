"""The actor catalogue (``data/actors.yaml``): canonical actors, aliases, kinds, sides.

It is data, not code, so monitors can add a militia or a spelling without a
release; ``load_actors(path)`` reads an edited copy. Keys other than the Actor
fields (extraction hints, notes) belong to other readers and are ignored here.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from truce.errors import ConfigError
from truce.model import Actor


def _entries(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if isinstance(data, dict):
        return [{"id": key, **value} for key, value in data.items()]
    if isinstance(data, list):
        return data
    raise ConfigError("actor catalogue must be a list of actors or a mapping `actors:`")


def parse_actors(text: str, *, origin: str = "<string>") -> dict[str, Actor]:
    try:
        data = yaml.safe_load(text)
        fields = set(Actor.model_fields)
        actors = [
            Actor.model_validate({k: v for k, v in entry.items() if k in fields})
            for entry in _entries(data)
        ]
    except (yaml.YAMLError, ValidationError, TypeError) as exc:
        raise ConfigError(f"{origin}: invalid actor catalogue: {exc}") from exc
    return {actor.id: actor for actor in actors}


@lru_cache(maxsize=4)
def load_actors(path: str | None = None) -> dict[str, Actor]:
    """Actors by id, from the packaged catalogue or a file given by path."""
    if path is not None:
        return parse_actors(Path(path).read_text(encoding="utf-8"), origin=path)
    text = resources.files("truce").joinpath("data", "actors.yaml").read_text(encoding="utf-8")
    return parse_actors(text, origin="truce/data/actors.yaml")
