"""Error handling (iransyria/cli/errors.py): every failure is lines on stderr and an exit code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer

from iransyria.cli.errors import EXIT_CODES, EXIT_MEANINGS, EXIT_USAGE, UsageError, guarded
from iransyria.errors import DataError
from tests.conftest import REPO


def _exit_code(failure: BaseException, capsys: pytest.CaptureFixture[str]) -> tuple[int | None, str]:
    @guarded
    def command() -> None:
        raise failure

    with pytest.raises(typer.Exit) as stopped:
        command()
    return stopped.value.exit_code, capsys.readouterr().err


def test_data_errors_are_one_line_each(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _exit_code(DataError(["claims[0].id: bad", "claims[1].id: worse"]), capsys)
    assert (code, err) == (EXIT_USAGE, "iransyria: claims[0].id: bad\niransyria: claims[1].id: worse\n")


def test_usage_errors_are_their_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_code(UsageError('no claim "x"'), capsys) == (EXIT_USAGE, 'iransyria: no claim "x"\n')


def test_os_errors_name_the_file_or_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    named = OSError(13, "Permission denied", "/data/in.json")
    assert _exit_code(named, capsys) == (EXIT_USAGE, "iransyria: /data/in.json: Permission denied\n")
    assert _exit_code(OSError(28, "No space left on device"), capsys) == (
        EXIT_USAGE,
        "iransyria: stdout: No space left on device\n",
    )


def test_other_exceptions_are_not_swallowed() -> None:
    @guarded
    def command() -> None:
        raise KeyError("a bug")

    with pytest.raises(KeyError):
        command()


def test_the_help_epilog_names_every_exit_code() -> None:
    for code in EXIT_MEANINGS:
        assert f" {code} " in EXIT_CODES


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [["export"], ["show", "claims"], ["show", "agreements", "--json"]])
def test_a_full_disk_on_stdout_is_one_line_and_exit_2(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "iransyria", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            check=False,
        )
    assert done.returncode == EXIT_USAGE
    assert done.stderr == "iransyria: stdout: No space left on device\n"
