"""The command line: every command's exit code, content, JSON round trip and 80-column layout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given, settings
from typer.testing import CliRunner, Result

import iransyria
from iransyria import cli, queries
from iransyria.cli import render
from iransyria.dataset import Dataset
from iransyria.models import (
    Actor,
    Agreement,
    Claim,
    Correction,
    OfficeHeld,
    Predicate,
    Source,
    SpanBasis,
    Standing,
)
from iransyria.rules import Severity, Violation
from iransyria.serialization import dump, dumps, loads, structure, to_json
from tests.conftest import REPO
from tests.strategies import datasets
from tests.test_queries import (
    AGR_2018,
    AGR_2020,
    AGR_ECONOMIC,
    AYYOUB,
    BAGHERI,
    HATAMI,
    SMALL,
    SMALL_AGREEMENT,
    SOUTH_DEFENCE,
    republished_translation,
    unresolved_date,
)

SHIPPED = iransyria.dataset()
ENV = {"COLUMNS": "80", "NO_COLOR": "1", "IRANSYRIA_ARTICLES": None}

runner = CliRunner()


def run(*args: str, input: str | None = None) -> Result:
    return runner.invoke(cli.app, list(args), env=ENV, input=input, catch_exceptions=False)


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.output
    return result.stdout


def as_json(*args: str) -> Any:
    return orjson.loads(ok(*args, "--json"))


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.json"
    dump(SMALL, path)
    return path


def fits_80_columns(text: str) -> None:
    widths = [len(line) for line in text.splitlines()]
    assert max(widths, default=0) <= 80, max(widths)
    assert "…" not in text  # nothing ellipsized
    assert "\x1b[" not in text  # plain: no escape codes


# --------------------------------------------------------------------------- show agreements


def test_show_agreements_table() -> None:
    out = ok("show", "agreements")
    fits_80_columns(out)
    words = out.split()
    for agreement in SHIPPED.agreements:
        assert agreement.id in words  # whole, never folded
        assert f"kind: {agreement.kind.value}" in out
        assert f"signed: {agreement.signed or 'unknown'}" in out
    for expected in (
        "signed: 2018-08-26/2018-08-27",
        "signed: 2020-07-08",
        "place: Damascus",
    ):
        assert expected in out


def test_show_agreements_names_signatories_with_their_office() -> None:
    # Wide enough that no cell wraps: each signatory is one line.
    result = runner.invoke(cli.app, ["show", "agreements"], env={**ENV, "COLUMNS": "200"})
    assert result.exit_code == 0
    for expected in (
        "parties: Iran, Syria",
        "Amir Hatami (Minister of Defence, Iran)",
        "Ali Abdullah Ayyoub (Minister of Defence, Syria)",
        "Mohammad Bagheri (Chief of Staff of the Armed Forces, Iran)",
        "Mohammad Samer al-Khalil (Minister of Economy and Foreign Trade, Syria)",
    ):
        assert expected in result.stdout, expected


def test_show_agreements_rows_count_sources_and_disputes() -> None:
    out = ok("show", "agreements")
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.startswith("agr-")}
    assert set(rows) == {a.id for a in SHIPPED.agreements}
    for agreement_id, cells in rows.items():
        assert cells[-2] == str(len(queries.corroboration(agreement_id)))
        assert cells[-1] == ("yes" if queries.is_disputed(agreement_id) else "no")
    # The 2018 military agreement is disputed: a source that reports it
    # misnames its signatory Hatami's office (refuted, corrected).
    assert {agreement_id: cells[-2:] for agreement_id, cells in rows.items()} == {
        AGR_ECONOMIC: ["1", "yes"],
        AGR_2018: ["4", "yes"],
        AGR_2020: ["2", "no"],
    }


def test_a_disputed_claim_marks_its_agreement_disputed(tmp_path: Path) -> None:
    path = _write(unresolved_date(), tmp_path, "disputed.json")
    rows = [line.split() for line in ok("--data", str(path), "show", "agreements").splitlines()]
    disputed = {cells[0]: cells[-1] for cells in rows if cells and cells[0].startswith("agr-")}
    assert disputed == {SMALL_AGREEMENT: "yes", "agr-pact-2014": "no"}
    out = ok("--data", str(path), "show", "agreement", SMALL_AGREEMENT)
    assert "signed       unknown (reported: 2012-03-08, disputed)" in out
    timeline = ok("--data", str(path), "timeline")
    assert "signing (disputed)" in timeline


def test_show_agreements_json_round_trips() -> None:
    data = as_json("show", "agreements")
    assert structure(data, list[Agreement]) == list(SHIPPED.agreements)
    # Written by the library's one canonical JSON writer.
    assert run("show", "agreements", "--json").stdout_bytes == to_json(list(SHIPPED.agreements))


def test_a_republished_translation_is_one_origin(tmp_path: Path) -> None:
    path = _write(republished_translation(), tmp_path, "republished.json")
    rows = [line.split() for line in ok("--data", str(path), "show", "agreements").splitlines()]
    sources = {cells[0]: cells[-2] for cells in rows if cells and cells[0].startswith("agr-")}
    assert sources[SMALL_AGREEMENT] == "3"  # the wire, the blog, the daily (translated, republished)
    rows_of = {block.split()[0]: block for block in ok("--data", str(path), "show", "sources").split("\n\n")}
    assert "origin: src-daily\n" in rows_of["src-daily-republication"] + "\n"  # not the translation
    shown = ok("--data", str(path), "show", "source", "src-daily-republication")
    assert "origin     src-daily\n" in shown
    claim = ok("--data", str(path), "show", "claim", "clm-date-republication")
    assert "origin       src-daily\n" in claim
    agreement = ok("--data", str(path), "show", "agreement", SMALL_AGREEMENT)
    assert "2012-03-08  (accepted; 2 independent origins)" in agreement
    assert "also reported: 2012-03  (accepted; compatible)" in agreement


def test_show_agreements_filters() -> None:
    assert [a["id"] for a in as_json("show", "agreements", "--actor", "PER-AMIR-HATAMI")] == [AGR_2018]
    assert [a["id"] for a in as_json("show", "agreements", "--actor", BAGHERI)] == [AGR_2020]
    reported = as_json("show", "agreements", "--source", "src-unknown-2020-comprehensive-agreement")
    assert [a["id"] for a in reported] == [AGR_2020]
    result = run("show", "agreements", "--actor", "per-hatami")
    assert result.exit_code == 2
    assert 'no actor "per-hatami": did you mean per-amir-hatami?' in result.stderr
    assert result.stdout == ""


def test_an_empty_listing_says_so_on_stderr(small_file: Path) -> None:
    result = runner.invoke(
        cli.app, ["--data", str(small_file), "show", "agreements", "--actor", "outlet-wire"], env=ENV
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no agreements match" in result.stderr


# --------------------------------------------------------------------------- show agreement


def test_show_agreement_has_fields_claims_conflicts_and_relations() -> None:
    out = ok("show", "agreement", "Agr-2018-Military-Cooperation")
    fits_80_columns(out)
    agreement = SHIPPED.agreement_index[AGR_2018]
    assert out.splitlines()[0] == AGR_2018
    assert agreement.title in out
    for expected in (
        "2018-08-26/2018-08-27",
        "Damascus",
        "Amir Hatami (per-amir-hatami)",
        "Minister of Defence",
    ):
        assert expected in out
    for provision in agreement.provisions:
        assert provision.split()[0] in out
    # The claims behind each field, with source, attribution and quote.
    for claim in queries.claims(agreement=AGR_2018):
        assert claim.id in out
    assert "Claims behind each field" in out
    assert "004_8b2105d8dbd25fc3.txt" in out
    assert "state-media: Iranian state media (org-iranian-state-media)" in out
    # Conflicts: the 'New Deal' article's refuted 'Foreign Minister' Hatami, with its corrections.
    conflicts = out[out.index("Conflicts and corrections") :]
    (foreign,) = [c for c in queries.signatory_conflicts(AGR_2018) if c.claim.subject == HATAMI]
    assert f"{foreign.claim.id}  refuted" in conflicts
    assert "Amir Hatami (per-amir-hatami) holds-office: Minister of Foreign Affairs, Iran" in conflicts
    for correction in queries.corrections(claim=foreign.claim.id):
        assert correction.id in conflicts
    for conflict in queries.conflicts(agreement=AGR_2018):
        assert conflict.claim.id in conflicts
    # Related: the 2020 agreement calls itself similar to this one.
    assert f"{AGR_2020} is similar-to this one" in out
    # Disputed, for the signatory's misnamed office listed under the conflicts.
    assert "disputed     yes" in out
    # The media said not to have reported it, with the claim that says so.
    not_reported = out[out.index("Not reported by") : out.index("Conflicts and corrections")]
    (silence,) = queries.claims(agreement=AGR_2018, predicate=Predicate.NOT_REPORTED_BY)
    assert f"{silence.id}  accepted" in not_reported
    assert "value   Syrian state media (org-syrian-state-media)" in not_reported
    assert not_reported.count("clm-") == 1


def test_show_agreement_json_is_its_provenance_as_a_dataset() -> None:
    data = as_json("show", "agreement", AGR_2020)
    part = structure(data, Dataset)
    assert part == queries.excerpt(agreements=[AGR_2020])
    assert part.agreement(AGR_2020) == SHIPPED.agreement(AGR_2020)
    assert {BAGHERI, AYYOUB} <= set(part.actor_index)
    assert set(part.claims) >= set(queries.claims(agreement=AGR_2020))


def test_unknown_agreement_suggests_and_exits_2() -> None:
    result = run("show", "agreement", "agr-2019")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith('no agreement "agr-2019": did you mean agr-2018-')
    assert AGR_2018 in result.stderr
    assert "Traceback" not in result.output


def test_unknown_id_without_a_close_match() -> None:
    result = run("show", "claim", "clm-zzzz-qqqq")
    assert result.exit_code == 2
    assert result.stderr.strip() == 'no claim "clm-zzzz-qqqq" (see `iransyria show claims`)'


# --------------------------------------------------------------------------- actors and sources


def _first_lines(out: str, prefixes: tuple[str, ...]) -> dict[str, str]:
    """The last cell of each row's first line (the 'claims' count), by the row's id."""
    return {line.split()[0]: line.split()[-1] for line in out.splitlines() if line.startswith(prefixes)}


def test_show_actors() -> None:
    out = ok("show", "actors")
    fits_80_columns(out)
    for actor in SHIPPED.actors:
        assert actor.id in out.split()
    counts = _first_lines(out, ("per-", "state-", "org-", "outlet-"))
    assert counts == {a.id: str(len(queries.claims(actor=a.id))) for a in SHIPPED.actors}
    assert int(counts["state-iran"]) > 0 and int(counts[HATAMI]) > 0
    assert "Amir Hatami" in out
    assert "Minister of Defence, Iran (2017-08 to 2021-08)" in " ".join(out.split())
    assert structure(as_json("show", "actors"), list[Actor]) == list(SHIPPED.actors)
    states = as_json("show", "actors", "--kind", "STATE")
    assert {"state-iran", "state-syria"} <= {a["id"] for a in states}
    assert all(a["kind"] == "state" for a in states)
    of_2020 = {a["id"] for a in as_json("show", "actors", "--agreement", AGR_2020)}
    assert {BAGHERI, AYYOUB} <= of_2020 and HATAMI not in of_2020
    of_source = {a["id"] for a in as_json("show", "actors", "--source", "src-media-line-2018")}
    assert {"outlet-media-line", HATAMI} <= of_source


def test_show_actor() -> None:
    out = ok("show", "actor", "per-amir-hatami")
    fits_80_columns(out)
    for expected in ("Amir Hatami", "Brig. Gen. Amir Hatami", "2017-08 to 2021-08", "reference", AGR_2018):
        assert expected in out
    for claim in queries.claims(actor=HATAMI):
        assert claim.id in out
    part = structure(as_json("show", "actor", HATAMI), Dataset)
    assert part.actor(HATAMI) == SHIPPED.actor(HATAMI)
    assert set(queries.claims(actor=HATAMI)) <= set(part.claims)


def test_show_sources() -> None:
    out = ok("show", "sources")
    fits_80_columns(out)
    for source in SHIPPED.sources:
        assert source.id in out.split()
        assert source.file in out
    counts = _first_lines(out, ("src-",))
    assert counts == {s.id: str(len(queries.claims(source=s.id))) for s in SHIPPED.sources}
    assert all(int(count) > 0 for count in counts.values())
    assert "origin: outlet-alsouria-net" in out
    assert structure(as_json("show", "sources"), list[Source]) == list(SHIPPED.sources)
    about = {s["id"] for s in as_json("show", "sources", "--agreement", AGR_2020)}
    assert "src-unknown-2020-comprehensive-agreement" in about
    assert "src-unknown-2018-new-deal" not in about
    assert "src-unknown-2018-new-deal" in {s["id"] for s in as_json("show", "sources", "--actor", HATAMI)}


def test_show_source() -> None:
    out = ok("show", "source", "SRC-SYRIAN-OBSERVER-2020")
    fits_80_columns(out)
    for expected in (
        "003_3400dcb84386deff.txt",
        "The Syrian Observer (outlet-syrian-observer)",
        "translation-of Alsouria Net (outlet-alsouria-net)",
        "origin     outlet-alsouria-net",
        "2020-07",
    ):
        assert expected in out
    for claim in queries.claims(source="src-syrian-observer-2020"):
        assert claim.id in out
    part = structure(as_json("show", "source", "src-syrian-observer-2020"), Dataset)
    assert set(part.claims) == set(queries.claims(source="src-syrian-observer-2020")) | {
        c for c in part.claims if c.source != "src-syrian-observer-2020"
    }


# --------------------------------------------------------------------------- claims


def test_show_claims_filters() -> None:
    out = ok("show", "claims", "--agreement", AGR_2020)
    fits_80_columns(out)
    for claim in queries.claims(agreement=AGR_2020):
        assert claim.id in out.split()
    by_source = structure(as_json("show", "claims", "--source", "src-media-line-2018"), list[Claim])
    assert by_source == list(queries.claims(source="src-media-line-2018"))
    assert all(c.source == "src-media-line-2018" for c in by_source)
    refuted = structure(as_json("show", "claims", "--standing", "refuted", "--actor", HATAMI), list[Claim])
    assert refuted and all(c.standing is Standing.REFUTED for c in refuted)
    assert any(
        c.value.position.title == "Minister of Foreign Affairs"  # type: ignore[union-attr]
        for c in refuted
    )
    signatories = as_json("show", "claims", "--predicate", "signatory", "--agreement", AGR_2018)
    assert {c["value"]["actor"] for c in signatories} >= {HATAMI, AYYOUB}


def test_show_claims_bad_options_exit_2() -> None:
    assert run("show", "claims", "--standing", "wrong").exit_code == 2
    assert run("show", "claims", "--no-such-option").exit_code == 2
    result = run("show", "claims", "--source", "src-media-line")
    assert result.exit_code == 2
    assert 'no source "src-media-line": did you mean src-media-line-2018?' in result.stderr


def test_show_claim_gives_the_whole_provenance() -> None:
    refuted = next(c for c in queries.claims(standing=Standing.REFUTED, actor=HATAMI))
    out = ok("show", "claim", refuted.id.upper())
    fits_80_columns(out)
    source = SHIPPED.source_index[refuted.source]
    flat = " ".join(out.split())
    assert out.startswith(f"{refuted.id}  refuted")
    for expected in (source.file, source.title, refuted.source, "Minister of Foreign Affairs, Iran"):
        assert expected in flat
    assert " ".join(refuted.quote.split()) in flat
    assert refuted.reason is not None and " ".join(refuted.reason.split()[:8]) in flat
    part = structure(as_json("show", "claim", refuted.id), Dataset)
    assert part.claim(refuted.id) == refuted
    assert part.source(refuted.source) == source


def test_show_claim_with_inferences() -> None:
    inferred = next(c for c in SHIPPED.claims if c.inferences)
    flat = " ".join(ok("show", "claim", inferred.id).split())
    for inference in inferred.inferences:
        assert f"{inference.part}: {' '.join(inference.how.split()[:6])}" in flat


# --------------------------------------------------------------------------- corrections (on a dataset that has both kinds)


def test_show_corrections(small_file: Path) -> None:
    out = ok("--data", str(small_file), "show", "corrections")
    fits_80_columns(out)
    for expected in (
        "cor-doe-name",
        "cor-roe-office",
        "clm-roe-foreign",
        "-> clm-roe-defence",
        "editorial",
        "publisher",
    ):
        assert expected in out
    data = as_json("--data", str(small_file), "show", "corrections")
    assert structure(data, list[Correction]) == list(SMALL.corrections)
    only = as_json("--data", str(small_file), "show", "corrections", "--actor", "per-jane-roe")
    assert [c["id"] for c in only] == ["cor-roe-office"]
    assert [
        c["id"] for c in as_json("--data", str(small_file), "show", "corrections", "--source", "src-daily")
    ] == ["cor-doe-name"]
    shipped = structure(as_json("show", "corrections"), list[Correction])
    assert shipped == list(SHIPPED.corrections)


def test_show_correction_and_corrected_claim(small_file: Path) -> None:
    out = ok("--data", str(small_file), "show", "correction", "COR-ROE-OFFICE")
    fits_80_columns(out)
    for expected in (
        "Foreign Minister Jane Roe",
        "Defence Minister Jane Roe",
        "Corrects",
        "Replaced by",
        "src-wire",
    ):
        assert expected in out
    claim_out = ok("--data", str(small_file), "show", "claim", "clm-roe-foreign")
    assert "Corrections" in claim_out and "cor-roe-office" in claim_out
    part = structure(as_json("--data", str(small_file), "show", "correction", "cor-doe-name"), Dataset)
    assert set(part.claim_index) == {"clm-doe-named-old", "clm-doe-named-new"}
    agreement_out = ok("--data", str(small_file), "show", "agreement", SMALL_AGREEMENT)
    assert "Minister of Foreign Affairs, Northland" in agreement_out  # the signatory's refuted office
    assert "cor-roe-office" in agreement_out


# --------------------------------------------------------------------------- timeline


def test_timeline() -> None:
    out = ok("timeline")
    fits_80_columns(out)
    assert out.index("2018-08-26/2018-08-27") < out.index("2020-07-08")
    for event in queries.timeline():
        assert event.subject in out
    events = structure(as_json("timeline"), list[queries.TimelineEvent])
    assert events == list(queries.timeline())
    assert [e.date.sort_key for e in events] == sorted(e.date.sort_key for e in events)
    (only,) = structure(as_json("timeline", "--agreement", AGR_2020), list[queries.TimelineEvent])
    assert str(only.date) == "2020-07-08" and only.place == "Damascus"
    hatami = as_json("timeline", "--actor", HATAMI)
    assert any(e["kind"] == "visit" for e in hatami)


# --------------------------------------------------------------------------- export


def test_export_to_stdout_is_the_canonical_json() -> None:
    result = run("export")
    assert result.exit_code == 0
    assert result.stdout_bytes == dumps(SHIPPED)
    assert loads(result.stdout_bytes) == SHIPPED


def test_export_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "data.json"
    result = run("export", "--out", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_bytes() == dumps(SHIPPED)
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_to_an_unwritable_place_exits_2(tmp_path: Path) -> None:
    result = run("export", "--out", str(tmp_path / "missing" / "data.json"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.output


def test_export_of_a_data_file_is_canonical(small_file: Path) -> None:
    assert run("--data", str(small_file), "export").stdout_bytes == dumps(SMALL)


# --------------------------------------------------------------------------- check


def test_check_the_shipped_dataset() -> None:
    result = run("check", "--json")
    violations = structure(orjson.loads(result.stdout), list[Violation])
    errors = [v for v in violations if v.severity is Severity.ERROR]
    assert result.exit_code == (1 if errors else 0)
    human = run("check")
    assert human.exit_code == result.exit_code
    assert "the shipped dataset" in human.stdout
    for violation in violations:
        assert violation.code in human.stdout


def test_check_a_clean_file(small_file: Path) -> None:
    result = run("check", str(small_file))
    assert result.exit_code == 0, result.stdout
    assert " ".join(result.stdout.split()).startswith(f"no problems in {small_file}: {len(SMALL)} records")
    assert as_json("check", str(small_file)) == []


def _write(dataset: Dataset, directory: Path, name: str) -> Path:
    path = directory / name
    dump(dataset, path)
    return path


def test_check_errors_exit_1(tmp_path: Path) -> None:
    orphan = attrs.evolve(SMALL.claims[0], id="clm-orphan", source="src-missing")
    path = _write(SMALL.evolve(claims=(*SMALL.claims, orphan)), tmp_path, "broken.json")
    result = run("check", str(path))
    assert result.exit_code == 1
    assert "errors (1)" in result.stdout
    assert "IS102" in result.stdout and "claims[clm-orphan].source" in result.stdout
    (violation,) = structure(orjson.loads(run("check", str(path), "--json").stdout), list[Violation])
    assert violation.code == "IS102" and violation.severity is Severity.ERROR


def test_check_warnings_exit_0_unless_strict(tmp_path: Path) -> None:
    unknown_span = OfficeHeld(SOUTH_DEFENCE, None, None, SpanBasis.STATED)
    actors = [a if a.id != "per-john-doe" else attrs.evolve(a, offices=(unknown_span,)) for a in SMALL.actors]
    path = _write(SMALL.evolve(actors=actors), tmp_path, "warned.json")
    result = run("check", str(path))
    assert result.exit_code == 0
    assert "warnings (1)" in result.stdout and "IS403" in result.stdout
    assert "0 errors, 1 warning" in result.stdout
    assert run("check", str(path), "--strict").exit_code == 1
    assert run("check", str(path), "--strict", "--json").exit_code == 1


def test_check_a_malformed_file_exits_2_with_the_path(tmp_path: Path) -> None:
    data = orjson.loads(dumps(SMALL))
    data["agreements"][0]["signed"] = "2012-13-08"
    path = tmp_path / "malformed.json"
    path.write_bytes(orjson.dumps(data))
    result = run("check", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "agreements[0].signed: invalid month 13\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "(top level): not valid JSON"),
        (b"[]", "(top level): expected an object, got an array"),
        (b'{"claims": 3}', "claims: expected an array"),
    ],
)
def test_check_unreadable_input_exits_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.json"
    path.write_bytes(content)
    result = run("check", str(path), "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert "Traceback" not in result.output


def test_check_a_missing_file_or_folder_exits_2(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "absent.json"))
    assert result.exit_code == 2
    assert "absent.json: cannot read" in result.stderr
    assert run("check", "--articles", str(tmp_path / "no-such-folder")).exit_code == 2


def test_check_reads_stdin(small_file: Path) -> None:
    result = run("check", "-", input=small_file.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert "no problems in stdin" in result.stdout


def test_check_with_the_articles(articles: Path) -> None:
    result = run("check", "--articles", str(articles), "--json")
    violations = structure(orjson.loads(result.stdout), list[Violation])
    assert not [v for v in violations if v.code in {"IS802", "IS803", "IS804"}]


@settings(max_examples=15)
@given(datasets())
def test_check_accepts_every_generated_dataset(dataset: Dataset) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _write(dataset, Path(folder), "generated.json")
        result = run("check", str(path))
        assert result.exit_code == 0, result.stdout
        shown = run("--data", str(path), "show", "agreements", "--json")
        assert structure(orjson.loads(shown.stdout), list[Agreement]) == list(dataset.agreements)


# --------------------------------------------------------------------------- every command, at 80 columns and as JSON


COMMANDS = [
    ["show", "agreements"],
    ["show", "agreement", AGR_2018],
    ["show", "agreement", AGR_ECONOMIC],
    ["show", "actors"],
    ["show", "actor", "state-iran"],
    ["show", "sources"],
    ["show", "source", "src-unknown-2018-deepen-cooperation"],
    ["show", "claims"],
    ["show", "claim", SHIPPED.claims[-1].id],
    ["show", "corrections"],
    ["timeline"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_fits_80_columns_without_losing_ids(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0
    fits_80_columns(result.stdout)


LISTED: dict[str, list[str]] = {
    "agreements": [a.id for a in SHIPPED.agreements],
    "actors": [a.id for a in SHIPPED.actors],
    "sources": [s.id for s in SHIPPED.sources],
    "claims": [c.id for c in SHIPPED.claims],
    "corrections": [c.id for c in SHIPPED.corrections],
    "timeline": [e.subject for e in queries.timeline()],
}


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_json_is_only_records(args: list[str]) -> None:
    result = run(*args, "--json")
    assert result.exit_code == 0
    data = orjson.loads(result.stdout)  # nothing but JSON on stdout
    if len(args) == 3:  # one record: its provenance, as a dataset holding it
        kind, record_id = args[1], args[2]
        part = structure(data, Dataset)
        assert getattr(part, kind)(record_id) == getattr(SHIPPED, kind)(record_id)
        assert len(part) > 1
    else:  # a listing: every record, in order
        assert isinstance(data, list)
        expected = LISTED[args[-1]]
        assert expected
        assert [record.get("id", record.get("subject")) for record in data] == expected


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


def test_terminal_output_is_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "plain", lambda: False)
    result = runner.invoke(cli.app, ["show", "agreements"], env={"COLUMNS": "80", "FORCE_COLOR": "1"})
    assert result.exit_code == 0
    assert "─" in result.stdout  # the rich rule under the header
    assert "\x1b[" in result.stdout
    for agreement in SHIPPED.agreements:
        assert agreement.id in result.stdout


# --------------------------------------------------------------------------- help and start-up


def test_help_documents_the_exit_codes() -> None:
    for args in ([], ["check"], ["show"]):
        result = runner.invoke(cli.app, [*args, "--help"], env={"COLUMNS": "100"})
        assert result.exit_code == 0
        text = " ".join(result.stdout.split())
        assert "Exit codes: 0 success; 1 check found errors" in text
    main_help = runner.invoke(cli.app, ["--help"]).stdout
    for command in ("show", "timeline", "check", "export", "--install-completion", "--show-completion"):
        assert command in main_help


def test_no_command_shows_help_and_a_bad_one_exits_2() -> None:
    assert "Usage" in runner.invoke(cli.app, []).output
    assert runner.invoke(cli.app, ["frobnicate"]).exit_code == 2
    assert runner.invoke(cli.app, ["show", "agreement"]).exit_code == 2  # missing ID


def _console_script() -> str:
    found = shutil.which("iransyria") or str(Path(sys.executable).with_name("iransyria"))
    if not Path(found).exists():
        pytest.skip("the iransyria console script is not installed")
    return found


def _subprocess_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    env["COLUMNS"] = "80"
    return env


def test_the_installed_console_script() -> None:
    done = subprocess.run(
        [_console_script(), "show", "agreements"],
        capture_output=True,
        text=True,
        env=_subprocess_env(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for agreement_id in (AGR_2018, AGR_2020, AGR_ECONOMIC):
        assert agreement_id in done.stdout
    assert "2018-08-26/2018-08-27" in done.stdout and "Amir Hatami" in done.stdout
    fits_80_columns(done.stdout)  # not a terminal: plain
    assert done.stderr == ""
    missing = subprocess.run(
        [_console_script(), "show", "agreement", "agr-2019"], capture_output=True, text=True, check=False
    )
    assert missing.returncode == 2
    assert 'no agreement "agr-2019": did you mean agr-2018-' in missing.stderr
    assert "Traceback" not in missing.stderr


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "iransyria", "show", "agreements", "--json"],
        capture_output=True,
        cwd=REPO,
        env=_subprocess_env(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert structure(orjson.loads(done.stdout), list[Agreement]) == list(SHIPPED.agreements)


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    return set(done.stdout.split())


def _heavy(modules: set[str], *prefixes: str) -> set[str]:
    return {m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)}


def test_import_iransyria_loads_no_cli_and_no_data() -> None:
    loaded = _loaded_after("import iransyria")
    assert _heavy(loaded, "typer", "rich", "iransyria.data", "iransyria.cli", "iransyria.rules") == set()


def test_the_cli_and_queries_load_rich_and_data_only_when_used() -> None:
    assert _heavy(_loaded_after("import iransyria.cli"), "rich", "iransyria.data") == set()
    assert _heavy(_loaded_after("import iransyria.queries"), "typer", "rich", "iransyria.data") == set()
