"""Which role an actor plays under an agreement: party, broker, excluded, civilians, aid.

An agreement names its groups with catalogue actor ids and free-text aliases; an
incident carries catalogue actor ids. We match on ids first and fall back on
names, so an agreement written without ids still works.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from truce.model import Actor, Agreement, Group

CIVILIAN_KINDS = frozenset({"civilians"})
AID_KINDS = frozenset({"aid", "un"})


@dataclass(frozen=True)
class Role:
    """``kind`` is party|broker|excluded|civilians|aid; ``group`` the agreement group."""

    kind: str
    group_id: str | None
    label: str


def _names(values: list[str]) -> set[str]:
    return {value.casefold() for value in values}


def _matches(group: Group, actor_id: str, actor: Actor | None) -> bool:
    if actor_id in group.actors:
        return True
    if actor is None:
        return False
    return bool(_names(group.names()) & _names([actor.name, *actor.aliases]))


def roles_of(actor_id: str, agreement: Agreement, catalogue: Mapping[str, Actor]) -> list[Role]:
    """Every role the actor has under the agreement (usually zero or one)."""
    actor = catalogue.get(actor_id)
    roles: list[Role] = []
    buckets = (
        ("excluded", agreement.excluded),
        ("party", agreement.parties),
        ("broker", [*agreement.brokers, *agreement.guarantors]),
    )
    for kind, groups in buckets:
        roles.extend(Role(kind, g.id, g.name) for g in groups if _matches(g, actor_id, actor))
    if actor is not None and actor.kind in CIVILIAN_KINDS:
        roles.append(Role("civilians", None, actor.name))
    if actor is not None and actor.kind in AID_KINDS:
        roles.append(Role("aid", None, actor.name))
    return roles


def ref_matches(ref: str, role: Role) -> bool:
    """Does a `by`/`against` reference (id or keyword) cover this role?"""
    keyword = {"parties": "party", "brokers": "broker", "excluded": "excluded"}.get(ref)
    if ref == "any":
        return True
    if keyword is not None:
        return role.kind == keyword
    if ref in ("civilians", "aid"):
        return role.kind == ref
    return role.group_id == ref


def display(actor_id: str, catalogue: Mapping[str, Actor]) -> str:
    actor = catalogue.get(actor_id)
    return actor.name if actor else actor_id
