"""docs/rules.md is what the registry and the rules' docstrings render, and drift is caught."""

from __future__ import annotations

import subprocess
import sys

import attrs
import pytest

from iransyria.rules import RULES, rule_docs
from iransyria.rules.rule_docs import SECTIONS, UndocumentedWarning, render_markdown, sections
from tests.conftest import REPO

DOCS = REPO / "docs" / "rules.md"


def differs_from_committed(rendered: str) -> bool:
    """The comparison the docs test makes: does the rendering differ from the committed page?"""
    return rendered != DOCS.read_text(encoding="utf-8")


def test_the_committed_rule_reference_is_what_the_code_renders() -> None:
    assert not differs_from_committed(render_markdown()), (
        "docs/rules.md is stale: run python -m iransyria.rules.rule_docs > docs/rules.md"
    )


def test_a_changed_docstring_is_noticed() -> None:
    # A planted drift: one rule's docstring says something the page does not.
    drifted = [
        attrs.evolve(rule, doc=rule.doc.replace("## Why\n", "## Why\nA planted sentence.\n"))
        if rule.code == "IS603"
        else rule
        for rule in RULES
    ]
    rendered = render_markdown(drifted)
    assert differs_from_committed(rendered)
    assert "**Why.** A planted sentence." in rendered


def test_a_dropped_or_renamed_rule_is_noticed() -> None:
    assert differs_from_committed(render_markdown(RULES[1:]))
    renamed = [attrs.evolve(r, name="renamed") if r.code == "IS101" else r for r in RULES]
    assert differs_from_committed(render_markdown(renamed))


def test_every_rule_docstring_has_the_three_sections() -> None:
    for rule in RULES:
        summary, found = sections(rule)
        assert summary and tuple(found) == SECTIONS, rule.code
        assert found["Example"].startswith("`"), rule.code  # a path, then the message


def test_a_docstring_without_a_section_is_refused() -> None:
    rule = RULES[0]
    without_why = attrs.evolve(rule, doc=rule.doc.replace("## Why\n", ""))
    with pytest.raises(ValueError, match="IS101: the docstring must be"):
        sections(without_why)
    with pytest.raises(ValueError):
        render_markdown([without_why])


def test_an_unexplained_shipped_warning_fails_the_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    explained = dict(rule_docs.SHIPPED_WARNINGS)
    dropped = next(iter(explained))
    del explained[dropped]
    monkeypatch.setattr(rule_docs, "SHIPPED_WARNINGS", explained)
    with pytest.raises(UndocumentedWarning, match="without an explanation"):
        render_markdown()


def test_an_explanation_of_no_warning_fails_the_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    stale = {**rule_docs.SHIPPED_WARNINGS, ("IS402", "agreements[agr-x].signatories[0]"): "gone"}
    monkeypatch.setattr(rule_docs, "SHIPPED_WARNINGS", stale)
    with pytest.raises(UndocumentedWarning, match="explanations of no warning"):
        render_markdown()


def test_the_module_prints_the_page() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "iransyria.rules.rule_docs"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        cwd=REPO,
    )
    assert result.stdout == render_markdown()
