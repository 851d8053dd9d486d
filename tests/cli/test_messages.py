"""Messages on stderr (issues 23 and 24): every line starts with the program's name, on every command.

The rule (docs/errors.md): every line the program writes on stderr starts
with ``iransyria: ``, as git, cp and grep write theirs: one-line errors, each
line of a list of problems, click's usage errors, warnings and notes alike.
Every command is driven here with bad input of its own and with an option it
does not have; a command added without a bad input below fails
:func:`test_every_command_has_a_bad_input_here`, so none can forget the rule.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
import typer

from iransyria import cli
from tests.cli.helpers import run

#: The test's own statement of the rule, not the code's constant.
NAME = "iransyria: "


def _command_paths() -> list[tuple[str, ...]]:
    """Every command the app runs, as the words that name it (``("show", "agreement")``)."""

    def walk(command: object, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        subcommands = getattr(command, "commands", None)
        if not subcommands:
            return [path]
        return [found for name, sub in subcommands.items() for found in walk(sub, (*path, name))]

    return walk(typer.main.get_command(cli.app), ())


COMMANDS = _command_paths()

#: Each command with input it must refuse (exit 2): its own kind of mistake, reaching its own code.
BAD: dict[tuple[str, ...], list[str]] = {
    ("search",): ["search", "Hatami", "--kind", "planet"],
    ("timeline",): ["timeline", "--plot", "{tmp}/timeline.pdf"],
    ("export",): ["export", "--out", "{tmp}/no-such-folder/out.json"],
    ("schema",): ["schema", "extra"],
    ("check",): ["check", "{tmp}/bad.json"],
    ("verify",): ["verify", "--claim", "{"],
    ("claimreview",): ["claimreview", "--date-published", "last Tuesday"],
    ("read",): ["read", "{tmp}/missing.txt"],
    ("new-source",): ["new-source", "{tmp}/missing.txt", "--id", "src-x", "--title", "T"],
    ("locate",): ["locate", "{tmp}/missing.txt", "a quote"],
    ("show", "agreements"): ["show", "agreements", "--actor", "nobody-zzqq"],
    ("show", "agreement"): ["show", "agreement", "agr-zzqq"],
    ("show", "actors"): ["show", "actors", "--kind", "planet"],
    ("show", "actor"): ["show", "actor", "per-zzqq"],
    ("show", "sources"): ["show", "sources", "--agreement", "agr-zzqq"],
    ("show", "source"): ["show", "source", "src-zzqq"],
    ("show", "claims"): ["show", "claims", "--standing", "maybe"],
    ("show", "claim"): ["show", "claim", "clm-zzqq"],
    ("show", "corrections"): ["show", "corrections", "--actor", "nobody-zzqq"],
    ("show", "correction"): ["show", "correction", "cor-zzqq"],
    ("show", "events"): ["show", "events", "--actor", "nobody-zzqq"],
    ("show", "event"): ["show", "event", "evt-zzqq"],
    ("show", "record"): ["show", "record", "xyz-zzqq"],
}


def named_every_line(stderr: str) -> None:
    lines = stderr.splitlines()
    assert lines, "a refusal says why"
    assert all(line.startswith(NAME) for line in lines), lines


def test_every_command_has_a_bad_input_here() -> None:
    assert sorted(BAD) == sorted(COMMANDS)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    # Three problems in one file: a list of problems, each line named.
    (tmp_path / "bad.json").write_bytes(orjson.dumps({"claims": [{"id": 1}, {}]}))
    return tmp_path


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_each_command_names_itself_on_every_line_of_a_refusal(path: tuple[str, ...], folder: Path) -> None:
    result = run(*[arg.replace("{tmp}", str(folder)) for arg in BAD[path]])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    named_every_line(result.stderr)


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_each_command_says_a_usage_error_in_one_named_line(path: tuple[str, ...]) -> None:
    result = run(*path, "--no-such-option")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"{NAME}No such option: --no-such-option. Try 'iransyria {' '.join(path)} -h' for help.\n"
    )


def test_a_list_of_problems_names_the_program_on_each_line(folder: Path) -> None:
    result = run("--no-shipped", "--data", str(folder / "bad.json"), "show", "agreements")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) >= 3
    assert all(line.startswith(f"{NAME}{folder / 'bad.json'}: claims[") for line in lines), lines


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["shw"], "No such command 'shw'. Did you mean 'show'? Try 'iransyria -h' for help."),
        (["show", "claim"], "Missing argument 'CLAIM'. Try 'iransyria show claim -h' for help."),
        (
            ["check", "--max-errors", "0"],
            "Invalid value for '--max-errors': Input should be greater than or equal to 1. "
            "Try 'iransyria check -h' for help.",
        ),
        (["check", "a", "b"], "Got unexpected extra argument(s) (b). Try 'iransyria check -h' for help."),
        (["--data"], "Option '--data' requires an argument."),
    ],
)
def test_usage_errors_of_the_parser_are_one_named_line(args: list[str], message: str) -> None:
    result = run(*args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", NAME + message + "\n")


def test_notes_on_stderr_are_named_too(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("export", "--out", str(out))
    assert result.exit_code == 0
    assert result.stderr.startswith(f"{NAME}wrote ") and result.stderr.count("\n") == 1
    nothing = run("search", "zzqqxx")
    assert nothing.stderr == f'{NAME}nothing matches "zzqqxx"\n'


def test_asking_for_help_with_no_arguments_is_no_error() -> None:
    result = run("show")
    assert "Usage" in result.stdout and result.stderr == ""


def test_say_names_every_line_and_progress_rewrites_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    from iransyria.cli.output import progress, say

    say("one\ntwo\x1b[2J", err=True)
    progress("read 1/2 articles\r", last=False)
    progress("read 2/2 articles", last=True)
    say("to stdout")
    captured = capsys.readouterr()
    assert captured.err == (
        f"{NAME}one\n{NAME}two\\x1b[2J\n\r{NAME}read 1/2 articles\\x0d\r{NAME}read 2/2 articles\n"
    )
    assert captured.out == "to stdout\n"


@pytest.mark.parametrize(
    ("args", "name"),
    [(["check", "-"], "stdin"), (["read", "-"], "stdin"), (["verify", "--claim", "-"], "--claim: stdin")],
)
def test_too_much_on_stdin_names_it_once(args: list[str], name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 24, class 8: 'stdin: stdin: larger than …': the reader named the stream and check named it again.

    The cap is lowered for the test (256 MiB of stdin otherwise), as a keyword default of the one reader.
    """
    from iransyria import reading

    monkeypatch.setitem(reading.read_stream.__kwdefaults__, "max_bytes", 64)
    monkeypatch.setattr(reading, "MAX_ARTICLE_BYTES", 64)  # read's cap: an article's
    result = run(*args, input="[" + " " * 100 + "]")
    assert result.exit_code == 2
    assert result.stderr == f"{NAME}{name}: larger than the 64 bytes limit for input\n"


@pytest.mark.parametrize("args", [["--data", "-", "show", "agreements"], ["check", "--data", "-"]])
def test_data_dash_says_stdin_is_not_read_there(args: list[str]) -> None:
    """'-' is stdin to check, read and verify; --data looked it up as a file: '-: cannot read: No such file'."""
    result = run(*args, input="{}")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"{NAME}--data -: --data reads files and folders, not standard input; "
        "`iransyria check -` checks a dataset piped in\n"
    )


@pytest.mark.parametrize("given", ["-", "./-"])
def test_a_file_named_dash_is_still_read(given: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_bytes(orjson.dumps({}))
    result = run("--no-shipped", "--data", given, "show", "agreements")
    assert result.exit_code == 0 and "--data -" not in result.stderr
