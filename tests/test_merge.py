"""User datasets: merged with the shipped data by id, judged by the same rules."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import iransyria
from iransyria.data.actors import BAGHERI, IRAN_CHIEF_OF_STAFF
from iransyria.data.agreements import AGR_2018, AGR_2020
from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.errors import DataError
from iransyria.merge import SHIPPED, load_dataset, merge
from iransyria.models import (
    ActorValue,
    Attribution,
    AttributionKind,
    Claim,
    DateValue,
    Predicate,
    Source,
    SourceKind,
)
from iransyria.rules import Severity, validate
from iransyria.serialization import dump

SHIPPED_DATA = iransyria.shipped()

SOURCE = Source(
    id="src-made-up-gazette",
    file="made-up-article.txt",
    sha256="0" * 64,
    title="MADE-UP report for the tests",
    outlet=None,
    outlet_basis="a made-up outlet",
    published=FuzzyDate.parse("2020-07-10"),
    published_basis="made up",
    language="en",
    kind=SourceKind.ORIGINAL,
)
RIGHT = Claim(
    id="clm-made-up-2020-date",
    source=SOURCE.id,
    subject=AGR_2020,
    predicate=Predicate.SIGNING_DATE,
    value=DateValue(FuzzyDate.parse("2020-07-08")),
    attribution=Attribution(AttributionKind.OUTLET),
    quote="signed a comprehensive military agreement on 8 July 2020",
)
# The planted swap: Bagheri signed the 2020 agreement, not the 2018 deal.
WRONG = Claim(
    id="clm-made-up-bagheri-2018",
    source=SOURCE.id,
    subject=AGR_2018,
    predicate=Predicate.SIGNATORY,
    value=ActorValue(BAGHERI, IRAN_CHIEF_OF_STAFF),
    attribution=Attribution(AttributionKind.OUTLET),
    quote="was signed by Iran's chief of staff Mohammad Bagheri",
)
USER = Dataset(sources=(SOURCE,), claims=(RIGHT, WRONG))


def written(path: Path, data: Dataset) -> Path:
    dump(data, path)
    return path


def test_a_user_file_extends_the_shipped_data(tmp_path: Path) -> None:
    merged = iransyria.load_dataset(written(tmp_path / "mine.json", USER))
    assert len(merged) == len(SHIPPED_DATA) + 3
    assert merged.claim(RIGHT.id) == RIGHT
    assert merged.agreement(AGR_2018) == SHIPPED_DATA.agreement(AGR_2018)


def test_the_rules_catch_a_planted_2018_2020_swap_in_a_user_file(tmp_path: Path) -> None:
    merged = load_dataset(written(tmp_path / "mine.json", USER))
    errors = [v for v in validate(merged) if v.severity is Severity.ERROR]
    assert [(v.code, v.path) for v in errors] == [
        ("IS201", f"claims[{WRONG.id}].value.actor"),
        ("IS202", f"claims[{WRONG.id}].value.position"),  # Iran's 2018 signatory held another office
    ]
    assert f"signatory {BAGHERI} signed {AGR_2020}, not {AGR_2018}" in errors[0].message
    # Without the wrong claim the user's file is clean.
    right_only = load_dataset(written(tmp_path / "right.json", USER.evolve(claims=(RIGHT,))))
    assert [v for v in validate(right_only) if v.severity is Severity.ERROR] == []


def test_a_folder_is_its_json_files_and_identical_repeats_are_kept_once(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    written(folder / "a-source.json", USER.evolve(claims=(RIGHT,)))
    # The second file repeats the source and a shipped actor exactly: no clash.
    bagheri = SHIPPED_DATA.actor_index[BAGHERI]
    written(folder / "b-claim.json", Dataset(sources=(SOURCE,), actors=(bagheri,), claims=(WRONG,)))
    (folder / "notes.txt").write_text("not a dataset", encoding="utf-8")
    assert load_dataset(folder) == load_dataset(tmp_path / "mine" / "a-source.json", folder / "b-claim.json")
    assert load_dataset(folder, extend_shipped=False) == USER.evolve(actors=(bagheri,))


def test_an_id_clash_names_both_places(tmp_path: Path) -> None:
    bagheri = SHIPPED_DATA.actor_index[BAGHERI]
    renamed = attrs.evolve(bagheri, name="Mohammad Baqeri")
    first = written(tmp_path / "first.json", Dataset(actors=(renamed,)))
    with pytest.raises(DataError) as caught:
        load_dataset(first)
    assert caught.value.problems == [
        f"{first}: actors[{BAGHERI}]: id {BAGHERI} is already used by a different record in {SHIPPED}"
    ]
    other = attrs.evolve(RIGHT, quote="on 8 July 2020")
    second = written(tmp_path / "second.json", USER)
    third = written(tmp_path / "third.json", Dataset(claims=(other,)))
    with pytest.raises(DataError) as caught:
        load_dataset(second, third, extend_shipped=False)
    assert caught.value.problems == [
        f"{third}: claims[{RIGHT.id}]: id {RIGHT.id} is already used by a different record in {second}"
    ]


def test_a_clash_inside_one_dataset_is_reported_as_such() -> None:
    twice = Dataset(claims=(RIGHT, attrs.evolve(RIGHT, quote="8 July 2020")))
    with pytest.raises(DataError, match="different record elsewhere in the same file"):
        merge([("mine.json", twice)])


def test_bad_files_are_all_reported_by_name(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"claims": [{"id": 3}]}', encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DataError) as caught:
        load_dataset(broken, empty, tmp_path / "absent.json")
    problems = caught.value.problems
    assert problems[0].startswith(f"{broken}: claims[0]")
    assert f"{empty}: a folder with no .json dataset files in it" in problems
    assert problems[-1].startswith(f"{tmp_path / 'absent.json'}: ")


def test_no_paths_is_the_shipped_dataset() -> None:
    assert load_dataset() is SHIPPED_DATA
