"""The actor catalogue's YAML layout (``truce/data/actors.yaml``), as pydantic models.

Kept apart from :mod:`truce.extract.actors` so that module holds no pydantic model and
can be compiled with mypyc (which compiles no pydantic model's class body).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ActorKind = Literal[
    "state", "coalition", "armed_forces", "armed_group", "militia", "civilians", "aid", "un",
    "media", "monitor",
]  # fmt: skip
ActorSide = Literal[
    "government", "pro_government", "opposition", "kurdish", "jihadist", "us_coalition",
    "russia", "turkey", "israel", "neutral",
]  # fmt: skip


class Actor(BaseModel):
    """One catalogue entry."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    kind: ActorKind
    side: ActorSide
    aliases: list[str] = Field(min_length=1)
    related: list[str] = Field(default_factory=list)
    # words that name the actor only right before an event word: "government air strikes"
    adjectives: list[str] = Field(default_factory=list)
    # names that stand for the actor only as the one who speaks ("Damascus says"); anywhere
    # else they are places ("shells hit Damascus")
    speaks_as: list[str] = Field(default_factory=list)
    # the actor named by "<this actor> and allied militias": "regime forces and allied
    # militias" are the pro-government militias too
    allies: str | None = None
    # named factions counted with the actor ("Jaish al-Islam" with the armed opposition):
    # matched as aliases are, but a claim keeps the faction's own name as its claimant, and
    # an agreement that names one faction does not thereby name the whole actor
    members: list[str] = Field(default_factory=list)


class CatalogueSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int
    actors: list[Actor]
