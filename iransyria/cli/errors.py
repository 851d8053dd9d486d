"""How the command line fails: the exit codes and the one place that turns errors into them.

Every command is wrapped in :func:`guarded`: a :class:`~iransyria.errors.DataError`
(input that is not a valid dataset) prints its problems, one line each (at
most the cap, then how many more), a
:class:`UsageError` (an unknown id, a file that cannot be written) its message,
and an :class:`OSError` (stdout on a full disk) the file and the reason, on
stderr, and the command exits :data:`EXIT_USAGE` without a traceback. A closed
pipe (``show claims | head -1``) is no error: the command stops writing and
exits :data:`EXIT_OK`, silently. Output to a terminal goes through the pager
(:mod:`iransyria.cli.pager`) when it is taller than the terminal.
``check`` exits :data:`EXIT_FINDINGS` itself when the rules find errors.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer

from iransyria.cli.output import say
from iransyria.display import one_line
from iransyria.errors import DataError

__all__ = [
    "CHECK_EXIT_CODES",
    "EXIT_CODES",
    "EXIT_FINDINGS",
    "EXIT_MEANINGS",
    "EXIT_NOT_ESTABLISHED",
    "EXIT_OK",
    "EXIT_USAGE",
    "LOCATE_EXIT_CODES",
    "PLAIN_EXIT_CODES",
    "UsageError",
    "cannot_write",
    "exit_codes",
    "guarded",
]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_NOT_ESTABLISHED = 3

#: What each exit code means, for the generated reference in docs/cli.md.
EXIT_MEANINGS: dict[int, str] = {
    EXIT_OK: (
        "success; `check` found no errors (warnings alone still exit 0 unless `--strict`); "
        "also when the reader of a pipe goes away early (`| head -1`): output stops, quietly"
    ),
    EXIT_FINDINGS: (
        "`check` found errors, or warnings with `--strict`; `locate` did not find the quote verbatim; "
        "`read` contradicted a statement the article makes in its own voice"
    ),
    EXIT_USAGE: (
        "bad usage (unknown command or option, bad option value), an unknown id, input that "
        "cannot be read, or output that cannot be written: every problem on stderr, one line each, "
        "no traceback"
    ),
    EXIT_NOT_ESTABLISHED: "`verify`: the claim is not established (or not checkable); it exits 1 when contradicted",
}

#: The epilog of the root's ``--help``: every exit code in one line.
EXIT_CODES = (
    f"Exit codes: {EXIT_OK} success; {EXIT_FINDINGS} check found errors (or warnings, with --strict), "
    "or locate did not find the quote verbatim; "
    f"{EXIT_USAGE} bad usage, unknown id, or unreadable input (problems on stderr); "
    f"{EXIT_NOT_ESTABLISHED} verify: not established."
)


def exit_codes(*codes: tuple[int, str]) -> str:
    """The epilog of a command's ``--help``: the codes it exits with and what each means, in one line."""
    return "Exit codes: " + "; ".join(f"{code} {meaning}" for code, meaning in codes) + "."


_USAGE = (EXIT_USAGE, "bad usage, unknown id, unreadable input or unwritable output (problems on stderr)")
#: The exit codes of a command that succeeds or fails on its input only (show, search, export, ...).
PLAIN_EXIT_CODES = exit_codes((EXIT_OK, "success"), _USAGE)
#: ``check``'s exit codes.
CHECK_EXIT_CODES = exit_codes(
    (EXIT_OK, "no errors (warnings alone, unless --strict)"),
    (EXIT_FINDINGS, "errors found, or warnings with --strict"),
    _USAGE,
)
#: ``locate``'s exit codes.
LOCATE_EXIT_CODES = exit_codes(
    (EXIT_OK, "the quote is verbatim in the article"),
    (EXIT_FINDINGS, "it is not (the nearest passage shown)"),
    _USAGE,
)

_P = ParamSpec("_P")
_T = TypeVar("_T")


class UsageError(Exception):
    """A problem with what the user asked for: reported on stderr, exit 2."""


def cannot_write(path: object, error: OSError) -> UsageError:
    """The one message for a file a command could not write: the path the user gave, and why.

    Every writer goes through :func:`iransyria.atomic.write_atomic`, whose
    errors name the path given (never its temporary file, nor where a
    symlink leads); every command that writes a file the user names
    (``export --out``, ``new-source --out``, ``read --html``, ``timeline
    --plot``) says it in these words.
    """
    return UsageError(f"{one_line(str(path))}: cannot write: {error.strerror or error}")


def guarded(command: Callable[_P, _T]) -> Callable[_P, _T]:
    """Report data errors and usage errors as lines on stderr and exit 2, without a traceback."""

    @functools.wraps(command)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        from iransyria.cli.pager import paged, quiet_broken_pipe

        try:
            with paged():
                return command(*args, **kwargs)
        except BrokenPipeError:
            # The reader has gone (`show claims | head -1`): that is not a failure.
            quiet_broken_pipe()
            raise typer.Exit(EXIT_OK) from None
        except DataError as exc:
            # At most --max-errors problems, then 'and N more problems'.
            for line in exc.lines():
                say(one_line(line), err=True)
            raise typer.Exit(EXIT_USAGE) from None
        except UsageError as exc:
            say(str(exc), err=True)
            raise typer.Exit(EXIT_USAGE) from None
        except OSError as exc:
            # Files are read and written through load/dump, which name them; an
            # OSError without a file name is the output itself failing (a full disk).
            where = exc.filename if exc.filename is not None else "stdout"
            say(one_line(f"{where}: {exc.strerror or exc}"), err=True)
            raise typer.Exit(EXIT_USAGE) from None

    return run
