"""The app (iransyria/cli/app.py): help, exit codes in it, the console script, ``python -m``, start-up."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from iransyria import cli
from iransyria.models import (
    Agreement,
)
from iransyria.serialization import structure
from tests.cli.helpers import ENV, SHIPPED, fits_80_columns, run, runner
from tests.conftest import REPO
from tests.test_queries import (
    AGR_2018,
    AGR_2020,
    AGR_ECONOMIC,
)


def _help(*args: str) -> str:
    result = runner.invoke(cli.app, [*args, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    return " ".join(result.stdout.split())


def test_help_documents_the_exit_codes() -> None:
    assert "Exit codes: 0 success; 1 check found errors" in _help()
    assert "Exit codes: 0 no errors (warnings alone, unless --strict); 1 errors found" in _help("check")
    main_help = runner.invoke(cli.app, ["--help"]).stdout
    for command in ("show", "timeline", "check", "export", "--install-completion", "--show-completion"):
        assert command in main_help


def test_each_commands_help_lists_its_own_exit_codes_and_h_is_help() -> None:
    """Not one footnote for all: show lists 0 and 2, locate its 1, verify its 3 (issue 23)."""
    import typer

    for path in _every_command(typer.main.get_command(cli.app))[1:]:  # the root lists them all
        text = _help(*path)
        codes = text.split("Exit codes: ", 1)[1]
        own = {
            "check": "1 errors found",
            "locate": "1 it is not",
            "read": "1 one or more contradicted",
            "verify": "3 not established",
        }
        assert codes.startswith("0 "), path
        assert ("; 3 " in codes) == (path == ("verify",)), path
        assert ("; 1 " in codes) == (path[-1] in own), path
        if path[-1] in own:
            assert own[path[-1]] in codes, path
        assert "check found errors" not in codes, path  # not the root's footnote
        short = runner.invoke(cli.app, [*path, "-h"], env={"COLUMNS": "100"})
        assert short.exit_code == 0 and " ".join(short.stdout.split()) == text, path


def test_no_command_shows_help_and_a_bad_one_exits_2() -> None:
    assert "Usage" in runner.invoke(cli.app, []).output
    assert runner.invoke(cli.app, ["frobnicate"]).exit_code == 2
    assert runner.invoke(cli.app, ["show", "agreement"]).exit_code == 2  # missing ID


def _console_script() -> str:
    found = shutil.which("iransyria") or str(Path(sys.executable).with_name("iransyria"))
    if not Path(found).exists():
        pytest.skip("the iransyria console script is not installed")
    return found


def _subprocess_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    env["COLUMNS"] = "80"
    return env


def test_the_installed_console_script() -> None:
    done = subprocess.run(
        [_console_script(), "show", "agreements"],
        capture_output=True,
        text=True,
        env=_subprocess_env(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for agreement_id in (AGR_2018, AGR_2020, AGR_ECONOMIC):
        assert agreement_id in done.stdout
    assert "2018-08-26/2018-08-27" in done.stdout and "Amir Hatami" in done.stdout
    fits_80_columns(done.stdout)  # not a terminal: plain
    assert done.stderr == ""
    missing = subprocess.run(
        [_console_script(), "show", "agreement", "agr-2019"], capture_output=True, text=True, check=False
    )
    assert missing.returncode == 2
    assert 'no agreement "agr-2019": did you mean Iran–Syria' in missing.stderr
    assert "(agr-2018-military-cooperation)?" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "iransyria", "show", "agreements", "--json"],
        capture_output=True,
        cwd=REPO,
        env=_subprocess_env(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert structure(orjson.loads(done.stdout), list[Agreement]) == list(SHIPPED.agreements)


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    return set(done.stdout.split())


def _heavy(modules: set[str], *prefixes: str) -> set[str]:
    return {m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)}


def test_import_iransyria_loads_no_cli_and_no_data() -> None:
    loaded = _loaded_after("import iransyria")
    assert _heavy(loaded, "typer", "rich", "iransyria.data", "iransyria.cli", "iransyria.rules") == set()


def test_the_cli_and_queries_load_rich_and_data_only_when_used() -> None:
    assert _heavy(_loaded_after("import iransyria.cli"), "rich", "iransyria.data") == set()
    assert _heavy(_loaded_after("import iransyria.queries"), "typer", "rich", "iransyria.data") == set()


def _every_command(command: object, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    # By the commands a group holds, not isinstance(click.Group): typer (0.2x) carries its own copy of
    # click, whose groups are no click.Group, and the walk stopped at the root (the tests that use it
    # checked the root's help alone).
    found = [path]
    for name, sub in (getattr(command, "commands", None) or {}).items():
        found += _every_command(sub, (*path, name))
    return found


def test_the_walk_finds_every_command() -> None:
    import typer

    paths = _every_command(typer.main.get_command(cli.app))
    assert {("check",), ("show",), ("show", "claims"), ("verify",), ("new-source",)} <= set(paths)
    assert len(paths) >= 25


def test_flags_render_as_flags_in_every_help() -> None:
    import typer

    from iransyria.cli import app

    for path in _every_command(typer.main.get_command(app)):
        result = runner.invoke(app, [*path, "--help"], env={**ENV, "COLUMNS": "120"})
        assert result.exit_code == 0, path
        assert "<bool>" not in result.stdout, path
    assert "--json " in runner.invoke(app, ["show", "agreement", "--help"], env=ENV).stdout


def test_version_gives_the_code_and_the_data_version() -> None:
    import iransyria

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"iransyria {iransyria.__version__} (data {iransyria.DATA_VERSION})\n"


def test_the_console_script_builds_only_the_command_it_runs() -> None:
    import typer

    from iransyria.cli import app
    from iransyria.cli.app import narrowed

    built = typer.main.get_command(narrowed(app, ["--no-pager", "show", "agreements", "--json"]))
    show = built.commands["show"]  # type: ignore[attr-defined]
    assert [p.name for p in show.commands["agreements"].params] == ["actor", "source", "mentioned", "json"]
    assert show.commands["claims"].params == []  # a listing entry: name and help only
    assert built.commands["check"].params == []


def test_a_narrowed_app_prints_every_help_and_error_the_whole_app_prints() -> None:
    import typer

    from iransyria.cli import app
    from iransyria.cli.app import narrowed

    paths = _every_command(typer.main.get_command(app))
    cases = [[*path, "--help"] for path in paths]
    cases += [[], ["show"], ["shwo"], ["show", "agreemnts"], ["show", "claims", "--standing", "nope"]]
    cases += [["--data", "missing.json", "check", "--help"], ["--version"]]
    for args in cases:
        whole = runner.invoke(app, args, env={**ENV, "COLUMNS": "100"})
        narrow = runner.invoke(narrowed(app, args), args, env={**ENV, "COLUMNS": "100"})
        assert (narrow.exit_code, narrow.output) == (whole.exit_code, whole.output), args


def test_the_package_and_the_command_line_load_no_record_types_until_used() -> None:
    assert _heavy(_loaded_after("import iransyria"), "attr", "iransyria.models", "iransyria.dataset") == set()
    assert _heavy(_loaded_after("import iransyria.cli"), "iransyria.models", "iransyria.dataset") == set()
    loaded = _loaded_after("import iransyria; iransyria.Claim")
    assert {"iransyria.models", "iransyria.models.claim"} <= loaded


def test_the_dataset_function_outlives_loading_the_dataset_module() -> None:
    code = "import iransyria, iransyria.dataset; print(len(iransyria.shipped().claims))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 0


def test_the_command_path_skips_the_root_options_that_leave_it_unchanged() -> None:
    from iransyria.cli.app import _command_words

    assert _command_words(["--data", "x.json", "--no-pager", "show", "agreements", "--json"]) == [
        "show",
        "agreements",
    ]
    assert _command_words(["--data=x.json", "--no-shipped", "check", "FILE"]) == ["check", "FILE"]
    assert _command_words(["--version", "show"]) == []  # the root answers: the whole app is built
