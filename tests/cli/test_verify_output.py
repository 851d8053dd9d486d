"""verify's text output as people read it, over every kind of sentence: names before ids, a ``why:`` line
that adds what the findings do not say, lines wrapped at the terminal's width, and grammar."""

from __future__ import annotations

import re
import shlex

import pytest
from hypothesis import given
from typer.testing import CliRunner

import iransyria
from iransyria import cli
from iransyria.verification.wording import name_of
from tests import strategies
from tests.strategies import at_most
from tests.test_verify_doc import ROWS

DATA = iransyria.shipped()
ID = re.compile(r"\b(?:agr|evt|per|state|org|outlet|src|clm|cor|ref)-[a-z0-9]+(?:-[a-z0-9]+)*\b")
QUOTED = re.compile(r"\u201c.*?\u201d", re.DOTALL)


def _verify(args: list[str], width: int) -> str:
    env = {"COLUMNS": str(width), "NO_COLOR": "1", "IRANSYRIA_ARTICLES": None}
    result = CliRunner().invoke(cli.app, ["verify", *args], env=env, catch_exceptions=False)
    assert result.exit_code in (0, 1, 3), result.output
    return result.stdout


def _unwrapped(text: str) -> list[str]:
    """The logical lines: a continuation (indented deeper than the line it continues) joined back."""
    lines: list[str] = []
    depths: list[int] = []
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip(" "))
        if lines and depth >= depths[-1] + 4:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
            depths.append(depth)
    return lines


def _check(text: str, width: int) -> None:
    for line in text.splitlines():
        # Wider only by a word that would not fit on a line of its own either.
        assert len(line) <= width or len(line.split()[-1]) > width - 8, f"wider than {width}: {line!r}"
    lines = _unwrapped(text)
    for line in lines:
        quoted = [m.span() for m in QUOTED.finditer(line)]  # quotes are verbatim; the rest is ours
        for match in ID.finditer(line):
            name = name_of(match.group(0), DATA)
            if match.group(0) == "clm-verify-statement" or name is None:
                continue
            if any(start <= match.start() < end for start, end in quoted):
                continue
            assert line[: match.start()].endswith(f"{name} ("), (
                f"{match.group(0)} not after its name in {line!r}"
            )
        words = QUOTED.sub("", line)
        assert not re.search(r"\ba [aeio]\w", words, re.IGNORECASE), f"'a' before a vowel: {line!r}"
    findings = [line.split("): ", 1)[-1] for line in lines if re.match(r"\s+IS\d{3} ", line)]
    for line in lines:
        if line.strip().startswith("why: "):
            why = line.strip().removeprefix("why: ")
            assert all(why not in f and f not in why for f in findings), "the why line repeats a finding"


def _args(options: dict[str, str]) -> list[str]:
    return [part for key, value in options.items() for part in (f"--{key}", value)]


@at_most(10)
@given(strategies.agreement_sentences(DATA))
def test_every_agreement_sentence_reads_by_name_and_fits(case: strategies.SentenceCase) -> None:
    for width in (80, 60):
        _check(_verify(_args(case[0]), width), width)


@at_most(10)
@given(strategies.event_sentences(DATA))
def test_every_event_sentence_reads_by_name_and_fits(case: strategies.SentenceCase) -> None:
    _check(_verify(_args(case[0]), 72), 72)


RUNS = [command for command, code, _ in ROWS if code != "2"]


@pytest.mark.parametrize("command", RUNS, ids=RUNS)
def test_every_documented_run_reads_by_name_and_fits(command: str) -> None:
    _check(_verify(shlex.split(command)[2:], 80), 80)


def test_a_contradicted_claims_why_says_what_the_record_has() -> None:
    text = _verify(["--agreement", "agr-2018-military-cooperation", "--signatory", "Bagheri"], 200)
    (why,) = [line for line in text.splitlines() if line.strip().startswith("why:")]
    assert "signed by Amir Hatami as Minister of Defence of Iran and Ali Abdullah Ayyoub" in why
    assert "an assertion" in _verify(
        [
            "--claim",
            '{"subject": "per-amir-hatami", "predicate": "assertion", "value": {"type": "text", "text": "x"}}',
        ],
        200,
    )
