"""Event types and how they map onto ACLED's event and sub-event types.

The mapping is data kept beside the enum so a new type cannot be added without
saying what it is in ACLED terms (or that it has no ACLED equivalent).
"""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    AIR_STRIKE = "air_strike"
    SHELLING = "shelling"
    ARMED_CLASH = "armed_clash"
    ATTACK_ON_CIVILIANS = "attack_on_civilians"
    REMOTE_EXPLOSIVE = "remote_explosive"
    SUICIDE_BOMB = "suicide_bomb"
    CHEMICAL_WEAPON = "chemical_weapon"
    ABDUCTION = "abduction"
    LOOTING_DESTRUCTION = "looting_destruction"
    AID_ACCESS = "aid_access"
    CEASEFIRE_ANNOUNCED = "ceasefire_announced"
    CEASEFIRE_DECLARED_OVER = "ceasefire_declared_over"
    VIOLATION_ACCUSATION = "violation_accusation"
    COMMITMENT = "commitment"


#: EventType -> (ACLED event_type, ACLED sub_event_type); None where ACLED has no row.
ACLED_MAPPING: dict[EventType, tuple[str | None, str | None]] = {
    EventType.AIR_STRIKE: ("Explosions/Remote violence", "Air/drone strike"),
    EventType.SHELLING: ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    EventType.ARMED_CLASH: ("Battles", "Armed clash"),
    EventType.ATTACK_ON_CIVILIANS: ("Violence against civilians", "Attack"),
    EventType.REMOTE_EXPLOSIVE: ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    EventType.SUICIDE_BOMB: ("Explosions/Remote violence", "Suicide bomb"),
    EventType.CHEMICAL_WEAPON: ("Explosions/Remote violence", "Chemical weapon"),
    EventType.ABDUCTION: ("Violence against civilians", "Abduction/forced disappearance"),
    EventType.LOOTING_DESTRUCTION: ("Strategic developments", "Looting/property destruction"),
    EventType.AID_ACCESS: ("Violence against civilians", "Attack"),
    EventType.CEASEFIRE_ANNOUNCED: ("Strategic developments", "Agreement"),
    EventType.CEASEFIRE_DECLARED_OVER: ("Strategic developments", "Other"),
    EventType.VIOLATION_ACCUSATION: ("Strategic developments", "Other"),
    EventType.COMMITMENT: ("Strategic developments", "Other"),
}

#: Types that are acts of violence and so can breach an agreement's prohibited acts.
VIOLENT_TYPES: frozenset[EventType] = frozenset(
    {
        EventType.AIR_STRIKE,
        EventType.SHELLING,
        EventType.ARMED_CLASH,
        EventType.ATTACK_ON_CIVILIANS,
        EventType.REMOTE_EXPLOSIVE,
        EventType.SUICIDE_BOMB,
        EventType.CHEMICAL_WEAPON,
        EventType.ABDUCTION,
        EventType.LOOTING_DESTRUCTION,
        EventType.AID_ACCESS,
    }
)


def acled_types(event_type: EventType) -> tuple[str | None, str | None]:
    """ACLED event type and sub-event type for one of our types."""
    return ACLED_MAPPING[event_type]
