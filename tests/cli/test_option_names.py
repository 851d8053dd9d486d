"""Messages name only options that exist (issue 24, class 8: an error said ``--file:``, which no command has).

``new-source`` named a refused field by building an option from the field's
name (``--{field}``); the article's file name became ``--file``. These tests
read every string of the package (messages, help, docstrings) and hold each
``--option`` it names to the options the app registers: in a command's own
module, to that command's options and the root's; elsewhere, to some
command's. An option name built from a value (``f"--{name}"``) is allowed
only where an option is declared (``typer.Option(f"--{kind}")``), so no message
can make one up.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
import typer

import iransyria
from iransyria import cli
from tests.cli.helpers import run

OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")

#: Strings that are not this app's options, by module, and why.
NOT_OURS: dict[str, set[str]] = {
    # The catalogue's example of a mistyped option (IE503).
    "iransyria.errors": {"--jsn"},
    # The options of the module's own maintenance script (python -m iransyria.cli.command_docs --write).
    "iransyria.cli.command_docs": {"--write"},
    # The options of the maintainers' comparison script (python -m iransyria.data.compare).
    "iransyria.data.compare": {"--locate", "--details"},
    # CSS custom properties of the HTML report (var(--line)).
    "iransyria.extraction.report": {"--bg", "--line", "--pad"},
}


def _walk(command: object, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
    found = [(path, command)]
    for name, sub in (getattr(command, "commands", None) or {}).items():
        found += _walk(sub, (*path, name))
    return found


def _options(command: object) -> set[str]:
    names = {"--help"}
    for param in getattr(command, "params", []):
        names |= {name for name in [*param.opts, *param.secondary_opts] if name.startswith("--")}
    return names


def _module_of(command: object) -> str | None:
    callback = getattr(command, "callback", None)
    while callback is not None and hasattr(callback, "__wrapped__"):
        callback = callback.__wrapped__
    return None if callback is None else callback.__module__


COMMANDS = _walk(typer.main.get_command(cli.app))
ROOT = _options(COMMANDS[0][1])
ANY = set().union(*(_options(command) for _, command in COMMANDS))
BY_MODULE: dict[str, set[str]] = {}
for _path, _command in COMMANDS[1:]:
    module = _module_of(_command)
    if module is not None and not getattr(_command, "commands", None):
        BY_MODULE.setdefault(module, set()).update(_options(_command) | ROOT)


#: Each command by its words ("show claims"), longest first, with its options and the root's.
BY_PATH = sorted(
    ((" ".join(path), _options(command) | ROOT) for path, command in COMMANDS[1:]),
    key=lambda pair: -len(pair[0]),
)


def _named_after(before: str, allowed: set[str]) -> set[str]:
    """The options a mention may name: those of the command named just before it (`read --json`), else ``allowed``."""
    for words, options in BY_PATH:
        if before.endswith(f"{words} "):
            return options
    return allowed


def _modules() -> list[str]:
    names = [iransyria.__name__]
    for info in pkgutil.walk_packages(iransyria.__path__, prefix="iransyria."):
        names.append(info.name)
    return sorted(names)


def _source(module: str) -> tuple[Path, ast.Module]:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    path = Path(spec.origin)
    return path, ast.parse(path.read_text(encoding="utf-8"))


def _declarations(tree: ast.Module) -> set[int]:
    """The ids of the f-strings that are an option's declaration: arguments of ``typer.Option(...)``."""
    declared: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if called == "Option":
                declared |= {id(arg) for arg in node.args}
    return declared


def test_every_command_was_found_with_its_module() -> None:
    commands = [command for path, command in COMMANDS[1:] if not getattr(command, "commands", None)]
    assert len(commands) >= 20
    assert all(str(_module_of(command)).startswith("iransyria.cli.") for command in commands)
    assert (
        "--max-errors" in BY_MODULE["iransyria.cli.check"]
        and "--max-errors" not in BY_MODULE["iransyria.cli.search"]
    )


@pytest.mark.parametrize("module", _modules())
def test_every_option_a_module_names_exists(module: str) -> None:
    path, tree = _source(module)
    allowed = BY_MODULE.get(module, ANY) | NOT_OURS.get(module, set())
    declared = _declarations(tree)
    unknown: list[str] = []
    built: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            unknown += [
                f"{path.name}:{node.lineno}: {match.group()}"
                for match in OPTION.finditer(node.value)
                if match.group() not in _named_after(node.value[: match.start()], allowed)
            ]
        if isinstance(node, ast.JoinedStr) and id(node) not in declared:
            for part, after in zip(node.values, node.values[1:], strict=False):
                if (
                    isinstance(part, ast.Constant)
                    and isinstance(part.value, str)
                    and part.value.endswith("--")
                    and isinstance(after, ast.FormattedValue)
                ):
                    built.append(f"{path.name}:{node.lineno}: an option name built from a value")
    assert unknown == []
    assert built == []


def test_the_check_would_see_a_made_up_option() -> None:
    """The pattern and the sets catch what the bug printed: ``--file`` is no option of new-source, nor of any."""
    assert OPTION.findall("--file: expected the bare name") == ["--file"]
    assert "--file" not in BY_MODULE["iransyria.cli.authoring"] and "--file" not in ANY
    assert "--id" in BY_MODULE["iransyria.cli.authoring"]


def test_a_refused_article_name_is_named_as_the_argument_not_a_made_up_option(tmp_path: Path) -> None:
    """The article's name becomes the source's file; a name the model refuses is the ARTICLE's fault."""
    article = tmp_path / " blank-first.txt"
    article.write_text("Hatami signed the pact in Damascus.\n", encoding="utf-8")
    result = run("new-source", str(article), "--id", "src-made-up", "--title", "T")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("iransyria: ARTICLE: expected the bare name of a file"), result.stderr
    assert "--file" not in result.stderr and len(result.stderr.splitlines()) == 1
