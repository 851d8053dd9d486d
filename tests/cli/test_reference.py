"""The generated reference (iransyria/cli/reference.py): docs/cli.md lists exactly the app's commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
import typer.main

from iransyria.cli import reference
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
    assert reference.section(document), "docs/cli.md has no generated section"
    drift = reference.diff(document)
    assert drift == [], (
        "docs/cli.md is stale; run `python -m iransyria.cli.reference --write docs/cli.md`\n"
        + ("\n".join(drift))
    )


def test_the_reference_lists_every_command_option_and_exit_code() -> None:
    generated = reference.markdown()
    for heading in ("`iransyria check`", "`iransyria show agreements`", "`iransyria show correction`"):
        assert f"### {heading}" in generated
    for option in ("`--data FILE`", "`--articles DIR`", "`-o, --out FILE`", "`--strict`"):
        assert option in generated
    for code in EXIT_MEANINGS:
        assert f"\n| {code} | " in generated


def test_a_changed_command_help_is_drift() -> None:
    document = DOC.read_text(encoding="utf-8")
    root = reference.command_tree()
    planted = _subcommand(root, "show", "agreements")
    planted.help = "Planted drift. " + planted.help
    found = reference.diff(document, root)
    assert any(line.startswith("+") and "Planted drift." in line for line in found), found
    assert reference.diff(document) == []  # the tree is built afresh: the planted change stays in the copy


def test_a_changed_option_a_new_command_and_a_changed_exit_code_are_drift() -> None:
    document = DOC.read_text(encoding="utf-8")
    root = reference.command_tree()
    (strict,) = [p for p in _subcommand(root, "check").params if p.name == "strict"]
    strict.help = "Exit 1 on anything."
    assert any("Exit 1 on anything." in line for line in reference.diff(document, root))

    extra = typer.Typer()

    @extra.command()
    def planted() -> None:
        """Planted: a command the docs do not list."""

    root = reference.command_tree()
    root.add_command(typer.main.get_command(extra), "planted")
    assert any("### `iransyria planted`" in line for line in reference.diff(document, root))

    exits = {**EXIT_MEANINGS, 9: "planted"}
    assert any(line == "+| 9 | planted |" for line in reference.diff(document, exits=exits))


def test_a_document_without_the_markers_is_drift() -> None:
    assert reference.section("# The command line\n") == ""
    assert reference.diff("# The command line\n")


def test_write_replaces_only_the_generated_section(tmp_path: Path) -> None:
    path = tmp_path / "cli.md"
    path.write_text(
        f"# Prose before\n\n{reference.BEGIN}\nstale\n{reference.END}\n\nProse after.\n", encoding="utf-8"
    )
    assert reference.main(["--write", str(path)]) == 0
    written = path.read_text(encoding="utf-8")
    assert written.startswith("# Prose before\n\n")
    assert written.endswith(f"{reference.END}\n\nProse after.\n")
    assert "stale" not in written
    assert reference.diff(written) == []
