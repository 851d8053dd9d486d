"""The registry: codes, names, severities, docstrings, and how validate() orders what it finds."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import attrs
import pytest

from iransyria import rules
from iransyria.errors import InvalidField
from iransyria.rules import RULES, Context, Severity, Violation, validate
from iransyria.rules.base import register, registered
from tests.conftest import REPO
from tests.rules.conftest import (
    BASE,
    HAT,
    IRAN_MOD,
    S18,
    changed_correction,
    changed_source,
    date,
    office,
)


def test_the_base_dataset_passes_every_rule(article_dir: Path) -> None:
    assert validate(BASE) == []
    assert validate(BASE, article_dir) == []


def test_rules_are_registered_in_code_order_with_names_and_docs() -> None:
    codes = [rule.code for rule in RULES]
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert re.fullmatch(r"IS[1-9]\d\d", rule.code)
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)
        assert rule.doc and rule.doc == rule.doc.strip()
        assert rule.doc == inspect.cleandoc(rule.check.__doc__ or "")


def test_validate_sorts_errors_first_then_code_then_path() -> None:
    broken = changed_source(BASE, S18, published=date("2018-08"))  # IS302 warning
    broken = changed_correction(broken, "cor-foreign", after="Foreign Minister")  # IS603 error
    broken = broken.evolve(actors=[a for a in broken.actors if a.id != HAT])  # IS102 errors
    violations = validate(broken)
    keys = [(v.severity is Severity.WARNING, v.code, v.path) for v in violations]
    assert keys == sorted(keys)
    assert violations[0].severity is Severity.ERROR and violations[-1].code == "IS302"
    assert all("\n" not in v.message for v in violations)


def _one_sort(violations: list[Violation]) -> list[Violation]:
    rank = {Severity.ERROR: 0, Severity.WARNING: 1}
    return sorted(violations, key=lambda v: (rank[v.severity], v.code, v.path, v.message, v.related))


def test_validate_orders_its_findings_as_one_sort_of_them_all(monkeypatch: pytest.MonkeyPatch) -> None:
    # validate sorts each rule's findings on its own; that must be the order of one sort by
    # severity, code, path, message and related, also when a check reports under another code.
    broken = changed_source(BASE, S18, published=date("2018-08"))
    broken = changed_correction(broken, "cor-foreign", after="Foreign Minister")
    broken = broken.evolve(actors=[a for a in broken.actors if a.id != HAT])
    ctx = Context(broken)
    found = [v for rule in RULES for v in rule.check(ctx)]
    assert len({v.code for v in found}) > 2
    assert validate(broken) == _one_sort(found)

    def foreign(ctx: Context) -> list[Violation]:
        return [Violation("IS001", Severity.ERROR, "first of all", "actors[zzz]")]

    stray = rules.Rule("IS999", "stray", Severity.WARNING, foreign, "")
    monkeypatch.setattr(rules, "RULES", (*RULES, stray))
    assert validate(broken) == _one_sort([*found, *foreign(ctx)])
    assert validate(broken)[0].code == "IS001"


def test_a_rule_yields_violations_of_its_own_code_and_severity() -> None:
    broken = changed_source(BASE, S18, published=date("2018-08"))
    by_code = {rule.code: rule for rule in RULES}
    for violation in validate(broken):
        assert violation.severity is by_code[violation.code].severity


def test_docs_describe_every_rule() -> None:
    docs = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"`{rule.code}`" in docs, rule.code
        assert rule.name in docs, rule.name


CODES = {
    "IS101": "unique-ids",
    "IS102": "references-resolve",
    "IS103": "reference-kinds",
    "IS104": "unique-names",
    "IS105": "derivation-loop",
    "IS201": "agreement-identity",
    "IS202": "party-has-another-signatory",
    "IS203": "signatory-not-a-party-representative",
    "IS204": "event-identity",
    "IS301": "report-predates-signing",
    "IS302": "report-may-predate-signing",
    "IS304": "correction-predates-claim",
    "IS305": "weekday-mismatch",
    "IS306": "reference-date-mismatch",
    "IS307": "reference-place-mismatch",
    "IS401": "signatory-out-of-office",
    "IS402": "signatory-may-be-out-of-office",
    "IS403": "signatory-office-unknown",
    "IS404": "office-not-held-then",
    "IS405": "office-may-not-be-held-then",
    "IS406": "office-held-by-another",
    "IS501": "conflicting-claims",
    "IS502": "half-settled-dispute",
    "IS601": "corrected-claim-standing",
    "IS602": "publisher-correction-source",
    "IS603": "correction-changes-something",
    "IS604": "correction-loop",
    "IS605": "unexplained-standing",
    "IS606": "repeats-corrected-claim",
    "IS701": "unsupported-field",
    "IS702": "unreflected-claim",
    "IS802": "article-missing",
    "IS803": "article-hash",
    "IS804": "quote-not-in-article",
    "IS805": "quote-offset",
    "IS806": "basis-to-fill",
    "IS901": "unsupported-event-field",
    "IS902": "unreflected-event-claim",
    "IS903": "conflicting-event-claims",
    "IS904": "signing-event-mismatch",
    "IS905": "event-part-of-loop",
}


def test_codes_are_stable_and_retired_codes_stay_retired() -> None:
    assert {rule.code: rule.name for rule in RULES} == CODES
    # IS303 (office-span-order) and IS801 (empty-quote) could never fire on
    # loaded data: the models refuse such records when they are built.
    assert {"IS303", "IS801"}.isdisjoint(CODES)
    with pytest.raises(InvalidField, match=r"ends .* before it starts"):
        office(IRAN_MOD, "2021-08", "2017-08")
    with pytest.raises(InvalidField, match="non-empty"):
        attrs.evolve(BASE.claim_index["clm-18-kind"], quote="   ")


def test_corroboration_is_a_query_not_a_rule() -> None:
    # One definition, in iransyria.queries: the rules module no longer has its own.
    assert not hasattr(rules, "corroboration")
    assert "corroboration" not in rules.__all__


@pytest.mark.parametrize("code", ["IS101", "IS303", "IS801"])
def test_a_code_in_use_or_retired_cannot_be_registered_again(code: str) -> None:
    def check(ctx: Context) -> list[Violation]:
        """A rule that would take a taken code."""
        return []

    with pytest.raises(ValueError, match=f"rule code {code} registered twice or retired"):
        register(code, "taken", Severity.ERROR)(check)
    assert [rule.code for rule in RULES] == [rule.code for rule in registered()]
