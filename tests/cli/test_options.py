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
    assert record_id in out.split("\n\n")[0].split()  # the heading: the name, then the id
    part = structure(as_json("show", kind, f" {record_id.title()} "), Dataset)
    assert part == queries.excerpt(**{f"{kind}s": [record_id]})
    result = run("show", kind, record_id[:-1])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f'iransyria: no {kind} "{record_id[:-1]}": did you mean ')
    assert f"({record_id})" in result.stderr  # the name, then the id to use
    missing = run("show", kind, "zzzz-qqqq-xxxx", "--json")
    assert missing.exit_code == 2 and missing.stdout == ""
    assert missing.stderr.strip() == (
        f'iransyria: no {kind} "zzzz-qqqq-xxxx" (see `iransyria show {kind}s` or `iransyria search`)'
    )


@pytest.mark.parametrize(
    ("typed", "actor_id"),
    [
        ("Ayoub", "per-ali-abdullah-ayyoub"),
        ("ayyub", "per-ali-abdullah-ayyoub"),
        ("أيوب", "per-ali-abdullah-ayyoub"),
        ("Baqeri", "per-mohammad-bagheri"),
        ("Tehran", "state-iran"),
        ("el-Assad", "per-bashar-al-assad"),
    ],
)
def test_a_record_is_found_by_any_name_alias_or_spelling(typed: str, actor_id: str) -> None:
    out = ok("show", "actor", typed)
    assert actor_id in out.split("\n\n")[0].split()
    filtered = as_json("show", "claims", "--actor", typed)
    assert [c["id"] for c in filtered] == [c.id for c in queries.claims(actor=actor_id)]


def test_agreements_and_sources_by_title_words_and_outlet() -> None:
    assert AGR_2018 in ok("show", "agreement", "2018 military").split("\n\n")[0].split()
    by_outlet = as_json("show", "claims", "--source", "the media line")
    assert by_outlet and all(c["source"] == "src-media-line-2018" for c in by_outlet)


def test_an_ambiguous_name_lists_every_record_it_fits() -> None:
    result = run("show", "actor", "Mohammad")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(
        'iransyria: several actors match "Mohammad": Mohammad Bagheri (per-mohammad-bagheri); '
    )
    assert "per-mohammad-eslami" in result.stderr and "per-mohammad-samer-al-khalil" in result.stderr
    military = run("show", "claims", "--agreement", "military")
    assert military.exit_code == 2 and "several agreements match" in military.stderr


def test_an_unknown_name_suggests_the_closest_by_name() -> None:
    result = run("show", "actor", "Amar Hatami")
    assert result.exit_code == 2
    assert result.stderr.strip() == 'iransyria: no actor "Amar Hatami": did you mean Amir Hatami (per-amir-hatami)?'


def _complete(words: str) -> list[str]:
    import os
    import subprocess
    import sys

    env = {**os.environ, "_IRANSYRIA_COMPLETE": "complete_bash", "COMP_WORDS": words}
    env["COMP_CWORD"] = str(len(words.split()) - (0 if words.endswith(" ") else 1))
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.argv[0] = 'iransyria'; from iransyria.cli import main; main()",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_shell_completes_ids_and_names() -> None:
    from iransyria.cli.options import completer

    # Through bash's completion protocol, for an argument and for an option.
    assert _complete("iransyria show actor ayo") == ["ayoub"]  # an alias, in the case typed
    assert _complete("iransyria show claims --actor Baq") == ["Baqeri"]
    # The completers themselves: ids by prefix, one-word names, each with the record's name.
    assert completer("actor")("per-ali") == [
        ("per-ali-abdullah-ayyoub", "Ali Abdullah Ayyoub"),
        ("per-ali-fathollah-nejad", "Ali Fathollah-Nejad"),
    ]
    assert (
        "agr-2020-comprehensive-military",
        "Iran–Syria comprehensive military agreement (July 2020), signed 2020-07-08",
    ) in completer("agreement")("agr-20")
    assert [value for value, _ in completer("actor")("Hata")] == ["Hatami"]
    assert [value for value, _ in completer("source")("src-media")] == ["src-media-line-2018"]
    assert [value for value, _ in completer("event")("evt-2018-08-mil")] == ["evt-2018-08-military-signing"]


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
    # the long temporary paths wrap mid-name at 80 columns: compare with the white space taken out
    assert f"intheshippeddataset,{right}and{wrong}" in "".join(result.stdout.split())


def test_no_shipped_needs_data_and_a_clash_is_one_line_per_place(tmp_path: Path) -> None:
    result = run("--no-shipped", "show", "agreements")
    assert (result.exit_code, result.stderr) == (2, "iransyria: --no-shipped needs at least one --data PATH\n")
    right, _ = _user_files(tmp_path)
    clash = tmp_path / "clash.json"
    clash.write_bytes(right.read_bytes().replace(b"on 8 July 2020", b"on 8 July"))
    result = run("show", "agreements", "--data", str(right), "--data", str(clash))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"iransyria: {clash}: claims[clm-made-up-2020-date]: id clm-made-up-2020-date is already used by a different "
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
        "iransyria: give the dataset to check as FILE or with --data, not both\n",
    )


@pytest.mark.parametrize(
    ("choice", "enum"),
    [
        ("StandingName", "Standing"),
        ("PredicateName", "Predicate"),
        ("ActorKindName", "ActorKind"),
        ("EventKindName", "EventKind"),
    ],
)
def test_each_plain_choice_lists_its_enums_values_in_order(choice: str, enum: str) -> None:
    from typing import get_args

    from iransyria import models
    from iransyria.cli import options

    assert get_args(getattr(options, choice)) == tuple(member.value for member in getattr(models, enum))


def test_a_plain_choice_is_case_insensitive_and_filters_like_the_enum() -> None:
    from iransyria.models import Standing

    refuted = queries.claims(standing=Standing.REFUTED, dataset=SHIPPED)
    shown = as_json("show", "claims", "--standing", "REFUTED")
    assert [claim["id"] for claim in shown] == [claim.id for claim in refuted]
    assert run("show", "claims", "--standing", "nope").exit_code == 2


def test_verify_completes_names_as_show_does() -> None:
    """verify's record options complete ids and names on Tab, like show's filters (issue 23)."""
    assert _complete("iransyria verify --signatory Baq") == ["Baqeri"]
    assert _complete("iransyria verify --agreement agr-2020") == ["agr-2020-comprehensive-military"]
    assert _complete("iransyria verify --actor ayo") == _complete("iransyria show actor ayo") == ["ayoub"]
    assert "per-amir-hatami" in _complete("iransyria verify --event evt-2018 --participant per-amir")
    assert "state-iran" in _complete("iransyria verify --actor Hatami --office x --of state-")
