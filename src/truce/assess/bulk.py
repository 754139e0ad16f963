"""Vectorised assessment: the status of every incident under every agreement at once.

The per-incident rules (``rules.py``) write the reasons in words; this module
decides the statuses for many incidents with numpy arrays, in the same order of
rules, so that a store of a million incidents is classified in seconds. ``assess``
takes its statuses from here and its reasons from the rules; a test checks, on
thousands of random incidents, that both paths agree.

Incidents come in as an ``IncidentTable``: one array per field, actors and
targets as padded matrices of codes into an actor vocabulary (``-1`` = none).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from truce.agreements import period_bounds
from truce.assess.groups import ref_matches, roles_of
from truce.assess.lifecycle import period_windows
from truce.assess.rules import CONTESTING, DELIBERATE
from truce.assess.timing import (
    NEVER_AFTER,
    NEVER_BEFORE,
    PeriodWindow,
    classify_many,
    event_bounds,
    window_bounds,
)
from truce.assess.zones import PLACED_PRECISION, zone_codes
from truce.model import (
    VIOLENT_TYPES,
    Actor,
    Agreement,
    Claim,
    EventType,
    FindingStatus,
    Incident,
    Stance,
    Zone,
)

EVENT_TYPES: tuple[EventType, ...] = tuple(EventType)
STANCES: tuple[Stance, ...] = tuple(Stance)
STATUSES: tuple[FindingStatus, ...] = tuple(FindingStatus)
NO_FINDING = -1
_VIOL, _OUT, _PERM, _INSUF = (STATUSES.index(s) for s in FindingStatus)

IntArray = npt.NDArray[np.int64]


def type_code(event_type: EventType) -> int:
    return EVENT_TYPES.index(event_type)


def stance_bit(stance: Stance) -> int:
    return 1 << STANCES.index(stance)


def _bits(stances: frozenset[Stance] | set[Stance]) -> int:
    return sum(stance_bit(s) for s in stances)


@dataclass(frozen=True)
class IncidentTable:
    """Incidents as columns; ``ev_lo``/``ev_hi`` are local minutes (see ``timing``)."""

    event_type: npt.NDArray[np.int16]
    ev_lo: IntArray
    ev_hi: IntArray
    lon: npt.NDArray[np.float64]
    lat: npt.NDArray[np.float64]
    precision: npt.NDArray[np.int8]
    admin1: npt.NDArray[np.int16]
    actors: npt.NDArray[np.int32]
    targets: npt.NDArray[np.int32]
    stances: npt.NDArray[np.int32]
    actor_ids: tuple[str, ...]
    admin1_codes: tuple[str, ...]

    def __len__(self) -> int:
        return int(self.event_type.shape[0])

    @classmethod
    def from_incidents(
        cls, incidents: Sequence[Incident], claims: Sequence[Claim] = ()
    ) -> IncidentTable:
        vocab = tuple(sorted({a for i in incidents for a in (*i.actors, *i.targets)}))
        codes = {a: n for n, a in enumerate(vocab)}
        admins = tuple(sorted({i.place.admin1_pcode for i in incidents if i.place.admin1_pcode}))
        admin_codes = {p: n for n, p in enumerate(admins)}
        bits: dict[str, int] = {}
        for claim in claims:
            bits[claim.incident_id] = bits.get(claim.incident_id, 0) | stance_bit(claim.stance)
        bounds = [event_bounds(i.date) for i in incidents]
        return cls(
            event_type=np.array([type_code(i.type) for i in incidents], dtype=np.int16),
            ev_lo=np.array([b[0] for b in bounds], dtype=np.int64),
            ev_hi=np.array([b[1] for b in bounds], dtype=np.int64),
            lon=np.array([np.nan if i.place.lon is None else i.place.lon for i in incidents]),
            lat=np.array([np.nan if i.place.lat is None else i.place.lat for i in incidents]),
            precision=np.array([i.place.precision for i in incidents], dtype=np.int8),
            admin1=np.array(
                [admin_codes.get(i.place.admin1_pcode or "", -1) for i in incidents],
                dtype=np.int16,
            ),
            actors=_padded([[codes[a] for a in i.actors] for i in incidents]),
            targets=_padded([[codes[a] for a in i.targets] for i in incidents]),
            stances=np.array([bits.get(i.id, 0) for i in incidents], dtype=np.int32),
            actor_ids=vocab,
            admin1_codes=admins,
        )


def _padded(rows: list[list[int]]) -> npt.NDArray[np.int32]:
    width = max((len(r) for r in rows), default=0) or 1
    out = np.full((len(rows), width), -1, dtype=np.int32)
    for n, row in enumerate(rows):
        out[n, : len(row)] = row
    return out


@dataclass(frozen=True)
class StatusMatrix:
    """``status[i, j]``: code into ``STATUSES`` of incident i under agreement j, or -1."""

    status: npt.NDArray[np.int8]
    contested: npt.NDArray[np.bool_]
    agreement_ids: tuple[str, ...]
    windows: dict[str, list[PeriodWindow]]

    def get(self, row: int, agreement_id: str) -> FindingStatus | None:
        code = int(self.status[row, self.agreement_ids.index(agreement_id)])
        return None if code == NO_FINDING else STATUSES[code]

    def counts(self) -> dict[str, dict[str, int]]:
        """Findings per status, per agreement."""
        out = {}
        for j, agreement_id in enumerate(self.agreement_ids):
            values = np.bincount(self.status[:, j][self.status[:, j] >= 0], minlength=len(STATUSES))
            out[agreement_id] = {s.value: int(v) for s, v in zip(STATUSES, values, strict=True)}
        return out


class _Roles:
    """Per-actor lookups for one agreement, padded with a False slot for code -1."""

    def __init__(self, agreement: Agreement, vocab: Sequence[str], catalogue: Mapping[str, Actor]):
        self._roles = [roles_of(a, agreement, catalogue) for a in vocab]

    def flag(self, test: str) -> npt.NDArray[np.bool_]:
        wanted = {
            "any": None,
            "excluded": {"excluded"},
            "not_excluded": {"party", "broker", "civilians", "aid"},
            "party_or_broker": {"party", "broker"},
        }[test]
        hits = [any(wanted is None or r.kind in wanted for r in rs) for rs in self._roles]
        return np.array([*hits, False], dtype=bool)

    def refs(self, refs: Sequence[str]) -> npt.NDArray[np.bool_]:
        hits = [any(ref_matches(ref, r) for ref in refs for r in rs) for rs in self._roles]
        return np.array([*hits, False], dtype=bool)


class _Combos:
    """The distinct rows of a padded code matrix: lookups run on the few distinct rows
    and are spread back with one gather, instead of reducing a million short rows."""

    def __init__(self, codes: npt.NDArray[np.int32], vocab_size: int) -> None:
        base = vocab_size + 1
        if codes.shape[1] * np.log2(base) < 62:
            key = np.zeros(codes.shape[0], dtype=np.int64)
            for column in codes.T:
                key = key * base + (column.astype(np.int64) + 1)
            uniq, self.inverse = np.unique(key, return_inverse=True)
            rows = np.empty((uniq.shape[0], codes.shape[1]), dtype=np.int64)
            for c in range(codes.shape[1] - 1, -1, -1):
                rows[:, c] = uniq % base - 1
                uniq = uniq // base
            self.rows = rows
        else:
            self.rows, self.inverse = np.unique(codes, axis=0, return_inverse=True)

    def any(self, lookup: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
        """Per incident: does any code in its row hit ``lookup`` (padded: -1 -> False)?"""
        hits = np.asarray(np.asarray(lookup[self.rows]).any(axis=1), dtype=bool)
        return hits[self.inverse]


def _lut(codes: Sequence[int], size: int) -> npt.NDArray[np.bool_]:
    table = np.zeros(size, dtype=bool)
    table[list(codes)] = True
    return table


def _declared_days(
    table: IncidentTable, agreement: Agreement, roles: _Roles, actors: _Combos
) -> list[dt.date]:
    first = min(period_bounds(agreement, p)[0] for p in agreement.periods).date()
    lo = (first - dt.date(1970, 1, 1)).days * 1440
    mask = (table.event_type == type_code(EventType.CEASEFIRE_DECLARED_OVER)) & (
        table.ev_lo != NEVER_BEFORE
    )
    mask &= (table.ev_lo >= lo) & actors.any(roles.flag("party_or_broker"))
    days = {int(v) // 1440 for v in table.ev_lo[mask]}
    return sorted(dt.date(1970, 1, 1) + dt.timedelta(days=d) for d in days)


def _zone_index(agreements: Sequence[Agreement]) -> list[Zone]:
    seen: dict[str, Zone] = {}
    for agreement in agreements:
        for zone in agreement.zones:
            seen.setdefault(_zone_key(zone), zone)
    return list(seen.values())


def _zone_key(zone: Zone) -> str:
    return f"{zone.geometry!r}|{zone.buffer_km!r}"


def assess_many(
    table: IncidentTable, agreements: Sequence[Agreement], catalogue: Mapping[str, Actor]
) -> StatusMatrix:
    """Statuses of every incident under every agreement (the bulk assessment API)."""
    n = len(table)
    zones = _zone_index(agreements)
    zcodes = zone_codes(
        zones, table.lon, table.lat, table.precision, table.admin1, table.admin1_codes
    )
    zrow = {_zone_key(z): k for k, z in enumerate(zones)}
    violent = _lut([type_code(t) for t in VIOLENT_TYPES], len(EVENT_TYPES))[table.event_type]
    actors = _Combos(table.actors, len(table.actor_ids))
    targets = _Combos(table.targets, len(table.actor_ids))
    status = np.full((n, len(agreements)), NO_FINDING, dtype=np.int8)
    windows: dict[str, list[PeriodWindow]] = {}
    for j, agreement in enumerate(agreements):
        roles = _Roles(agreement, table.actor_ids, catalogue)
        declared = _declared_days(table, agreement, roles, actors)
        windows[agreement.id] = period_windows(agreement, declared)
        timing = classify_many(
            table.ev_lo,
            table.ev_hi,
            [window_bounds(w, agreement.tz()) for w in windows[agreement.id]],
        )
        status[:, j] = _agreement_status(
            table, agreement, (roles, actors, targets), timing, violent, (zcodes, zrow)
        )
    bits = table.stances
    contested = (bits & _bits(CONTESTING)) != 0
    contested |= ((bits & stance_bit(Stance.ACCIDENTAL)) != 0) & ((bits & _bits(DELIBERATE)) != 0)
    return StatusMatrix(status, contested, tuple(a.id for a in agreements), windows)


def _agreement_status(
    table: IncidentTable,
    agreement: Agreement,
    who: tuple[_Roles, _Combos, _Combos],
    timing: npt.NDArray[np.int8],
    violent: npt.NDArray[np.bool_],
    zones: tuple[npt.NDArray[np.int8], Mapping[str, int]],
) -> npt.NDArray[np.int8]:
    """The rules of ``rules._status`` in the same order, as masks over all incidents."""
    roles, actors, targets = who
    zcodes, zrow = zones
    out = np.full(len(table), NO_FINDING, dtype=np.int8)
    open_ = violent.copy()

    def settle(mask: npt.NDArray[np.bool_], code: int) -> None:
        hit = open_ & mask
        out[hit] = code
        open_[hit] = False

    def of_type(types: Sequence[EventType]) -> npt.NDArray[np.bool_]:
        return _lut([type_code(t) for t in types], len(EVENT_TYPES))[table.event_type]

    settle(timing == 2, _OUT)
    settle(actors.any(roles.flag("excluded")), _OUT)
    t_any = targets.any(roles.flag("any"))
    t_all_excluded = t_any & ~targets.any(roles.flag("not_excluded"))
    permitted = of_type([t for act in agreement.permitted_acts for t in act.event_types])
    settle(t_all_excluded & permitted, _PERM)
    settle(t_all_excluded, _OUT)
    a_any = actors.any(roles.flag("any"))
    settle(~a_any & t_any, _INSUF)
    settle(~a_any, _OUT)
    placed = (table.precision <= PLACED_PRECISION) & ~np.isnan(table.lon) & ~np.isnan(table.lat)
    clause = np.zeros(len(table), dtype=bool)
    imprecise = np.zeros(len(table), dtype=bool)
    for act in agreement.prohibited_acts:
        applies = open_ & of_type(act.event_types)
        applies &= actors.any(roles.refs(act.by))
        if "any" not in act.against:
            applies &= targets.any(roles.refs(act.against))
        if not act.zones:
            clause |= applies
            continue
        rows = [zrow[_zone_key(z)] for z in agreement.zones if z.id in act.zones]
        verdict = zcodes[rows].min(axis=0)
        clause |= applies & ((verdict == 0) | ((verdict == 1) & placed))
        imprecise |= applies & (verdict == 1) & ~placed
    vague = (table.ev_lo == NEVER_BEFORE) | (table.ev_hi == NEVER_AFTER)
    settle(clause & vague, _INSUF)
    settle(clause, _VIOL)
    settle(imprecise, _INSUF)
    out[open_] = _OUT
    return out
