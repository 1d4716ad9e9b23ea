"""config/jurisdictions.yaml against the 50-state table it was built from, so the two cannot drift apart."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import holidays
import pytest
import yaml
from holidays.countries.united_states import US as UnitedStatesHolidays

from bot.rules import Clock, Jurisdiction

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT.parent / "shared" / "rules" / "jurisdictions.csv"
RAW: dict[str, dict[str, Any]] = yaml.safe_load((ROOT / "config" / "jurisdictions.yaml").read_text(encoding="utf-8"))[
    "jurisdictions"
]
LAWS = {code: Jurisdiction(code=code, **fields) for code, fields in RAW.items()}
FEDERAL = "United States (federal)"


if not TABLE.exists():
    pytest.skip(f"the checked jurisdictions table is not at {TABLE} (kept beside the repository, not shipped here)",
                allow_module_level=True)


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _code(name: str) -> str:
    return "US" if name == FEDERAL else "US-" + UnitedStatesHolidays.subdivisions_aliases[name]


def _days(value: str) -> int | None:
    return int(value) if value else None


def _law(row: dict[str, str]) -> Jurisdiction:
    return LAWS[_code(row["jurisdiction"])]


def _by_name() -> list[Any]:
    return [pytest.param(row, id=_code(row["jurisdiction"])) for row in _rows()]


def test_there_is_one_entry_per_row_of_the_table_and_no_other() -> None:
    rows = _rows()
    assert len(rows) == 52
    assert sorted(_code(row["jurisdiction"]) for row in rows) == sorted(LAWS)


@pytest.mark.parametrize("code", sorted(RAW))
def test_every_entry_validates_as_a_jurisdiction(code: str) -> None:
    Jurisdiction.model_validate({"code": code, **RAW[code]})


@pytest.mark.parametrize("row", _by_name())
def test_name_law_citation_and_confidence_match_the_table(row: dict[str, str]) -> None:
    j = _law(row)
    assert (j.name, j.law, j.citation, j.confidence) == (
        row["jurisdiction"],
        row["law_name"],
        row["citation"],
        row["confidence"],
    )


@pytest.mark.parametrize("row", _by_name())
def test_response_clock_matches_the_table(row: dict[str, str]) -> None:
    response = _law(row).response
    if row["day_type"] == "none":
        assert (response.days, response.what) == (None, "respond")
    else:
        assert (response.days, response.type, response.what) == (
            _days(row["response_days"]),
            row["day_type"],
            row["response_kind"],
        )


@pytest.mark.parametrize("row", _by_name())
def test_extension_matches_the_table(row: dict[str, str]) -> None:
    j = _law(row)
    if not row["extension_days"]:
        assert j.extension is None
        return
    assert j.extension is not None
    expected_type = row["extension_day_type"] or row["day_type"]
    assert (j.extension.days, j.extension.type) == (_days(row["extension_days"]), expected_type)


def _clock_days(clock: Clock | None) -> int | None:
    return None if clock is None else clock.days


@pytest.mark.parametrize("row", _by_name())
def test_acknowledgment_and_appeal_days_match_the_table(row: dict[str, str]) -> None:
    j = _law(row)
    assert _clock_days(j.acknowledgment) == _days(row["acknowledgment_days"])
    assert _clock_days(j.appeal) == _days(row["appeal_days"])


def test_clock_types_that_the_table_leaves_to_the_notes() -> None:
    # Only Alabama's "10 days" acknowledgment is unclear (counted like its response clock), and only
    # Pennsylvania's appeal window is in business days; every other one follows the general rule.
    ack_types = {code: j.acknowledgment.type for code, j in LAWS.items() if j.acknowledgment}
    appeal_types = {code: j.appeal.type for code, j in LAWS.items() if j.appeal}
    assert {code for code, t in ack_types.items() if t != "business"} == {"US-AL"}
    assert {code for code, t in appeal_types.items() if t != "calendar"} == {"US-PA"}


@pytest.mark.parametrize("row", _by_name())
def test_sources_are_the_tables_urls_and_notes_are_a_short_summary(row: dict[str, str]) -> None:
    j = _law(row)
    urls = [s.strip() for s in row["source"].split(" ; ") if s.strip().startswith("http")]
    assert j.source.split(" ; ") == urls
    assert 0 < len(j.notes) <= 320
    assert j.notes not in row["notes"]


@pytest.mark.parametrize("code", sorted(LAWS))
def test_every_holiday_subdivision_is_accepted_by_the_holidays_package(code: str) -> None:
    spec = LAWS[code].holidays
    assert spec.subdiv == (None if code == "US" else code.removeprefix("US-"))
    assert len(holidays.country_holidays(spec.country, subdiv=spec.subdiv, years=2026)) >= 10


@pytest.mark.parametrize("row", _by_name())
def test_an_acknowledgment_clock_is_followed_by_the_step_the_notes_describe(row: dict[str, str]) -> None:
    j = _law(row)
    then = j.response.then
    if row["response_kind"] != "acknowledgment":
        assert then is None
        return
    assert then is not None and then.citation and j.response.citation
    if row["extension_days"]:  # New York, Oregon: the table writes the step after the acknowledgment as an extension
        assert (then.days, then.type) == (_days(row["extension_days"]), row["extension_day_type"])
    elif then.days is not None:  # Alabama: only the notes give it
        assert f"within {then.days} {then.type} days after acknowledgment" in row["notes"]
    else:  # Washington, Maine, Indiana: no number; the agency's estimate is followed up
        assert then.agency_date == "follow_up"


@pytest.mark.parametrize("code", sorted(LAWS))
def test_every_clock_of_weaker_confidence_says_why(code: str) -> None:
    for clock in LAWS[code].chain():
        if clock.confidence not in (None, "high"):
            assert 40 <= len(clock.note) <= 400
