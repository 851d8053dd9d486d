"""``verify`` and ``claimreview`` (iransyria/cli/verify.py): verdicts, exit codes, JSON, bad input."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import orjson
import pytest

from iransyria.verification.claimreview import SCHEMA
from tests.cli.helpers import run

AGR_2018 = "agr-2018-military-cooperation"


@pytest.mark.parametrize(
    ("args", "exit_code", "first"),
    [
        (["--agreement", AGR_2018, "--signatory", "Hatami"], 0, "supported: "),
        (["--agreement", AGR_2018, "--signatory", "Bagheri"], 1, "contradicted: IS201 agreement-identity"),
        # spellings no record lists, as read finds them (a close spelling of the last name)
        (["--agreement", "2018 military", "--signatory", "Hatemi"], 0, "supported: "),
        (["--agreement", AGR_2018, "--signatory", "Ajub"], 0, "supported: "),
        (["--agreement", AGR_2018, "--date", "2018-08-26"], 3, "not-established: "),
        (["--actor", "Ayoub", "--office", "Minister of Defense", "--on", "2020-07-08"], 0, "supported: "),
        (["--event", "Hatami visit 2018", "--date", "2018-08"], 0, "supported: "),
        (["--event", "Hatami visit 2018", "--date", "2020-07"], 1, "contradicted: IS204 event-identity"),
        (
            ["--event", "Hatami visit 2018", "--participant", "Assad", "--role", "host"],
            3,
            "not-established: ",
        ),
    ],
)
def test_each_verdict_has_its_exit_code(args: list[str], exit_code: int, first: str) -> None:
    result = run("verify", *args)
    assert result.exit_code == exit_code, result.output
    assert result.stdout.startswith(first)
    assert "Traceback" not in result.output


def test_json_output_carries_the_verdict_findings_and_evidence() -> None:
    result = run(
        "verify",
        "--actor",
        "Hatami",
        "--office",
        "Minister of Foreign Affairs",
        "--on",
        "2018-08-26",
        "--json",
    )
    assert result.exit_code == 1
    answer = orjson.loads(result.stdout)
    assert answer["verdict"] == "contradicted"
    assert [f["code"] for f in answer["findings"]] == ["IS406", "IS606"]
    assert answer["claim"]["point_in_time"] == "2018-08-26"
    assert all({"record", "quote", "certainty", "supports"} <= set(e) for e in answer["evidence"])


def test_a_claim_as_json_from_stdin_and_from_a_file(tmp_path: Path) -> None:
    obj = {"subject": AGR_2018, "predicate": "signing-place", "value": {"type": "place", "name": "damascus"}}
    assert run("verify", "--claim", "-", input=orjson.dumps(obj).decode()).exit_code == 0
    path = tmp_path / "claim.json"
    path.write_bytes(orjson.dumps({**obj, "value": {"type": "place", "name": "Tehran"}}))
    assert run("verify", "--claim", f"@{path}").exit_code == 1


def test_an_office_claim_over_a_span_is_judged_as_a_dated_one(tmp_path: Path) -> None:
    # 'Ayyoub, who has been Syria's foreign minister since 2018' (read at 2020-07-09): Walid
    # al-Moallem held that office all the time, as --on with the same span says.
    claim = {
        "subject": "per-ali-abdullah-ayyoub",
        "predicate": "holds-office",
        "value": {
            "type": "actor",
            "actor": "per-ali-abdullah-ayyoub",
            "position": {"title": "Minister of Foreign Affairs", "of": "state-syria"},
        },
        "start_time": "2018",
        "end_time": "2020-07-09",
    }
    path = tmp_path / "c.json"
    path.write_bytes(orjson.dumps(claim))
    by_claim = run("verify", "--claim", f"@{path}", "--json")
    by_options = run(
        "verify", "--actor", "Ayyoub", "--office", "Foreign Minister", "--of", "Syria", "--on", "2018/2020-07-09"
    )
    assert by_options.exit_code == 1 and by_options.stdout.startswith("contradicted: IS406")
    assert by_claim.exit_code == 1, by_claim.output
    answer = orjson.loads(by_claim.stdout)
    assert answer["verdict"] == "contradicted"
    assert "IS406" in [f["code"] for f in answer["findings"]]
    assert "per-walid-al-moallem" in {e["record"] for e in answer["evidence"]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--agreement", "agr-nothing", "--signatory", "Hatami"], 'no agreement "agr-nothing"'),
        (["--agreement", AGR_2018, "--signatory", "Nobody"], 'no actor "Nobody"'),
        (["--actor", "Hatami", "--office", "Minister of Defence", "--on", "2018-02-30"], "--on '2018-02-30'"),
        (["--agreement", AGR_2018, "--date", "2018-08-26", "--weekday", "Someday"], "not a weekday"),
        (["--claim", "[1]"], "--claim: expected a JSON object"),
        (["--claim", '{"subject": "agr-2018-military-cooperation"}'], "--claim: "),
        (["--claim", "{}", "--actor", "Hatami"], "not both"),
        ([], "give --agreement"),
        (["--event", "no such happening", "--date", "2018"], 'no event "no such happening"'),
        (["--event", "signing", "--date", "2018"], 'event "signing" is ambiguous'),
        (["--event", "Hatami visit", "--participant", "Hatami", "--role", "dancer"], "not a role"),
        (
            ["--event", "Hatami visit", "--signatory", "Hatami"],
            "--signatory goes with --agreement or a signing",
        ),
        (["--agreement", AGR_2018, "--office", "Minister of Defence"], "give --signatory"),
        (["--agreement", AGR_2018], "with --agreement give any of"),
        (["--participant", "Hatami"], "--participant and --role go with --event"),
        (["--event", "Hatami visit", "--agreement", AGR_2018, "--date", "2018"], "--event takes"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(args: list[str], message: str) -> None:
    result = run("verify", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.output


def test_a_sentence_of_several_facts_in_one_call() -> None:
    args = ["--agreement", "July 2020", "--signatory", "Ayyoub", "--place", "Tehran", "--date", "2020-07"]
    result = run("verify", *args)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "contradicted: place: IS307 reference-place-mismatch, IS501 conflicting-claims"
    parts = [line.strip() for line in lines if line.startswith("  ") and not line.startswith("    ")]
    assert [p.split(":")[:2] for p in parts] == [
        ["signatory", " supported"],
        ["date", " supported"],
        ["place", " contradicted"],
    ]
    answer = orjson.loads(run("verify", *args, "--json").stdout)
    assert (answer["verdict"], answer["decided_by"]) == ("contradicted", "place")
    assert [(p["part"], p["verdict"]) for p in answer["parts"]] == [
        ("signatory", "supported"),
        ("date", "supported"),
        ("place", "contradicted"),
    ]
    assert answer["claim"]["predicate"] == "signing-place"  # the deciding part's, at the top


def test_claimreview_output_validates() -> None:
    result = run("verify", "--agreement", AGR_2018, "--signatory", "Bagheri", "--claimreview")
    assert result.exit_code == 1
    review = orjson.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(review)
    assert review["reviewRating"]["ratingValue"] == 1


def test_the_claimreview_command_exports_the_refuted_and_corrected_claims() -> None:
    result = run("claimreview")
    assert result.exit_code == 0
    reviews = orjson.loads(result.stdout)
    assert len(reviews) == 9
    for review in reviews:
        jsonschema.Draft202012Validator(SCHEMA).validate(review)
