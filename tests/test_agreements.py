"""Agreement specs: shipped files, error reporting with line numbers, deadlines, schema, docs."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from truce.agreements import (
    SCHEMA_ID,
    agreement_schema,
    load_agreement,
    load_packaged,
    packaged_agreements,
    parse_agreement,
    period_bounds,
    resolve_deadline,
)
from truce.errors import AgreementError, NotFoundError
from truce.model import (
    Agreement,
    Commitment,
    Deadline,
    Group,
    Period,
    PermittedAct,
    ProhibitedAct,
    Zone,
)

FIXTURES = Path(__file__).parent / "fixtures" / "agreements"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "agreements.md"
UTC = dt.UTC
DAMASCUS = ZoneInfo("Asia/Damascus")
SPEC_MODELS = (Agreement, Group, Period, Zone, ProhibitedAct, PermittedAct, Deadline, Commitment)


def _packaged(agreement_id: str) -> Agreement:
    return next(a for a in load_packaged() if a.id == agreement_id)


def _problems(path: Path) -> list[tuple[int | None, str]]:
    with pytest.raises(AgreementError) as caught:
        load_agreement(path)
    return caught.value.problems


# --- shipped agreements -------------------------------------------------------------------


def test_packaged_files_are_the_two_syria_specs() -> None:
    names = [path.name for path in packaged_agreements()]
    assert names == ["syria-2016-02-cessation.yaml", "syria-2016-09-us-russia.yaml"]
    assert all(path.is_file() for path in packaged_agreements())


def test_shipped_agreements_load_with_sources() -> None:
    agreements = load_packaged()
    assert [a.id for a in agreements] == ["syria-2016-02-cessation", "syria-2016-09-us-russia"]
    for agreement in agreements:
        assert agreement.sources, f"{agreement.id} names no sources"
        assert [p.id for p in agreement.parties] == ["syrian-government", "opposition"]


def test_september_2016_start_is_19_00_damascus_which_is_16_00_utc() -> None:
    agreement = _packaged("syria-2016-09-us-russia")
    start, end = period_bounds(agreement, "initial")
    assert start.utcoffset() == dt.timedelta(hours=3)
    assert start == dt.datetime(2016, 9, 12, 16, 0, tzinfo=UTC)
    assert (start.hour, start.minute) == (19, 0)
    assert end is None
    assert agreement.periods[0].until_declared_over and agreement.periods[0].extendable


def test_september_2016_groups_zone_and_jic_deadline() -> None:
    agreement = _packaged("syria-2016-09-us-russia")
    assert agreement.agreed == dt.date(2016, 9, 9)
    assert [g.id for g in agreement.excluded] == ["isis", "jabhat-fatah-al-sham"]
    assert [g.id for g in agreement.brokers] == ["united-states", "russia"]
    assert "Jabhat al-Nusra" in agreement.excluded[1].aliases
    zone = next(z for z in agreement.zones if z.id == "castello-road")
    assert zone.geometry["type"] == "LineString"
    assert zone.binds == ["syrian-government", "opposition"]
    jic = next(c for c in agreement.commitments if c.id == "joint-implementation-centre")
    assert resolve_deadline(agreement, jic) == dt.datetime(2016, 9, 19, 19, 0, tzinfo=DAMASCUS)


def test_february_2016_start_is_midnight_damascus_in_winter_time() -> None:
    agreement = _packaged("syria-2016-02-cessation")
    start, _ = period_bounds(agreement, agreement.periods[0])
    # Damascus was UTC+02:00 in February 2016: midnight local is 22:00 UTC the day before.
    assert start == dt.datetime(2016, 2, 26, 22, 0, tzinfo=UTC)
    assert [g.id for g in agreement.excluded] == ["isis", "jabhat-al-nusra"]
    detainees = next(c for c in agreement.commitments if c.id == "release-of-detainees")
    assert resolve_deadline(agreement, detainees) is None


# --- bad files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "expected"),
    [
        # line 5 opens `[` and never closes it; the parser gives up at line 6's `periods:`.
        ("bad-syntax.yaml", 6, "(while parsing a flow sequence; see line 5)"),
        ("bad-type.yaml", 11, "periods -> 0 -> start: Input should be a valid datetime"),
        ("bad-unknown-key.yaml", 11, "unknown field 'prohibted_acts'"),
        # the second party's mapping starts on line 8 (`- id: south`).
        ("bad-missing-field.yaml", 8, "parties -> 1: missing required field 'name'"),
        ("bad-unknown-ref.yaml", 17, "`by` names unknown id(s) ['westerners']"),
        ("bad-end-before-start.yaml", 11, "end must be after start"),
        ("bad-timezone.yaml", 4, "unknown time zone 'Asia/Damascuss'"),
        ("bad-duplicate-key.yaml", 11, "duplicate key 'timezone'"),
        ("bad-top-level-list.yaml", 1, "top level must be a mapping"),
    ],
)
def test_bad_file_reports_the_offending_line(name: str, line: int, expected: str) -> None:
    problems = _problems(FIXTURES / name)
    assert len(problems) == 1
    assert problems[0][0] == line
    assert expected in problems[0][1]


def test_empty_file_is_an_error_without_a_line() -> None:
    assert _problems(FIXTURES / "empty.yaml") == [
        (None, "the file is empty; an agreement needs at least id, name, agreed, timezone, "
               "parties and periods")
    ]  # fmt: skip
    with pytest.raises(AgreementError, match="empty"):
        parse_agreement("  \n\n")


def test_non_utf8_file_reports_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    # Written here rather than kept as a fixture so no tool can re-encode it to UTF-8.
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"id: cafe\nname: Caf\xe9 truce\n")
    [(line, message)] = _problems(path)
    assert line == 2
    assert "not UTF-8" in message and "0xe9" in message


def test_unreadable_path_is_an_agreement_error(tmp_path: Path) -> None:
    [(line, message)] = _problems(tmp_path / "missing.yaml")
    assert line is None
    assert message.startswith("cannot read the file")


def test_all_problems_are_reported_in_line_order_with_the_path() -> None:
    text = (FIXTURES / "good-minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("agreed: 2020-03-01", "agreed: someday")  # line 4
    # good-minimal.yaml has 19 lines, so the appended `event_types` is line 23.
    text += "prohibited_acts:\n  - id: x\n    clause: c\n    event_types: [sniping]\n"
    with pytest.raises(AgreementError) as caught:
        parse_agreement(text, path="two-errors.yaml")
    lines = [line for line, _ in caught.value.problems]
    assert lines == [4, 23]
    assert "prohibited_acts -> 0 -> event_types -> 0" in caught.value.problems[1][1]
    assert "two-errors.yaml:4: agreed:" in str(caught.value)


def test_repeated_id_in_a_list_is_reported_at_the_second_one() -> None:
    text = (FIXTURES / "good-minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("  - id: south\n", "  - id: north\n")  # the second party, line 9
    text = text.replace("who: [north, south]", "who: [north]")  # keep references valid
    with pytest.raises(AgreementError) as caught:
        parse_agreement(text)
    [(line, message)] = caught.value.problems
    assert line == 9
    assert message == "parties -> 1 -> id: duplicate id 'north'"


# --- periods and deadlines ----------------------------------------------------------------


def test_relative_deadline_is_period_start_plus_seven_days() -> None:
    agreement = load_agreement(FIXTURES / "good-minimal.yaml")
    commitment = agreement.commitments[0]
    start, end = period_bounds(agreement, "first")
    assert start == dt.datetime(2020, 3, 6, 0, 0, tzinfo=DAMASCUS)
    assert end == dt.datetime(2020, 3, 20, 0, 0, tzinfo=DAMASCUS)
    assert resolve_deadline(agreement, commitment) == start + dt.timedelta(days=7)


def test_relative_deadline_moves_with_a_restart() -> None:
    agreement = load_agreement(FIXTURES / "good-minimal.yaml")
    commitment = agreement.commitments[0]
    restart = dt.datetime(2020, 3, 10, 12, 0)  # naive: read in the agreement's zone
    moved = resolve_deadline(agreement, commitment, extensions={"first": restart})
    assert moved == dt.datetime(2020, 3, 17, 12, 0, tzinfo=DAMASCUS)
    other = resolve_deadline(agreement, commitment, extensions={"other-period": restart})
    assert other == dt.datetime(2020, 3, 13, 0, 0, tzinfo=DAMASCUS)


def test_relative_deadline_counts_local_days_across_summer_time() -> None:
    # Damascus moved from UTC+02:00 to UTC+03:00 on Friday 27 March 2020.
    agreement = load_agreement(FIXTURES / "good-minimal.yaml")
    restart = {"first": dt.datetime(2020, 3, 25, 0, 0)}  # 2020-03-24 22:00 UTC
    due = resolve_deadline(agreement, agreement.commitments[0], extensions=restart)
    assert due is not None
    assert due.astimezone(UTC) == dt.datetime(2020, 3, 31, 21, 0, tzinfo=UTC)


def test_absolute_deadline_and_missing_deadline() -> None:
    agreement = load_agreement(FIXTURES / "good-minimal.yaml")
    absolute = Commitment(
        id="c", who=["north"], what="w", deadline=Deadline(at=dt.datetime(2020, 4, 1, 9, 30))
    )
    assert resolve_deadline(agreement, absolute) == dt.datetime(2020, 4, 1, 9, 30, tzinfo=DAMASCUS)
    assert resolve_deadline(agreement, Commitment(id="c", who=["north"], what="w")) is None


def test_unknown_period_id_is_not_found() -> None:
    agreement = load_agreement(FIXTURES / "good-minimal.yaml")
    with pytest.raises(NotFoundError, match="no period 'second'"):
        period_bounds(agreement, "second")


# --- schema and documentation -------------------------------------------------------------


def test_schema_is_json_and_names_every_top_level_field() -> None:
    schema = json.loads(json.dumps(agreement_schema()))
    assert schema["$id"] == SCHEMA_ID
    assert schema["title"]
    assert set(schema["properties"]) == set(Agreement.model_fields)
    assert set(schema["required"]) == {"id", "name", "agreed", "timezone", "parties", "periods"}
    assert schema["additionalProperties"] is False
    for model in SPEC_MODELS[1:]:
        assert model.__name__ in schema["$defs"]


def _doc_section(text: str, heading: str) -> str:
    match = re.search(rf"^## {heading}\n(.*?)(?=^## |\Z)", text, flags=re.S | re.M)
    assert match, f"docs/agreements.md has no '## {heading}' section"
    return match.group(1)


@pytest.mark.parametrize("model", SPEC_MODELS, ids=lambda model: model.__name__)
def test_docs_describe_every_field_of_every_spec_model(model: type[Agreement]) -> None:
    section = _doc_section(DOCS.read_text(encoding="utf-8"), model.__name__)
    missing = [name for name in model.model_fields if f"| `{name}` |" not in section]
    assert not missing, f"docs/agreements.md, section {model.__name__}, lacks {missing}"


def test_docs_list_the_group_keywords_and_their_example_is_valid() -> None:
    text = DOCS.read_text(encoding="utf-8")
    keywords = _doc_section(text, "Group references: `by`, `against`, `who`")
    for keyword in ("parties", "brokers", "excluded", "civilians", "aid", "any"):
        assert f"| `{keyword}` |" in keywords
    example = re.search(r"```yaml\n(.*?)```", text, flags=re.S)
    assert example
    agreement = parse_agreement(example.group(1), path="docs/agreements.md")
    assert agreement.id == "example-truce"


def test_unknown_deadline_period_points_at_the_nested_key() -> None:
    text = (FIXTURES / "good-minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("{relative: D+7}", "{relative: D+7, period: second}")  # line 19
    with pytest.raises(AgreementError) as caught:
        parse_agreement(text)
    [(line, message)] = caught.value.problems
    assert line == 19
    assert "commitment 'exchange-lists': `period` names unknown id(s) ['second']" in message


def test_control_character_is_a_syntax_error_on_its_line() -> None:
    with pytest.raises(AgreementError) as caught:
        parse_agreement("id: x\nname: bell\x07\n")
    assert caught.value.problems == [
        (2, "YAML syntax: control character U+0007 is not allowed in YAML text")
    ]
