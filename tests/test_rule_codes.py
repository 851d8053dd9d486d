"""A rule's or an error's code is written in the module that defines it, and nowhere else in the package.

Elsewhere a rule is referred to by the object :func:`iransyria.rules.base.register`
returns (``references_resolve.code``), so renaming or splitting a rule touches
its own module only. The check: every string constant in ``iransyria/`` that is
exactly a code (``"IS102"``, ``"IE201"``) stands in the module defining it: a
rule's family module, :mod:`iransyria.rules.base` for a retired code,
:mod:`iransyria.errors` for an error code. Codes inside longer texts (an
example message, a docstring) are prose, and the tests and docs quote codes
freely.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from iransyria.rules import registered
from iransyria.rules.base import RETIRED
from tests.test_architecture import PACKAGE, ROOT, module_name, parse_package

CODE = re.compile(r"I[SEW][0-9]{3}")


def defining_module(code: str) -> str | None:
    """The module a code may be written in, or None for a code nothing defines."""
    rules = {rule.code: rule.family for rule in registered()}
    if code in rules:
        return rules[code]
    if code in RETIRED:
        return "iransyria.rules.base"
    if code.startswith("IE"):
        return "iransyria.errors"
    return None


def misplaced_codes(trees: dict[str, ast.Module]) -> list[str]:
    """Every code constant outside its defining module, as 'module:line: CODE'."""
    found = []
    for name, tree in sorted(trees.items()):
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and CODE.fullmatch(node.value)
                and defining_module(node.value) != name
            ):
                found.append(f"{name}:{node.lineno}: {node.value}")
    return found


def test_every_code_is_written_only_in_its_defining_module() -> None:
    assert misplaced_codes(parse_package()) == []


def test_the_check_sees_the_codes_the_rules_write() -> None:
    # If the walk missed constants, the test above would pass on anything.
    trees = parse_package()
    identity = [
        node for node in ast.walk(trees["iransyria.rules.identity"]) if isinstance(node, ast.Constant)
    ]
    assert any(node.value == "IS102" for node in identity)
    assert defining_module("IS102") == "iransyria.rules.identity"
    assert defining_module("IE201") == "iransyria.errors"
    assert defining_module("IS303") == "iransyria.rules.base"


def test_a_planted_code_outside_its_module_is_reported(tmp_path: Path) -> None:
    package = tmp_path / PACKAGE
    (package / "rules").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "rules" / "__init__.py").write_text("")
    (package / "rules" / "identity.py").write_text('CODE = "IS102"\n')
    (package / "rules" / "other.py").write_text(
        'WHY = "IS102 is about references"\n\ndef f(v):\n    return v.code == "IS102"\n'
    )
    trees = parse_package(package, PACKAGE)
    assert misplaced_codes(trees) == ["iransyria.rules.other:4: IS102"]
    assert module_name(package / "rules" / "other.py", package, PACKAGE) == "iransyria.rules.other"
    assert ROOT.name == PACKAGE
