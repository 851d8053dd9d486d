"""IS3xx: reports that predate what they report, corrections that predate what they correct."""

from __future__ import annotations

from iransyria.models import (
    DateValue,
    Predicate,
)
from tests.rules.conftest import (
    A18,
    A20,
    BASE,
    S18,
    S20,
    changed_correction,
    changed_source,
    claim,
    date,
    found,
    only,
    with_claims,
)


def test_is301_a_source_published_before_the_signing_it_reports() -> None:
    early = changed_source(BASE, S18, published=date("2018-08-01"))
    on_2018 = tuple(c.id for c in BASE.claims if c.source == S18 and c.subject == A18)
    assert found(early, "IS301") == [("sources[src-2018].published", (A18, *on_2018))]
    assert only(early, "IS301").message.startswith(
        "source src-2018 (published 2018-08-01) certainly predates the signing of agr-2018 (2018-08-26/2018-08-27)"
    )
    assert found(BASE, "IS301") == []


def test_is301_a_signing_date_after_its_source_was_published() -> None:
    late = with_claims(
        BASE, claim("clm-x-late", A20, Predicate.SIGNING_DATE, DateValue(date("2020-08")), "on 8th July", S20)
    )
    assert found(late, "IS301") == [("claims[clm-x-late].value.date", (S20,))]
    assert "certainly after its source src-2020 was published (2020-07-09)" in only(late, "IS301").message


def test_is302_a_source_possibly_published_before_the_signing() -> None:
    coarse = changed_source(BASE, S18, published=date("2018-08"))
    on_2018 = tuple(c.id for c in BASE.claims if c.source == S18 and c.subject == A18)
    assert found(coarse, "IS302") == [("sources[src-2018].published", (A18, *on_2018))]
    assert "possibly predates" in only(coarse, "IS302").message
    assert found(coarse, "IS301") == []


def test_is304_a_correction_dated_before_the_claim_it_corrects() -> None:
    broken = changed_correction(BASE, "cor-companies", date=date("2020-07-01"))
    assert found(broken, "IS304") == [("corrections[cor-companies].date", ("clm-20-syrian-companies", S20))]
    same_month = changed_correction(BASE, "cor-companies", date=date("2020-07"))
    assert found(same_month, "IS304") == []
