"""The cli package's layout: imports run one way (no cycle, even inside functions), modules stay small."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import typer
import typer.main

from tests.conftest import REPO

PACKAGE = REPO / "iransyria" / "cli"


def _name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(path): path for path in PACKAGE.rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """The cli modules ``path`` imports, at any depth of the file (functions included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
    return found & set(MODULES)


GRAPH = {name: _imports(path) for name, path in MODULES.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """A cycle in ``graph`` as the modules along it, or [] when there is none."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(module: str) -> list[str]:
        state[module] = 1
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[module] = 2
        return []

    for module in sorted(graph):
        if module not in state and (found := visit(module)):
            return found
    return []


def test_the_cli_modules_import_each_other_one_way() -> None:
    assert _cycle(GRAPH) == []


def test_the_cycle_check_finds_a_planted_cycle() -> None:
    planted = {**GRAPH, "iransyria.cli.render": GRAPH["iransyria.cli.render"] | {"iransyria.cli.options"}}
    cycle = _cycle(planted)
    assert cycle[0] == cycle[-1]  # where it is entered depends on which modules import render
    assert sorted(cycle[1:]) == ["iransyria.cli.options", "iransyria.cli.render"]


def test_only_the_package_root_and_the_reference_import_the_app() -> None:
    # Command modules import errors, options and render, never the app or the package root:
    # the app imports them to register them.
    importers = {name for name, targets in GRAPH.items() if targets & {"iransyria.cli", "iransyria.cli.app"}}
    assert importers == {"iransyria.cli", "iransyria.cli.command_docs"}


def test_every_command_comes_from_a_group_module() -> None:
    # A group is a module with register(app), listed in app.GROUPS; nothing else adds commands.
    # importlib: the package re-exports the Typer app under the submodule's name.
    app_module = importlib.import_module("iransyria.cli.app")
    registered: list[str] = []
    for group in app_module.GROUPS:
        alone = typer.Typer()
        group.register(alone)
        registered += [c.name or "" for c in alone.registered_commands]
        registered += [g.name or "" for g in alone.registered_groups]
    root = typer.main.get_command(app_module.app)
    listed = root.list_commands(typer.Context(root))
    assert sorted(registered) == sorted(listed) == [
        "check", "claimreview", "export", "locate", "new-source", "read", "schema", "search", "show", "timeline",
        "verify",
    ]  # fmt: skip


def test_no_cli_module_is_longer_than_500_lines() -> None:
    lengths = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    assert {name: n for name, n in lengths.items() if n > 500} == {}
