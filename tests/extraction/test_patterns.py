"""Every extraction pattern and date form finds what its example says, and nothing in its counterexample."""

from __future__ import annotations

import pytest

import iransyria
from iransyria.extraction.base import registered
from iransyria.extraction.dates import FORMS, DateForm, date_mentions
from iransyria.extraction.families import FAMILIES  # importing it registers the patterns
from iransyria.extraction.reader import prepare

PATTERNS = registered()


def _found(name: str, text: str, published: str | None) -> list[str]:
    article = prepare(text, published, iransyria.shipped())
    unit = next(p for p in PATTERNS if p.name == name)
    return [text[d.start : d.end] for s in article.sentences for d in unit.find(article, s)]


def test_every_family_has_patterns_and_each_its_own_module() -> None:
    families = {p.family for p in PATTERNS}
    assert families == {module.__name__.rsplit(".", 1)[-1] for module in FAMILIES}
    assert len({p.name for p in PATTERNS}) == len(PATTERNS)


@pytest.mark.parametrize("unit", PATTERNS, ids=lambda p: p.name)
def test_pattern_finds_its_example(unit) -> None:  # type: ignore[no-untyped-def]
    assert unit.doc, f"{unit.name} has no docstring"
    assert _found(unit.name, unit.example, unit.published), f"{unit.name}: nothing found in {unit.example!r}"


@pytest.mark.parametrize("unit", PATTERNS, ids=lambda p: p.name)
def test_pattern_finds_nothing_in_its_counterexample(unit) -> None:  # type: ignore[no-untyped-def]
    assert _found(unit.name, unit.counterexample, unit.published) == []


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_date_form_reads_its_example_and_not_its_counterexample(form: DateForm) -> None:
    published = iransyria.FuzzyDate.parse("2018-08-27")
    assert any(m.form == form.name for m in date_mentions(form.example, published)), form.example
    assert not any(m.form == form.name for m in date_mentions(form.counterexample, published)), (
        form.counterexample
    )


@pytest.mark.parametrize(
    ("text", "published", "expected", "inferred"),
    [
        ("on 8th July", "2020-07-08/2020-12-31", "2020-07-08", True),
        ("on Jan. 30, 2018", None, "2018-01-30", False),
        ("meetings Sunday", "2018-08-27", "2018-08-26", True),
        ("went into force last month", "2020-07", "2020-06", True),
        ("in May", "2018-08-27", "2018-05", True),
        ("in August 2018", None, "2018-08", False),
    ],
)
def test_dates_take_a_missing_year_or_day_from_the_publication_date(
    text: str, published: str | None, expected: str, inferred: bool
) -> None:
    when = None if published is None else iransyria.FuzzyDate.parse(published)
    (mention,) = date_mentions(text, when)
    assert str(mention.date) == expected
    assert (mention.inference is not None) is inferred


@pytest.mark.parametrize("text", ["on 8th July", "meetings Sunday", "last month", "in May"])
def test_without_a_publication_date_a_partial_date_is_not_guessed(text: str) -> None:
    assert date_mentions(text, None) == []


def test_a_drafted_claim_states_how_its_year_was_inferred() -> None:
    article = prepare(
        "Iran and Syria signed the comprehensive agreement on 8th July.", "2020-07-09", iransyria.shipped()
    )
    unit = next(p for p in PATTERNS if p.name == "signing-date")
    (draft,) = [d for s in article.sentences for d in unit.find(article, s)]
    (claim,) = draft.claims
    assert str(claim.value.date) == "2020-07-08"  # type: ignore[union-attr]
    assert any(i.part == "date" and "publication date" in i.how for i in claim.inferences)
