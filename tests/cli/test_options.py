"""Shared options (iransyria/cli/options.py): every single-record command resolves ids the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from iransyria import queries
from iransyria.dataset import Dataset
from iransyria.serialization import structure
from tests.cli.helpers import SHIPPED, as_json, ok, run
from tests.test_queries import (
    AGR_2018,
    HATAMI,
)


@pytest.mark.parametrize(
    ("kind", "record_id"),
    [
        ("agreement", AGR_2018),
        ("actor", HATAMI),
        ("source", "src-media-line-2018"),
        ("claim", SHIPPED.claims[0].id),
        ("correction", SHIPPED.corrections[0].id),
    ],
)
def test_every_single_record_command_resolves_ids_the_same_way(kind: str, record_id: str) -> None:
    out = ok("show", kind, record_id.upper())
    assert record_id in out.splitlines()[0]
    part = structure(as_json("show", kind, f" {record_id.title()} "), Dataset)
    assert part == queries.excerpt(**{f"{kind}s": [record_id]})
    result = run("show", kind, record_id[:-1])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f'no {kind} "{record_id[:-1]}": did you mean {record_id}')
    missing = run("show", kind, "zzzz-qqqq-xxxx", "--json")
    assert missing.exit_code == 2 and missing.stdout == ""
    assert missing.stderr.strip() == f'no {kind} "zzzz-qqqq-xxxx" (see `iransyria show {kind}s`)'


# --------------------------------------------------------------------------- --data, anywhere, repeatable


def _user_files(tmp_path: Path) -> tuple[Path, Path]:
    from iransyria.serialization import dump
    from tests.test_merge import RIGHT, USER, WRONG

    right, wrong = tmp_path / "right.json", tmp_path / "wrong.json"
    dump(USER.evolve(claims=(RIGHT,)), right)
    dump(USER.evolve(claims=(WRONG,)), wrong)
    return right, wrong


def test_data_goes_before_or_after_the_command(tmp_path: Path) -> None:
    from tests.test_merge import RIGHT

    right, _ = _user_files(tmp_path)
    before = ok("--data", str(right), "show", "claim", RIGHT.id)
    assert ok("show", "claim", RIGHT.id, "--data", str(right)) == before
    assert ok("show", "claim", f"--data={right}", RIGHT.id) == before
    assert RIGHT.id in before


def test_data_is_repeatable_and_check_judges_the_merged_whole(tmp_path: Path) -> None:
    from tests.test_merge import WRONG

    right, wrong = _user_files(tmp_path)
    assert run("check", "--data", str(right)).exit_code == 0
    result = run("--data", str(right), "check", "--data", str(wrong))
    assert result.exit_code == 1
    assert "IS201" in result.stdout and f"claims[{WRONG.id}].value.actor" in result.stdout
    assert f"in the shipped dataset, {right} and {wrong}" in " ".join(result.stdout.split())


def test_no_shipped_needs_data_and_a_clash_is_one_line_per_place(tmp_path: Path) -> None:
    result = run("--no-shipped", "show", "agreements")
    assert (result.exit_code, result.stderr) == (2, "--no-shipped needs at least one --data PATH\n")
    right, _ = _user_files(tmp_path)
    clash = tmp_path / "clash.json"
    clash.write_bytes(right.read_bytes().replace(b"on 8 July 2020", b"on 8 July"))
    result = run("show", "agreements", "--data", str(right), "--data", str(clash))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{clash}: claims[clm-made-up-2020-date]: id clm-made-up-2020-date is already used by a different "
        f"record in {right}",
    ]


def test_hoist_moves_only_root_options_and_nothing_after_a_double_dash() -> None:
    from iransyria.cli.app import hoist

    assert hoist(["show", "claims", "--data", "a", "--no-shipped", "--data=b", "--", "--data", "c"]) == [
        "--data", "a", "--no-shipped", "--data=b", "show", "claims", "--", "--data", "c",
    ]  # fmt: skip


def test_check_takes_file_or_data_not_both(tmp_path: Path) -> None:
    right, _ = _user_files(tmp_path)
    result = run("check", str(right), "--data", str(right))
    assert (result.exit_code, result.stderr) == (
        2,
        "give the dataset to check as FILE or with --data, not both\n",
    )
