"""Rendering (iransyria/cli/render.py): every command at 80 columns, plain or rich, and as JSON only."""

from __future__ import annotations

import orjson
import pytest

from iransyria import cli, queries
from iransyria.cli import render
from iransyria.dataset import Dataset
from iransyria.serialization import structure
from tests.cli.helpers import ENV, SHIPPED, fits_80_columns, run, runner
from tests.test_queries import (
    AGR_2018,
    AGR_ECONOMIC,
)

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


def _as_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """show claims cuts its lines to the width only on a terminal: pretend the runner's stdout is one."""
    from iransyria.cli.show import claims

    monkeypatch.setattr(claims, "on_terminal", lambda: True)


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_fits_80_columns_without_losing_ids(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _as_on_a_terminal(monkeypatch)
    result = run(*args)
    assert result.exit_code == 0
    fits_80_columns(result.stdout, cut=args == ["show", "claims"])


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


def test_terminal_output_is_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "plain", lambda: False)
    result = runner.invoke(cli.app, ["show", "agreements"], env={"COLUMNS": "80", "FORCE_COLOR": "1"})
    assert result.exit_code == 0
    assert "─" in result.stdout  # the rich rule under the header
    assert "\x1b[" in result.stdout
    for agreement in SHIPPED.agreements:
        assert agreement.id in result.stdout


def test_at_80_columns_show_claims_is_one_whole_line_per_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    _as_on_a_terminal(monkeypatch)
    out = run("show", "claims").stdout
    header, *lines = out.splitlines()
    assert header.split() == ["subject", "says", "source"]
    assert len(lines) == len(SHIPPED.claims)  # 190 claims, 190 lines
    fits_80_columns(out, cut=True)
    # A line is cut after a whole word: every date shown is a whole date the claim states.
    dates = {str(c.value.date) for c in SHIPPED.claims if hasattr(c.value, "date")}  # type: ignore[union-attr]
    for shown in re.findall(r"\b\d{4}(?:-\d\d){0,2}(?:/\d{4}(?:-\d\d){0,2})?\b", out):
        assert any(shown in date or date in shown for date in dates) or shown.isdigit(), shown
    long = run("show", "claims", "--long").stdout
    fits_80_columns(long)
    for claim in SHIPPED.claims:
        assert claim.id in long.split()


def test_show_claims_into_a_pipe_is_whole_lines_under_a_header() -> None:
    """Not on a terminal, nothing is cut to its width: grep finds every word (issue 23)."""
    from iransyria.cli.render import said, subject_name

    out = run("show", "claims", "--ids").stdout
    header, *lines = out.splitlines()
    assert header.split() == ["claim", "subject", "says", "source"]
    assert len(lines) == len(SHIPPED.claims) and "…" not in out
    assert max(map(len, lines)) > 80
    by_id = {line.split()[0]: line for line in lines}
    for claim in SHIPPED.claims:
        line = by_id[claim.id]
        assert subject_name(SHIPPED, claim.subject) in line
        assert f"{claim.predicate.value}: {said(SHIPPED, claim)}" in line
        source = SHIPPED.source_index[claim.source]
        if source.outlet is None:  # a title, whole and plain: curly quotes would read as a quotation
            assert line.endswith(f"  {source.title}") and f"“{source.title}" not in line
    # The columns line up: each starts where its header does.
    says = header.index("says")
    assert all(line[says - 2 : says] == "  " and line[says] != " " for line in lines)


@pytest.mark.parametrize("width", ["60", "80", "100"])
def test_listings_never_split_a_word_a_name_or_an_id(width: str) -> None:
    names = {
        "agreements": [
            n for a in SHIPPED.agreements for s in a.signatories for n in [SHIPPED.actor_index[s.actor].name]
        ],
        "actors": [a.name for a in SHIPPED.actors],
        "sources": [SHIPPED.actor_index[s.outlet].name for s in SHIPPED.sources if s.outlet],
        "corrections": [],
    }
    for listing, shown_names in names.items():
        result = runner.invoke(cli.app, ["show", listing], env={**ENV, "COLUMNS": width})
        assert result.exit_code == 0
        assert max(map(len, result.stdout.splitlines())) <= int(width)
        words = result.stdout.split()
        for record in getattr(SHIPPED, listing):
            assert record.id in words, (listing, record.id)  # ids whole
        for name in shown_names:
            for word in name.split():
                assert word in words, (listing, width, word)  # 'Fathollah-Nejad', never 'Fathollah-' / 'Nejad'
    at_60 = runner.invoke(cli.app, ["show", "agreements"], env={**ENV, "COLUMNS": "60"}).stdout.split()
    assert "signatories" in at_60 and "Jahangiri" in at_60 and "2018-08-26/2018-08-27" in at_60


def test_nothing_a_person_reads_names_a_python_file_or_attribute() -> None:
    from tests.test_wording import CODE_WORDS

    runs = [["show", "agreements"], ["show", "actors"], ["show", "sources"], ["show", "claims", "--long"]]
    runs += [["timeline"], ["show", "corrections"]]
    runs += [["show", "source", s.id] for s in SHIPPED.sources]
    runs += [["show", "agreement", a.id] for a in SHIPPED.agreements]
    runs += [["show", "correction", c.id] for c in SHIPPED.corrections]
    runs += [["show", "claim", c.id] for c in SHIPPED.claims[::10]]
    for args in runs:
        out = run(*args).stdout
        assert not CODE_WORDS.findall(out), (args, CODE_WORDS.findall(out))


def test_layout_fit_gives_each_column_its_longest_word() -> None:
    from iransyria.cli.layout import fit_widths, measure

    assert measure(["al-Khalil signatories", "a b"], whole=False) == (11, 21)
    assert measure(["agr-2018-military-cooperation"], whole=True) == (29, 29)
    assert fit_widths([10, 5], [40, 5], 30) == [25, 5]
    assert fit_widths([10, 10], [20, 40], 40) == [15, 25]  # the room shared 1:3, as the wants
    assert fit_widths([30, 30], [40, 40], 50) is None  # too narrow: shown as blocks instead
