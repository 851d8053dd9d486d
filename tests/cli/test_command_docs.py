"""The generated reference (iransyria/cli/command_docs.py): docs/cli.md lists exactly the app's commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
import typer.main

from iransyria.cli import command_docs
from iransyria.cli.errors import EXIT_MEANINGS
from tests.conftest import REPO

DOC = REPO / "docs" / "cli.md"


def _subcommand(root: Any, *path: str) -> Any:
    """The command at ``path`` under ``root`` (``"show", "agreements"``)."""
    command, ctx = root, typer.Context(root, info_name="iransyria")
    for name in path:
        command = command.get_command(ctx, name)
        ctx = typer.Context(command, parent=ctx, info_name=name)
    return command


def test_docs_cli_md_is_what_the_code_generates() -> None:
    document = DOC.read_text(encoding="utf-8")
    assert command_docs.section(document), "docs/cli.md has no generated section"
    drift = command_docs.diff(document)
    assert drift == [], (
        "docs/cli.md is stale; run `python -m iransyria.cli.command_docs --write docs/cli.md`\n"
        + ("\n".join(drift))
    )


def test_the_reference_lists_every_command_option_and_exit_code() -> None:
    generated = command_docs.markdown()
    for heading in ("`iransyria check`", "`iransyria show agreements`", "`iransyria show correction`"):
        assert f"### {heading}" in generated
    for option in ("`--data PATH`", "`--articles DIR`", "`-o, --out FILE`", "`--strict`"):
        assert option in generated
    for code in EXIT_MEANINGS:
        assert f"\n| {code} | " in generated


def test_a_changed_command_help_is_drift() -> None:
    document = DOC.read_text(encoding="utf-8")
    root = command_docs.command_tree()
    planted = _subcommand(root, "show", "agreements")
    planted.help = "Planted drift. " + planted.help
    found = command_docs.diff(document, root)
    assert any(line.startswith("+") and "Planted drift." in line for line in found), found
    assert command_docs.diff(document) == []  # the tree is built afresh: the planted change stays in the copy


def test_a_changed_option_a_new_command_and_a_changed_exit_code_are_drift() -> None:
    document = DOC.read_text(encoding="utf-8")
    root = command_docs.command_tree()
    (strict,) = [p for p in _subcommand(root, "check").params if p.name == "strict"]
    strict.help = "Exit 1 on anything."
    assert any("Exit 1 on anything." in line for line in command_docs.diff(document, root))

    extra = typer.Typer()

    @extra.command()
    def planted() -> None:
        """Planted: a command the docs do not list."""

    root = command_docs.command_tree()
    root.add_command(typer.main.get_command(extra), "planted")
    assert any("### `iransyria planted`" in line for line in command_docs.diff(document, root))

    exits = {**EXIT_MEANINGS, 9: "planted"}
    assert any(line == "+| 9 | planted |" for line in command_docs.diff(document, exits=exits))


def test_a_document_without_the_markers_is_drift() -> None:
    assert command_docs.section("# The command line\n") == ""
    assert command_docs.diff("# The command line\n")


def test_write_replaces_only_the_generated_section(tmp_path: Path) -> None:
    path = tmp_path / "cli.md"
    path.write_text(
        f"# Prose before\n\n{command_docs.BEGIN}\nstale\n{command_docs.END}\n\nProse after.\n",
        encoding="utf-8",
    )
    assert command_docs.main(["--write", str(path)]) == 0
    written = path.read_text(encoding="utf-8")
    assert written.startswith("# Prose before\n\n")
    assert written.endswith(f"{command_docs.END}\n\nProse after.\n")
    assert "stale" not in written
    assert command_docs.diff(written) == []
