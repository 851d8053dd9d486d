"""Per fact category: a true claim drawn from the shipped records is supported, a one-part change contradicted.

Categories: who signed which agreement; when; where; who held which office at
a date (and the office given at a date); which weekday; which agreement a fact
belongs to; which event a fact belongs to. Each false variant must be contradicted by the named rule.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iransyria
from iransyria.dataset import Dataset
from iransyria.verification import Verdict, verify
from tests import strategies
from tests.strategies import at_most

DATA = iransyria.shipped()

CATEGORIES: dict[str, Callable[[Dataset], st.SearchStrategy[strategies.VerifyCase]]] = {
    "signatory": strategies.signatory_cases,
    "signing-date": strategies.signing_date_cases,
    "signing-place": strategies.signing_place_cases,
    "office-at-date": strategies.office_cases,
    "office-given-at-date": strategies.office_swap_cases,
    "weekday": strategies.weekday_cases,
    "agreement-identity": strategies.identity_cases,
    "event-identity": strategies.event_identity_cases,
}


@pytest.mark.parametrize("category", sorted(CATEGORIES))
def test_true_claims_are_supported_and_one_changed_part_is_contradicted_by_the_rule(category: str) -> None:
    @at_most(15)
    @given(CATEGORIES[category](DATA))
    def check(case: strategies.VerifyCase) -> None:
        true, false, code = case
        supported = verify(true, DATA)
        assert supported.verdict is Verdict.SUPPORTED, (supported.reason, supported.findings)
        assert supported.evidence, "a supported claim shows what supports it"
        contradicted = verify(false, DATA)
        assert contradicted.verdict is Verdict.CONTRADICTED, contradicted.reason
        assert code in {f.code for f in contradicted.findings}, contradicted.reason
        assert contradicted.evidence, "a contradicted claim shows what contradicts it"

    check()
