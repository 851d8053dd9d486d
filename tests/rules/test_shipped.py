"""The shipped dataset passes every rule; its warnings are the ones docs/rules.md explains."""

from __future__ import annotations

from pathlib import Path

from iransyria.rules import Severity, Violation, rule_docs, validate
from tests.conftest import REPO
from tests.rules.conftest import (
    SHIPPED,
)


def _shipped_warnings_documented(violations: list[Violation]) -> None:
    docs = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    shipped_section = docs.split("## Warnings on the shipped dataset", 1)[1]
    for violation in violations:
        if violation.severity is Severity.WARNING:
            assert f"`{violation.code}` `{violation.path}`" in shipped_section, str(violation)


def test_the_shipped_dataset_has_no_errors() -> None:
    violations = validate(SHIPPED)
    assert [str(v) for v in violations if v.severity is Severity.ERROR] == []
    _shipped_warnings_documented(violations)


def test_the_shipped_dataset_has_no_errors_against_its_articles(articles: Path) -> None:
    violations = validate(SHIPPED, articles)
    assert [str(v) for v in violations if v.severity is Severity.ERROR] == []
    _shipped_warnings_documented(violations)


def test_every_shipped_warning_is_explained_in_the_rule_docs_module(articles: Path) -> None:
    for violation in validate(SHIPPED, articles):
        if violation.severity is Severity.WARNING:
            assert (violation.code, violation.path) in rule_docs.SHIPPED_WARNINGS, str(violation)
