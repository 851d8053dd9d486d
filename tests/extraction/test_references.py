"""Titles alone, relative clauses and words pointing back: resolved only when one record fits, else not guessed."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import iransyria
from iransyria.extraction import Reading, read
from iransyria.extraction.dates import date_mentions
from iransyria.extraction.output import as_json, read_schema
from iransyria.models import ActorValue, PlaceValue, Predicate
from iransyria.verification import Verdict


def _statements(reading: Reading, words: str) -> list:
    at = reading.text.index(words)
    return [s for s in reading.statements if s.start < at + len(words) and at < s.end]


def _actors(reading: Reading) -> set[str]:
    return {
        c.value.actor
        for s in reading.statements
        for c in s.claims
        if isinstance(c.value, ActorValue) and c.predicate is Predicate.SIGNATORY
    }


def test_a_title_alone_is_the_one_person_who_held_it_then_and_the_claim_says_so() -> None:
    reading = read("The Syrian defence minister signed the comprehensive agreement on 8 July 2020.")
    (statement,) = [s for s in reading.statements if s.pattern == "signed-by"]
    (claim,) = statement.claims
    assert claim.value.actor == "per-ali-abdullah-ayyoub"  # type: ignore[union-attr]
    assert any(i.part == "actor" and "office spans" in i.how for i in claim.inferences)
    assert statement.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # Iran's roads minister changed in October 2018: at month precision neither certainly held it
        ("The Iranian roads minister arrived in Damascus in October 2018.", None),
        # no state given and no one named before: both defence ministers held the title
        ("The defence minister signed the deal on Sunday.", "2018-08-27"),
        # 'then' and no date: when is not said, so neither is who
        ("The then defence minister of Iran signed the deal in Damascus.", None),
        # two Syrian ministers named before
        ("Ayyoub met Mohammad Samer al-Khalil. The Syrian minister signed the deal on Sunday.", "2018-08-27"),
        # three ministers named before, two meant
        ("Hatami met Ayyoub and Zarif. The two ministers signed the deal on Sunday.", "2018-08-27"),
        # two cities named before
        ("Hatami flew from Tehran to Damascus. The deal was signed in the same city.", "2018-08-27"),
    ],
)
def test_a_reference_that_fits_several_or_none_is_not_established_and_nothing_is_guessed(
    text: str, published: str | None
) -> None:
    reading = read(text, published=published)
    unresolved = [s for s in reading.statements if s.unresolved is not None]
    assert unresolved, [(s.pattern, s.verdict) for s in reading.statements]
    for statement in unresolved:
        assert statement.verdict is Verdict.NOT_ESTABLISHED and statement.claims == ()
        assert statement.pattern == "unresolved-reference"
    assert not any(s.verdict is Verdict.CONTRADICTED for s in reading.statements)
    assert _actors(reading) == set()  # no signatory guessed for the words


def test_the_same_city_is_the_one_named_before_in_the_paragraph() -> None:
    reading = read(
        "Celebrations followed in Tehran. The military deal had been signed in the same city.", "2018-08-28"
    )
    (statement,) = [s for s in reading.statements if s.pattern == "signing-place"]
    (claim,) = statement.claims
    assert claim.value == PlaceValue("Tehran")
    assert statement.verdict is Verdict.CONTRADICTED
    assert any(i.part == "place" and "named before" in i.how for i in claim.inferences)


def test_the_two_ministers_are_the_two_named_before() -> None:
    reading = read("Hatami met Ayyoub in Damascus. The two ministers signed the deal.", "2018-08-27")
    assert _actors(reading) == {"per-amir-hatami", "per-ali-abdullah-ayyoub"}


def test_the_syrian_minister_is_the_one_syrian_minister_named_before() -> None:
    reading = read("Hatami met Ayyoub in Damascus. The Syrian minister signed the deal.", "2018-08-27")
    assert _actors(reading) == {"per-ali-abdullah-ayyoub"}


@pytest.mark.parametrize(
    ("text", "expected", "verdict"),
    [
        (
            "Amir Hatami, who led Iran's defence ministry from 2015, arrived.",
            ("2015", None),
            Verdict.CONTRADICTED,
        ),
        ("Ayyoub, still defence minister in 2021, arrived.", ("2021", "2021"), Verdict.SUPPORTED),
        ("Ayyoub, still defence minister in 2023, arrived.", ("2023", "2023"), Verdict.CONTRADICTED),
        (
            "Iranian Defence Minister Amir Hatami, who has led the ministry since 2018, arrived.",
            ("2018", "2020-01-01"),
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_relative_clause_gives_the_office_over_the_time_it_says(
    text: str, expected: tuple[str, str | None], verdict: Verdict
) -> None:
    reading = read(text, published="2020-01-01")
    (statement,) = [s for s in reading.statements if s.pattern == "office-in-clause"]
    (claim,) = statement.claims
    assert tuple(None if d is None else str(d) for d in claim.when) == expected
    assert statement.verdict is verdict


def test_a_date_in_a_relative_clause_dates_the_office_not_the_sentences_event() -> None:
    reading = read(
        "On 8 July 2020, Ali Abdullah Ayyoub, still defence minister in 2021, signed the comprehensive agreement."
    )
    (signed,) = [s for s in reading.statements if s.pattern == "signing-date"]
    assert str(signed.claims[0].value.date) == "2020-07-08"  # type: ignore[union-attr]
    assert signed.verdict is Verdict.SUPPORTED


def test_earlier_this_week_is_the_week_up_to_publication_not_the_day() -> None:
    (mention,) = date_mentions("earlier this week", iransyria.FuzzyDate.parse("2018-08-27"))
    assert str(mention.date) == "2018-08-21/2018-08-27"


def test_an_unresolved_statement_is_valid_json_with_its_reason() -> None:
    document = json.loads(
        json.dumps(as_json(read("The defence minister signed the deal on Sunday.", "2018-08-27")))
    )
    jsonschema.validate(document, read_schema())
    (unresolved,) = [s for s in document["statements"] if s["unresolved"]]
    assert unresolved["claims"] == [] and unresolved["verdict"] == "not-established"
    assert "not guessed" in unresolved["unresolved"]


def test_the_text_output_says_why_a_reference_is_not_resolved(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from iransyria.cli.app import app

    article = tmp_path / "a.txt"
    article.write_text("The defence minister signed the deal on Sunday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["read", str(article), "--published", "2018-08-27"])
    assert result.exit_code == 0, result.output
    assert "NOT-ESTABLISHED: “defence minister”" in result.output
    assert "unresolved: 'defence minister' names no state" in result.output
    # its claimless statement is reviewed by no ClaimReview
    reviews = CliRunner().invoke(app, ["read", str(article), "--published", "2018-08-27", "--claimreview"])
    assert reviews.exit_code == 0
    # (one review, of the signing date the statement 'signed the deal on Sunday' states)
    assert [r["claimReviewed"] for r in json.loads(reviews.output)] == [
        "Iran–Syria military cooperation agreement (August 2018) was signed on 2018-08-26"
    ]


def test_a_title_without_a_state_is_the_one_named_before_who_held_it() -> None:
    reading = read(
        "Mohammad Bagheri landed in Damascus. The army chief signed the comprehensive agreement.", "2020-07-09"
    )
    (statement,) = [s for s in reading.statements if s.pattern == "signed-by"]
    (claim,) = statement.claims
    assert claim.value.actor == "per-mohammad-bagheri"  # type: ignore[union-attr]
    assert any(i.part == "actor" and "named before" in i.how for i in claim.inferences)
    assert not [s for s in reading.statements if s.unresolved is not None]
