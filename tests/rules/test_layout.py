"""The rules package is laid out as its docstring says: a newcomer finds a rule from the file names."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import iransyria.rules
from iransyria.rules import RULES
from tests.conftest import REPO

PACKAGE = REPO / "iransyria" / "rules"

#: Each family module and the hundred of codes it owns.
FAMILIES = {
    "identity": "IS1",
    "agreement_identity": "IS2",
    "timing": "IS3",
    "offices": "IS4",
    "conflicts": "IS5",
    "corrections": "IS6",
    "support": "IS7",
    "evidence": "IS8",
    "events": "IS9",
}


def imports_of(path: Path) -> set[str]:
    """Every iransyria module a file imports, at any depth (inside functions too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # `from iransyria.rules import identity` imports the submodule.
            found.update(
                f"{node.module}.{alias.name}"
                for alias in node.names
                if (REPO / node.module.replace(".", "/") / f"{alias.name}.py").exists()
            )
    return {name for name in found if name.startswith("iransyria")}


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_each_family_module_holds_one_hundred_of_codes() -> None:
    by_module = {rule.family.rsplit(".", 1)[-1] for rule in RULES}
    assert by_module == set(FAMILIES)
    for rule in RULES:
        assert rule.code.startswith(FAMILIES[rule.family.rsplit(".", 1)[-1]]), rule.code


def test_the_package_docstring_names_every_family_module() -> None:
    doc = iransyria.rules.__doc__ or ""
    for module in FAMILIES:
        assert f"``{module}``" in doc, module


def test_no_rules_module_is_longer_than_about_500_lines() -> None:
    for path in PACKAGE.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 500, path.name


def test_the_rules_modules_import_each_other_without_a_cycle() -> None:
    graph = {module_name(path): imports_of(path) for path in PACKAGE.glob("*.py")}
    inside = {name: {dep for dep in deps if dep in graph and dep != name} for name, deps in graph.items()}
    # The package __init__ imports the families; nothing below it imports the package or the reference.
    for name, deps in inside.items():
        if name != "iransyria.rules.rule_docs":
            assert "iransyria.rules.rule_docs" not in deps, name
        if name not in ("iransyria.rules", "iransyria.rules.rule_docs"):
            assert "iransyria.rules" not in deps, name
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, " -> ".join((*path, name))
        if name in done:
            return
        for dep in sorted(inside[name]):
            visit(dep, (*path, name))
        done.add(name)

    for name in sorted(inside):
        visit(name, ())


def test_nothing_below_the_rules_imports_them() -> None:
    # dates -> models -> dataset -> data/serialization -> rules/queries -> verification -> extraction -> cli.
    lower = [
        p
        for p in (REPO / "iransyria").rglob("*.py")
        if not re.search(r"/(rules|verification|extraction|cli)(/|\.py$)", str(p))
    ]
    assert lower
    for path in lower:
        assert not any(name.startswith("iransyria.rules") for name in imports_of(path)), path
