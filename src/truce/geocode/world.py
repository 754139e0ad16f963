"""The world layer: countries and cities of 15,000 people or more outside Syria (GeoNames).

About 34,000 rows are stored as a gzip'd TSV whose lookup keys were computed at build time,
so loading is a split per line and a dict; :class:`Entry` objects are made only for the rows
a lookup returns. The layer is read on first use: a Syria-only session never pays for it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator

from truce.errors import ConfigError
from truce.geocode.entries import Entry, data_dir

__all__ = ["WORLD_COLUMNS", "WORLD_FILE", "WorldLayer"]

WORLD_FILE = "world.tsv.gz"
WORLD_COLUMNS = (
    "id", "level", "name", "country", "lat", "lon", "population", "text", "alt_names", "keys",
)  # fmt: skip
_ID, _LEVEL, _NAME, _CC, _LAT, _LON, _POP, _TEXT, _ALTS, _KEYS = range(len(WORLD_COLUMNS))


class WorldLayer:
    """Key index over the world rows; entries are built on demand and kept."""

    def __init__(self, rows: list[list[str]]) -> None:
        self._rows = rows
        self._by_key: dict[str, list[int]] = {}
        self._by_id: dict[str, int] = {}
        self._made: dict[int, Entry] = {}
        for i, row in enumerate(rows):
            self._by_id[row[_ID]] = i
            for key in row[_KEYS].split("|"):
                bucket = self._by_key.get(key)
                if bucket is None:
                    self._by_key[key] = [i]
                else:
                    bucket.append(i)

    @classmethod
    def from_package(cls) -> WorldLayer:
        """Read the packaged layer; an absent file gives an empty layer (Syria still works)."""
        path = data_dir().joinpath(WORLD_FILE)
        if not path.is_file():
            return cls([])
        try:
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"gazetteer world layer unreadable: {exc}",
                hint="reinstall truce-monitor or rerun tools/build_gazetteer.py",
            ) from exc
        lines = text.split("\n")
        if tuple(lines[0].split("\t")) != WORLD_COLUMNS:
            raise ConfigError(f"gazetteer {WORLD_FILE} has unexpected columns: {lines[0]!r}")
        return cls([line.split("\t") for line in lines[1:] if line])

    def __len__(self) -> int:
        return len(self._rows)

    def lookup_key(self, key: str) -> list[Entry]:
        """Entries stored under a :func:`normalize_name` key."""
        return [self._entry(i) for i in self._by_key.get(key, ())]

    def get(self, entry_id: str) -> Entry | None:
        i = self._by_id.get(entry_id)
        return None if i is None else self._entry(i)

    def text_entries(self) -> Iterator[Entry]:
        """Entries whose names may be matched in running text (capitals, big cities,
        neighbours' cities, countries; no ordinary words)."""
        for i, row in enumerate(self._rows):
            if row[_TEXT] == "1":
                yield self._entry(i)

    def stored_keys(self, entry_id: str) -> list[str]:
        """The keys stored for an entry (to check them against :func:`normalize_name`)."""
        i = self._by_id[entry_id]
        return self._rows[i][_KEYS].split("|")

    def _entry(self, i: int) -> Entry:
        made = self._made.get(i)
        if made is None:
            row = self._rows[i]
            alts = [a for a in row[_ALTS].split("|") if a]
            arabic = next((a for a in alts if "\u0600" <= a[0] <= "\u06ff"), None)
            made = Entry(
                id=row[_ID],
                name=row[_NAME],
                level=row[_LEVEL],
                country=row[_CC],
                lat=float(row[_LAT]) if row[_LAT] else None,
                lon=float(row[_LON]) if row[_LON] else None,
                name_ar=arabic,
                names=(row[_NAME], *alts),
                population=int(row[_POP] or 0),
                source="geonames",
            )
            self._made[i] = made
        return made
